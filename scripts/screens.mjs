// Screenshots of every screen, to look at what Waymark really shows: each route in
// src/app/routes.tsx (plus Help now open, and the phone's menu open) with a realistic plan, on a
// phone (390×844) and a desktop (1280×800), in light and dark, and with the browser's text at
// 200% (light); and on a phone in Urdu (right to left) and Welsh. It builds nothing: it serves dist/ (or WAYMARK_DIST) as `npm run build` left it.
// Usage: npm run build && npm run screens [-- phone-light desktop-dark …]   (only those sets)
// Writes screens/<set>/<nn>-<screen>.png (git-ignored). CHROME_PATH for another Chromium,
// WAYMARK_PORT for another port.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';

const PORT = Number(process.env.WAYMARK_PORT ?? 4191);
const DIST = process.env.WAYMARK_DIST ?? 'dist';
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = fileURLToPath(new URL('../screens/', import.meta.url));

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const SETS = {
  'phone-light': { viewport: PHONE, colorScheme: 'light' },
  'phone-dark': { viewport: PHONE, colorScheme: 'dark' },
  'phone-200': { viewport: PHONE, colorScheme: 'light', bigText: true },
  'desktop-light': { viewport: DESKTOP, colorScheme: 'light' },
  'desktop-dark': { viewport: DESKTOP, colorScheme: 'dark' },
  'desktop-200': { viewport: DESKTOP, colorScheme: 'light', bigText: true },
  // A right-to-left language, and a language with long words, as a browser set to them sees it.
  'phone-urdu': { viewport: PHONE, colorScheme: 'light', locale: 'ur' },
  'phone-urdu-dark': { viewport: PHONE, colorScheme: 'dark', locale: 'ur' },
  'phone-welsh': { viewport: PHONE, colorScheme: 'light', locale: 'cy' },
};

/** A route's `:param` → the seeded record it shows. */
const PARAMS = { '/goals/:id': 'goal-1', '/print/advance-statement/:id': 'statement-1' };

/** Every path in routes.tsx, read from the file so a new screen is never missed. */
function routePaths() {
  const source = readFileSync(new URL('../src/app/routes.tsx', import.meta.url), 'utf8');
  const block = source.slice(source.indexOf('export const ROUTES'));
  const paths = [...block.matchAll(/\bpath: '([^']+)'/g)].map((match) => match[1]);
  return paths.map((path) => {
    if (!path.includes(':')) return path;
    const id = PARAMS[path];
    if (!id) throw new Error(`screens.mjs: no seeded record for ${path}; add one to PARAMS`);
    return path.replace(/:[^/]+/, id);
  });
}

const fileName = (index, path) =>
  `${String(index).padStart(2, '0')}-${path === '/' ? 'home' : path.slice(1).replace(/\//g, '-')}`;

function startServer() {
  // Vite itself, not through npx: killing npx would leave the server running.
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
  const args = [vite, 'preview', '--outDir', DIST, '--port', String(PORT), '--strictPort'];
  const server = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
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

/**
 * Replaces the plan in the app's database with `plan`, once the app has created it (a first
 * visit shows its first screen before the app has run).
 */
async function seed(page, plan) {
  await page.waitForFunction(async () =>
    (await indexedDB.databases()).some((database) => database.name === 'waymark'),
  );
  await page.evaluate(async (plan) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('waymark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tables = Object.keys(plan).filter((name) => db.objectStoreNames.contains(name));
    const tx = db.transaction(tables, 'readwrite');
    for (const name of tables) {
      tx.objectStore(name).clear();
      for (const record of plan[name]) tx.objectStore(name).put(record);
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, plan);
}

/** Waits until the screen has its heading, nothing is loading and nothing is still fading in. */
async function settled(page) {
  await page.locator('h1').first().waitFor({ state: 'visible' });
  await page.waitForFunction(
    () =>
      !document.body.textContent.includes('Loading…') &&
      !document.body.textContent.includes('Opening your plan…'),
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
    // A screen reads the plan after its heading shows: wait until nothing has changed for 400 ms.
    await new Promise((resolve) => {
      let timer = setTimeout(done, 400);
      const observer = new MutationObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(done, 400);
      });
      const giveUp = setTimeout(done, 5000);
      function done() {
        observer.disconnect();
        clearTimeout(giveUp);
        resolve();
      }
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await Promise.all(document.getAnimations().map((animation) => animation.finished));
  });
}

/**
 * The whole screen in one picture, with the window made as tall as the page so that bars fixed to
 * the foot of the window show where they really are: below the last of the screen.
 */
async function shootWhole(page, viewport, path) {
  const height = await page.evaluate(() => document.scrollingElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await page.screenshot({ path });
  await page.setViewportSize(viewport);
}

async function shootSet(browser, name, set, plan, paths) {
  const dir = `${OUT}${name}/`;
  mkdirSync(dir, { recursive: true });
  const context = await browser.newContext({
    viewport: set.viewport,
    colorScheme: set.colorScheme,
    locale: set.locale ?? 'en-GB',
    timezoneId: 'Europe/London',
    serviceWorkers: 'block',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  if (set.bigText) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  }
  await page.goto(`${BASE}/`);
  await settled(page);
  await seed(page, plan);
  const shots = [];
  let index = 1;
  for (const path of paths) {
    await page.goto(`${BASE}${path}`);
    await settled(page);
    const file = `${dir}${fileName(index++, path)}.png`;
    await shootWhole(page, set.viewport, file);
    shots.push(file);
  }
  // Help now open, over Home.
  await page.goto(`${BASE}/`);
  await settled(page);
  await page.locator('.app-bar .help-now-button').click();
  await page.getByRole('dialog').waitFor({ state: 'visible' });
  shots.push(`${dir}${fileName(index++, '/help-now-open')}.png`);
  await page.screenshot({ path: shots.at(-1) });
  // The phone's menu open (a wide screen lists every place instead), over the crisis plan.
  await page.goto(`${BASE}/crisis-plan`);
  await settled(page);
  // By its place, not its name: the sets in other languages name it in their words.
  const menu = page.locator('.app-nav__menu-button');
  if (await menu.isVisible()) {
    // Opened from the keyboard, so the focus ring shows on the menu's first link.
    await menu.focus();
    await page.keyboard.press('Enter');
    shots.push(`${dir}${fileName(index++, '/menu-open')}.png`);
    await page.screenshot({ path: shots.at(-1) });
    await page.keyboard.press('Escape');
  } else {
    await page.getByRole('navigation').getByRole('link').first().focus();
  }
  // The focus ring on the navigation, and on Help now in the teal bar.
  shots.push(`${dir}${fileName(index++, '/focus-nav')}.png`);
  await page.screenshot({ path: shots.at(-1) });
  await page.locator('.app-bar .help-now-button').focus();
  shots.push(`${dir}${fileName(index++, '/focus-help-now')}.png`);
  await page.screenshot({ path: shots.at(-1), clip: { x: 0, y: 0, ...set.viewport, height: 120 } });
  await context.close();
  return shots.length;
}

async function main() {
  if (!existsSync(`${DIST}/index.html`)) {
    throw new Error(`No build in ${DIST}/: run npm run build first (or set WAYMARK_DIST).`);
  }
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in SETS));
  if (unknown.length) throw new Error(`Unknown set(s): ${unknown.join(', ')}`);
  const sets = Object.entries(SETS).filter(([name]) => !wanted.length || wanted.includes(name));

  // The plan is built by the domain's own schemas (TypeScript, loaded through Vite).
  const { module } = await runnerImport('./scripts/screensPlan.ts');
  const plan = module.screensPlan();
  const paths = routePaths();

  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    for (const [name, set] of sets) {
      rmSync(`${OUT}${name}`, { recursive: true, force: true });
      const count = await shootSet(browser, name, set, plan, paths);
      console.log(`${name}: ${count} screenshots in screens/${name}/`);
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
