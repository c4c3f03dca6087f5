// Benchmark: a large plan in real Chromium against the production build.
// Seeds 300 goals × 10 steps, 5,000 journal entries and 3,000 check-ins, then measures time to
// first render of Home, Goals and the progress view after navigation, the JavaScript heap, and
// the time one keystroke takes in a goal's text field. Budget: 300 ms per screen.
// Usage: npm run build && npm run bench   (CHROME_PATH to use another Chromium)
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

const PORT = 4180;
const BASE = `http://127.0.0.1:${PORT}`;
const SCREEN_BUDGET_MS = 300;
const KEYSTROKE_BUDGET_MS = 50;

function startServer() {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('vite preview did not start')), 30_000);
    server.stdout.on('data', (chunk) => {
      if (String(chunk).includes(String(PORT))) {
        clearTimeout(timer);
        resolve(server);
      }
    });
    server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
  });
}

/** Writes the large plan straight into the app's IndexedDB (after the app has created it). */
async function seed(page) {
  return page.evaluate(async () => {
    const open = () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('waymark');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const db = await open();
    const now = new Date('2026-11-01T12:00:00Z').getTime();
    const iso = (offsetDays) => new Date(now - offsetDays * 86_400_000).toISOString();
    const areas = ['home', 'money', 'work', 'learning', 'relationships', 'community', 'leisure'];
    const tx = db.transaction(
      ['goals', 'steps', 'journal', 'checkInAreas', 'checkIns'],
      'readwrite',
    );
    const text = (n) =>
      `Words the person wrote, number ${n}, long enough to be realistic for a note.`;
    for (let g = 0; g < 300; g++) {
      const id = `goal-${g}`;
      tx.objectStore('goals').put({
        id,
        order: g + 1,
        title: `Goal ${g + 1}`,
        area: areas[g % areas.length],
        ownArea: '',
        whyItMatters: text(g),
        hopeId: '',
        strengthIds: [],
        helperIds: [],
        mightGetInTheWay: '',
        ifItDoes: '',
        targetDate: '',
        reviewDate: '',
        status: g % 5 === 0 ? 'achieved' : 'active',
        achievedAt: g % 5 === 0 ? iso(g % 700) : null,
        feeling: '',
        learned: '',
        createdAt: iso(800),
        updatedAt: iso(1),
      });
      for (let s = 0; s < 10; s++) {
        tx.objectStore('steps').put({
          id: `${id}-step-${s}`,
          goalId: id,
          order: s + 1,
          title: `Step ${s + 1} of goal ${g + 1}`,
          achievedAt: s < 4 ? iso((g * 10 + s) % 700) : null,
          feeling: '',
          createdAt: iso(800),
          updatedAt: iso(1),
        });
      }
    }
    for (let j = 0; j < 5000; j++) {
      tx.objectStore('journal').put({
        id: `journal-${j}`,
        goalId: `goal-${j % 300}`,
        kind: ['progress', 'setback', 'celebration'][j % 3],
        text: text(j),
        learned: '',
        tryNext: '',
        at: iso(j % 700),
        createdAt: iso(j % 700),
        updatedAt: iso(j % 700),
      });
    }
    for (let a = 0; a < 6; a++) {
      tx.objectStore('checkInAreas').put({
        id: `area-${a}`,
        order: a + 1,
        area: areas[a],
        ownArea: '',
        createdAt: iso(800),
        updatedAt: iso(800),
      });
    }
    for (let c = 0; c < 3000; c++) {
      tx.objectStore('checkIns').put({
        id: `check-${c}`,
        areaId: `area-${c % 6}`,
        at: iso(Math.floor(c / 6)),
        score: 1 + (c % 10),
        note: '',
        createdAt: iso(0),
        updatedAt: iso(0),
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

/** Clicks a navigation link and times until `selector` is in the page (measured in the page). */
async function timeNavigation(page, linkName, selector) {
  return page.evaluate(
    ({ linkName, selector }) =>
      new Promise((resolve, reject) => {
        const link = [...document.querySelectorAll('a')].find(
          (a) => a.textContent.trim() === linkName,
        );
        if (!link) return reject(new Error(`no link ${linkName}`));
        const start = performance.now();
        const check = () => {
          if (document.querySelector(selector)) {
            // Count the frame that paints it too.
            requestAnimationFrame(() => resolve(performance.now() - start));
          } else requestAnimationFrame(check);
        };
        link.click();
        check();
      }),
    { linkName, selector },
  );
}

async function main() {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--enable-precise-memory-info',
    ],
  });
  const results = {};
  try {
    const page = await browser.newPage();
    await page.goto(BASE);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await seed(page);

    // Cold load of Home with the large plan: navigation start → What's next rendered.
    await page.reload();
    await page.locator('#home-whats-next').waitFor();
    results.homeLoadMs = await page.evaluate(() => performance.now());

    const runs = 5;
    const screens = [
      ['goals', 'Goals', '.goal-summary'],
      ['progress', null, '.progress-chart'],
      ['home', 'Your plan', '#home-whats-next'],
    ];
    for (const [name, link, selector] of screens) {
      const times = [];
      for (let i = 0; i < runs; i++) {
        if (name === 'progress') {
          await page.goto(`${BASE}/goals`);
          await page.locator('.goal-summary').first().waitFor();
          times.push(await timeNavigation(page, 'See your progress over time', selector));
        } else {
          await page.goto(`${BASE}/${name === 'home' ? 'goals' : ''}`);
          await page.locator('main h1').waitFor();
          await page.waitForTimeout(200);
          times.push(await timeNavigation(page, link, selector));
        }
      }
      times.sort((a, b) => a - b);
      results[`${name}Ms`] = Math.round(times[Math.floor(times.length / 2)]);
    }

    // Typing in a goal's text field: time from key event to the next frame, per keystroke.
    await page.goto(`${BASE}/goals/goal-1`);
    const field = page.getByLabel('Why it matters to me');
    await field.waitFor();
    results.keystrokeMs = await page.evaluate(async () => {
      const input = [...document.querySelectorAll('textarea')].find(
        (el) => el.labels?.[0]?.textContent === 'Why it matters to me',
      );
      input.focus();
      const samples = [];
      for (let i = 0; i < 40; i++) {
        const start = performance.now();
        input.value += 'x';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        samples.push(performance.now() - start);
      }
      samples.sort((a, b) => a - b);
      return Math.round(samples[Math.floor(samples.length * 0.95)] * 10) / 10;
    });

    const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
    results.heapMB = heap === null ? null : Math.round((heap / 1024 / 1024) * 10) / 10;
  } finally {
    await browser.close();
    server.kill();
  }

  console.log('Large plan: 300 goals × 10 steps, 5,000 journal entries, 3,000 check-ins');
  console.log(`Home, cold page load to What's next: ${Math.round(results.homeLoadMs)} ms`);
  console.log(`Goals after navigation: ${results.goalsMs} ms (median of 5)`);
  console.log(`Progress view after navigation: ${results.progressMs} ms (median of 5)`);
  console.log(`Home after navigation: ${results.homeMs} ms (median of 5)`);
  console.log(`Typing in a goal field, 95th percentile per keystroke: ${results.keystrokeMs} ms`);
  console.log(`JavaScript heap: ${results.heapMB ?? 'unknown'} MB`);
  console.log(JSON.stringify(results));

  const over = ['goalsMs', 'progressMs', 'homeMs'].filter((key) => results[key] > SCREEN_BUDGET_MS);
  if (results.keystrokeMs > KEYSTROKE_BUDGET_MS) over.push('keystrokeMs');
  if (over.length) {
    console.error(`Over budget: ${over.join(', ')}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
