// Audit: the main screens as a person's phone meets them, in real Chromium against the production
// build (served by `vite preview`). For each path:
// - speed: a cold load in a fresh browser context under mobile-like conditions (Lighthouse's "slow
//   4G" network and a 4× slower CPU, a 412×823 screen), measured in the page: first and largest
//   contentful paint, cumulative layout shift, total blocking time, and the bytes and requests it
//   took (JavaScript, CSS, other). Median of N runs; budgets below. The service worker is kept out
//   of these loads: its precache starts once the screen is up and is nothing a person waits for.
// - privacy: every request that leaves the server's origin (none may).
// - accessibility: axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules (nothing may be found).
// - offline: how soon after the first key the service worker holds the whole app (each response
//   held one slow-4G round trip); then, with the network off, Home reloads and every
//   other path opens with its main heading.
// - the floor: the same cold loads of a bare React 19 page with one heading and one paragraph
//   (../shared/tools/floor), in the same run, taking turns with the app's: absolute times on a
//   shared machine move from run to run, so the app's largest paint is judged against the floor's.
// Prints a summary per path and one JSON line; exits with 1 when anything fails.
// Usage: npm run build && npm run audit
//   npm run audit -- --paths /,/goals --runs 5   (other paths; more runs, median reported)
//   npm run audit -- --no-throttle               (a quick run at full speed)
// CHROME_PATH to use another Chromium; WAYMARK_DIST to serve another build folder, WAYMARK_PORT
// for another port (the floor is served on the next one, the offline check on the one after). WAYMARK_FLOOR names the floor's folder
// (default ../shared/tools/floor): its dist/ is used when built, otherwise the script builds it
// with this project's own Vite and React (the same versions) into node_modules/.cache.
import { spawn } from 'node:child_process';
import { createServer, request as forward } from 'node:http';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

// The first screens a person in a hurry meets (issue #15): no slower to their largest paint than
// the floor's, in the same run; hardly any blocking; nothing that moves.
const KEY_PATHS = ['/', '/crisis-plan', '/help-now'];
const KEY_LCP_FLOOR_RATIO = 1;
const KEY_TBT_BUDGET_MS = 150;
const KEY_CLS_BUDGET = 0.02;
// Every other screen: Core Web Vitals "good" thresholds (web.dev/articles/vitals: good at the
// 75th percentile).
const LCP_BUDGET_MS = 2500;
const CLS_BUDGET = 0.1;
// "Good" first contentful paint (web.dev/articles/fcp), the same threshold Lighthouse scores green.
const FCP_BUDGET_MS = 1800;
// Lighthouse's "good" total blocking time on mobile (web.dev/articles/tbt), the lab stand-in for
// Interaction to Next Paint.
const TBT_BUDGET_MS = 200;
// The project's size budget for a first visit: the JavaScript a cold load of `/` transfers, headers
// included. (`npm run size` holds the 100 KB gzip of it that loads before the first paint:
// docs/decisions/0001-app-shell-first.md.)
const JS_BUDGET_KB = 150;
// Nothing but the first screen's own code in a cold load's first seconds (#15): other screens
// are fetched on intent, after the first interaction, or after this long.
const FIRST_SCREEN_MS = 5000;
// Offline-ready soon after the first key, on a phone's network: the crisis plan must be there
// for a person who opens Waymark once and then loses signal. Each response is held one round
// trip (slow 4G's, below); the service worker's copy of the app is about 150 files.
const OFFLINE_ROUND_TRIP_MS = 150;
const OFFLINE_READY_BUDGET_MS = 15_000;

const PORT = Number(process.env.WAYMARK_PORT ?? 4185);
const DIST = process.env.WAYMARK_DIST ?? 'dist';
const BASE = `http://127.0.0.1:${PORT}`;
const FLOOR_PORT = PORT + 1;
const FLOOR_BASE = `http://127.0.0.1:${FLOOR_PORT}`;
const OFFLINE_PORT = PORT + 2;
const FLOOR_DIR =
  process.env.WAYMARK_FLOOR ?? fileURLToPath(new URL('../../shared/tools/floor', import.meta.url));
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// The same flags as the browser tests (playwright.config.ts) and `npm run bench`.
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const DEFAULT_PATHS = ['/', '/goals', '/crisis-plan', '/help-now', '/advance-statement', '/print'];

// Lighthouse's mobile "slow 4G" preset: 150 ms round trip, 1.6 Mbps down, 750 Kbps up, with the
// CPU slowed 4×. (Applied here through DevTools, per request; Lighthouse by default simulates it.)
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, locale: 'en-GB' };
// After the load event: the load is over once no request has been in flight for this long.
const QUIET_MS = 1000;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const USAGE = 'Usage: node scripts/audit.mjs [--paths /,/goals] [--runs 3] [--no-throttle]';

/** A mistake in how the script was started: says what, and how to start it, without a stack. */
function usage(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = { paths: DEFAULT_PATHS, runs: 3, throttle: true };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => inline ?? argv[++i];
    if (flag === '--paths') {
      options.paths = String(value() ?? '')
        .split(',')
        .map((path) => path.trim())
        .filter(Boolean)
        .map((path) => (path.startsWith('/') ? path : `/${path}`));
    } else if (flag === '--runs') options.runs = Number(value());
    else if (flag === '--no-throttle') options.throttle = false;
    else usage(`Unknown option ${argv[i]}`);
  }
  if (!options.paths.length) usage('--paths needs at least one path');
  if (!Number.isInteger(options.runs) || options.runs < 1) {
    usage('--runs needs a whole number of at least 1');
  }
  if (!existsSync(`${DIST}/index.html`)) usage(`No build in ${DIST}: run npm run build first.`);
  return options;
}

/** The headings the app shows instead of a screen, from its own English words. */
const core = JSON.parse(
  readFileSync(new URL('../src/i18n/locales/en-GB/core.json', import.meta.url), 'utf8'),
);
const PROBLEM_HEADINGS = [
  core.notFound.title,
  core.crash.title,
  ...Object.entries(core.db)
    .filter(([key]) => key.endsWith('Title'))
    .map(([, title]) => title),
];

const servers = [];

function stopServers() {
  for (const server of servers) {
    if (server.exitCode === null && server.signalCode === null) server.kill();
  }
}

// However the script ends — done, failed, thrown or interrupted — the servers go with it.
process.on('exit', stopServers);
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => {
    stopServers();
    process.exit(code);
  });
}

function startServer(dist, port) {
  // Vite itself, not through npx: killing npx would leave the server running.
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
  const args = [vite, 'preview', '--outDir', dist, '--port', String(port), '--strictPort'];
  const server = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  servers.push(server);
  let output = '';
  return new Promise((resolve, reject) => {
    const fail = (message) => {
      clearTimeout(timer);
      stopServers();
      reject(new Error(`${message}\n${output}`));
    };
    const timer = setTimeout(() => fail('vite preview did not start within 30 s'), 30_000);
    const listen = (chunk) => {
      output += chunk;
      if (output.includes(String(port))) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout.on('data', listen);
    server.stderr.on('data', (chunk) => (output += chunk));
    server.on('exit', (code) => fail(`vite preview exited with ${code}`));
  });
}

/**
 * The floor's build folder: its own dist/ when built there, otherwise a build made here with
 * this project's Vite, React and React plugin (copied inside the project, so its imports of
 * react and react-dom find this project's packages).
 */
async function floorDist() {
  if (existsSync(join(FLOOR_DIR, 'dist', 'index.html'))) return join(FLOOR_DIR, 'dist');
  if (!existsSync(join(FLOOR_DIR, 'index.html'))) {
    usage(`No floor page at ${FLOOR_DIR}: set WAYMARK_FLOOR to the floor's folder.`);
  }
  const root = fileURLToPath(new URL('../node_modules/.cache/waymark-floor/', import.meta.url));
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(join(FLOOR_DIR, 'index.html'), join(root, 'index.html'));
  cpSync(join(FLOOR_DIR, 'src'), join(root, 'src'), { recursive: true });
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: join(root, 'dist'), emptyOutDir: true },
  });
  return join(root, 'dist');
}

/** Each lazy screen's chunk name (its component) by path, read from the app's routes. */
const routesSource = readFileSync(new URL('../src/app/routes.tsx', import.meta.url), 'utf8');
const LAZY_SCREENS = new Set(
  [...routesSource.matchAll(/const (\w+Screen) = screen\(/g)].map((match) => match[1]),
);
const SCREEN_OF_PATH = new Map(
  [...routesSource.matchAll(/path: '([^']+)'[^}]*?Screen: (\w+)/g)].map((m) => [m[1], m[2]]),
);

/**
 * Runs in the page before any of its own script (an init script, which the page's CSP does not
 * govern): records first contentful paint, the latest largest-contentful-paint candidate, layout
 * shift as Core Web Vitals counts it (the largest session window: shifts less than 1 s apart,
 * within 5 s) and every long task, for reading once the load is over.
 */
function observeVitals() {
  const vitals = { fcp: null, lcp: null, lcpElement: null, cls: 0, longTasks: [] };
  window.__auditVitals = vitals;
  const observe = (type, record) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({
        type,
        buffered: true,
      });
    } catch {
      // An entry type this browser does not support stays null.
    }
  };
  const describe = (element) => {
    if (!element) return null;
    const id = element.id ? `#${element.id}` : '';
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${element.tagName.toLowerCase()}${id}${text ? ` "${text}"` : ''}`;
  };
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') vitals.fcp = entry.startTime;
  });
  observe('largest-contentful-paint', (entry) => {
    vitals.lcp = entry.startTime;
    vitals.lcpElement = describe(entry.element);
  });
  let session = 0;
  let first = 0;
  let last = 0;
  observe('layout-shift', (entry) => {
    if (entry.hadRecentInput) return;
    if (session && entry.startTime - last < 1000 && entry.startTime - first < 5000) {
      session += entry.value;
    } else {
      session = entry.value;
      first = entry.startTime;
    }
    last = entry.startTime;
    vitals.cls = Math.max(vitals.cls, session);
  });
  observe('longtask', (entry) => vitals.longTasks.push([entry.startTime, entry.duration]));
}

/**
 * Total blocking time as Lighthouse counts it, from first contentful paint to `end`: for each long
 * task (the part of it inside that window), whatever it ran beyond 50 ms.
 */
function totalBlockingTime(longTasks, fcp, end) {
  let sum = 0;
  for (const [start, duration] of longTasks) {
    const blocking = Math.min(start + duration, end) - Math.max(start, fcp) - 50;
    if (blocking > 0) sum += blocking;
  }
  return sum;
}

/** Requests that leave the origin: each URL with the passes and paths that made it. */
const offOrigin = new Map();

function watchOrigin(context, where, base = BASE) {
  context.on('request', (request) => {
    const url = request.url();
    const { protocol, origin } = new URL(url);
    if (!/^(https?|wss?):$/.test(protocol) || origin === base) return;
    if (!offOrigin.has(url)) offOrigin.set(url, new Set());
    offOrigin.get(url).add(where);
  });
}

/**
 * Waits for the screen: its main heading, with no "Loading…" left. Returns the heading's text,
 * or throws with what is on the screen instead (the app's problem heading or alert, or nothing).
 */
async function waitForScreen(page, timeout) {
  const heading = page.locator('main h1').first();
  try {
    await heading.waitFor({ timeout });
    await page.getByText(core.app.screenLoading, { exact: true }).waitFor({
      state: 'detached',
      timeout,
    });
  } catch {
    const alert = await alertText(page).catch(() => null);
    throw new Error(`no main heading after ${timeout / 1000} s${alert ? `; shows: ${alert}` : ''}`);
  }
  const text = (await heading.textContent()).trim();
  if (PROBLEM_HEADINGS.includes(text)) throw new Error(`shows “${text}” instead of its screen`);
  const alert = await alertText(page);
  if (alert) throw new Error(`shows an alert: ${alert}`);
  return text;
}

/** The text of the first alert on the page (the app's problem notices), or null. */
async function alertText(page) {
  const alerts = page.locator('[role=alert]');
  if (!(await alerts.count())) return null;
  return (await alerts.first().textContent())?.trim().replace(/\s+/g, ' ') ?? null;
}

/**
 * One cold load of `path` (on the app, or the floor at `base`) in a fresh context: the page's
 * metrics, bytes and requests, and any other screen's code fetched in its first seconds.
 */
async function measureLoad(browser, path, throttle, base = BASE) {
  // No service worker here: the app registers it only after the first screen (as it fetches the
  // other screens), and its precache is nothing a person waits for (the offline pass covers it).
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  try {
    watchOrigin(context, `load ${path}`, base);
    await context.addInitScript(observeVitals);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (caught) => errors.push(`uncaught: ${caught.message}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (throttle) {
      await cdp.send('Network.emulateNetworkConditions', NETWORK);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    }

    const requests = new Map();
    let lastActivity = Date.now();
    // DevTools times (seconds) from the page's own request, to line requests up with its paints.
    let navigationStart = null;
    cdp.on('Network.requestWillBeSent', ({ requestId, request, type, timestamp }) => {
      lastActivity = Date.now();
      if (type === 'Document' && navigationStart === null) navigationStart = timestamp;
      if (/^(data|blob):/.test(request.url) || requests.has(requestId)) return;
      requests.set(requestId, {
        type,
        url: request.url,
        sentAt: timestamp,
        bytes: 0,
        headerBytes: 0,
        done: false,
      });
    });
    cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
      // Here encodedDataLength is what has arrived so far: the response's headers.
      const entry = requests.get(requestId);
      if (entry) Object.assign(entry, { type, headerBytes: response.encodedDataLength ?? 0 });
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength, timestamp }) => {
      lastActivity = Date.now();
      const entry = requests.get(requestId);
      if (entry) Object.assign(entry, { bytes: encodedDataLength, done: true, at: timestamp });
    });
    cdp.on('Network.loadingFailed', ({ requestId }) => {
      lastActivity = Date.now();
      if (requests.has(requestId)) requests.get(requestId).done = true;
    });

    let heading = null;
    let error = null;
    try {
      await page.goto(base + path, { waitUntil: 'load', timeout: 60_000 });
      heading = await waitForScreen(page, 30_000);
    } catch (caught) {
      error = caught.message.split('\n')[0];
    }
    // The load is over once the network has been quiet for a moment (30 s at most).
    const settleBy = Date.now() + 30_000;
    while (Date.now() < settleBy) {
      const inFlight = [...requests.values()].some((entry) => !entry.done);
      if (!inFlight && Date.now() - lastActivity >= QUIET_MS) break;
      await page.waitForTimeout(100);
    }
    const vitals = await page.evaluate(() => ({ ...window.__auditVitals, end: performance.now() }));
    if (!error && errors.length) error = errors[0];

    // JavaScript that had arrived by the largest paint: what the person waited for.
    const lcpAt = navigationStart + (vitals.lcp ?? Infinity) / 1000;
    const bytes = { js: 0, jsByLcp: 0, css: 0, other: 0, headers: 0 };
    for (const { type, bytes: size, headerBytes, at } of requests.values()) {
      bytes.headers += headerBytes;
      if (type === 'Script' && at <= lcpAt) bytes.jsByLcp += size;
      if (type === 'Script') bytes.js += size;
      else if (type === 'Stylesheet') bytes.css += size;
      else bytes.other += size;
    }
    // Other screens' code asked for within the first seconds: only the screen asked for belongs.
    const ownScreen = SCREEN_OF_PATH.get(path);
    const otherScreens = new Set();
    for (const { url, sentAt } of requests.values()) {
      const screen = /\/assets\/(\w+Screen)-[\w-]+\.js$/.exec(url)?.[1];
      const early = (sentAt - navigationStart) * 1000 < FIRST_SCREEN_MS;
      if (early && screen && screen !== ownScreen && LAZY_SCREENS.has(screen)) {
        otherScreens.add(screen);
      }
    }
    return {
      heading,
      error,
      otherScreens: [...otherScreens],
      fcpMs: vitals.fcp,
      lcpMs: vitals.lcp,
      lcpElement: vitals.lcpElement,
      cls: vitals.cls,
      tbtMs:
        vitals.fcp === null ? null : totalBlockingTime(vitals.longTasks, vitals.fcp, vitals.end),
      jsKB: bytes.js / 1024,
      jsByLcpKB: bytes.jsByLcp / 1024,
      cssKB: bytes.css / 1024,
      otherKB: bytes.other / 1024,
      totalKB: (bytes.js + bytes.css + bytes.other) / 1024,
      headersKB: bytes.headers / 1024,
      requests: requests.size,
    };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const known = values.filter((value) => value !== null && value !== undefined);
  if (!known.length) return null;
  const sorted = [...known].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** The median of each measure over the runs; the largest paint's element from the median run. */
function summarise(runs) {
  const keys = [
    'fcpMs',
    'lcpMs',
    'tbtMs',
    'cls',
    'jsKB',
    'jsByLcpKB',
    'cssKB',
    'otherKB',
    'totalKB',
    'headersKB',
  ];
  const result = Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))]));
  result.requests = median(runs.map((run) => run.requests));
  result.lcpElement = runs.find((run) => run.lcpMs === result.lcpMs)?.lcpElement ?? null;
  result.heading = runs.find((run) => run.heading)?.heading ?? null;
  result.error = runs.find((run) => run.error)?.error ?? null;
  result.otherScreens = [...new Set(runs.flatMap((run) => run.otherScreens))];
  return result;
}

let axeSource;

/** axe-core on `path` once its screen is up: each violation's rule, impact and elements. */
async function checkAccessibility(browser, path) {
  axeSource ??= readFileSync(
    new URL('../node_modules/axe-core/axe.min.js', import.meta.url),
    'utf8',
  );
  const context = await browser.newContext(PHONE);
  try {
    watchOrigin(context, `axe ${path}`);
    const page = await context.newPage();
    await page.goto(BASE + path);
    await waitForScreen(page, 15_000);
    // Colour contrast is only meaningful once things have finished fading in.
    await page.evaluate(() =>
      Promise.all(document.getAnimations().map((animation) => animation.finished)),
    );
    // The page's CSP forbids inline script; evaluate is not governed by it (tests/e2e/helpers.ts).
    await page.evaluate(axeSource);
    return await page.evaluate(async (tags) => {
      const results = await window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    }, AXE_TAGS);
  } finally {
    await context.close();
  }
}

/** A server in front of the app's that answers each request `holdMs` later. */
async function heldServer(upstreamPort, port, holdMs) {
  const server = createServer((incoming, outgoing) => {
    setTimeout(() => {
      const upstream = forward(
        {
          host: '127.0.0.1',
          port: upstreamPort,
          path: incoming.url,
          method: incoming.method,
          headers: incoming.headers,
        },
        (answer) => {
          outgoing.writeHead(answer.statusCode, answer.headers);
          answer.pipe(outgoing);
        },
      );
      upstream.on('error', () => outgoing.destroy());
      incoming.pipe(upstream);
    }, holdMs);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

/**
 * Offline: opens Home, presses a key, times until the service worker has the whole app (with a
 * phone's round trip on each of its requests) and waits until it controls the page (it does not
 * claim open pages, so that takes one reload), turns the network off, then reloads Home and opens
 * each other path. Returns, per path, the heading shown or what went wrong, and the time to
 * offline-ready.
 */
async function checkOffline(browser, paths) {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'allow' });
  const results = {};
  let readyMs = null;
  // Every response held one round trip, as a phone's network holds it: how soon after the
  // person's first key is the whole app on the device?
  const held = await heldServer(PORT, OFFLINE_PORT, OFFLINE_ROUND_TRIP_MS);
  const base = `http://127.0.0.1:${OFFLINE_PORT}`;
  try {
    watchOrigin(context, 'offline', base);
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await waitForScreen(page, 15_000);
    // The app has taken over from the page's first paint, and has its first screen.
    await page.locator('html[data-first-visit]').waitFor({ state: 'detached', timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    const firstKey = Date.now();
    await page.keyboard.press('Control');
    const ready = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), 60_000)),
      ]),
    );
    if (!ready) throw new Error('the service worker was not ready within 60 s');
    readyMs = Date.now() - firstKey;
    if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
      await page.reload();
      await waitForScreen(page, 15_000);
    }
    if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
      throw new Error('the service worker did not control the page after a reload');
    }
    await context.setOffline(true);
    for (const path of ['/', ...paths.filter((p) => p !== '/')]) {
      try {
        if (path === '/') await page.reload({ timeout: 15_000 });
        else await page.goto(base + path, { timeout: 15_000 });
        results[path] = { ok: true, heading: await waitForScreen(page, 15_000) };
      } catch (error) {
        results[path] = { ok: false, error: error.message.split('\n')[0] };
      }
    }
  } catch (error) {
    results['/'] = { ok: false, error: error.message.split('\n')[0] };
  } finally {
    await context.close();
    await new Promise((resolve) => held.close(resolve));
  }
  return { results, readyMs };
}

const round = (value, places = 0) =>
  value === null ? null : Math.round(value * 10 ** places) / 10 ** places;

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const floorFolder = await floorDist();
  await Promise.all([startServer(DIST, PORT), startServer(floorFolder, FLOOR_PORT)]);
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  const loads = {};
  const axe = {};
  let floor;
  let offline;
  let offlineReadyMs = null;
  try {
    // Round by round, the floor then each path, so both meet the same moment of the machine.
    const floorRuns = [];
    const runsOf = Object.fromEntries(options.paths.map((path) => [path, []]));
    for (let i = 0; i < options.runs; i++) {
      floorRuns.push(await measureLoad(browser, '/', options.throttle, FLOOR_BASE));
      for (const path of options.paths) {
        runsOf[path].push(await measureLoad(browser, path, options.throttle));
      }
    }
    floor = summarise(floorRuns);
    for (const path of options.paths) loads[path] = summarise(runsOf[path]);
    for (const path of options.paths) {
      try {
        axe[path] = { violations: await checkAccessibility(browser, path) };
      } catch (error) {
        axe[path] = { error: error.message.split('\n')[0], violations: [] };
      }
    }
    ({ results: offline, readyMs: offlineReadyMs } = await checkOffline(browser, options.paths));
  } finally {
    await browser.close();
    stopServers();
  }

  // Everything that failed, each as one line a person can act on.
  const failures = [];
  const over = (path, what, value, budget, unit) =>
    failures.push(`${path}: ${what} ${value}${unit} is over the budget of ${budget}${unit}`);
  if (floor.error || floor.lcpMs === null) {
    failures.push(`the floor did not load: ${floor.error ?? 'no largest paint recorded'}`);
  }
  const floorRatio = (load) =>
    load.lcpMs === null || !floor.lcpMs ? null : load.lcpMs / floor.lcpMs;
  for (const [path, load] of Object.entries(loads)) {
    if (load.error) failures.push(`${path}: did not load its screen: ${load.error}`);
    if (load.fcpMs === null || load.lcpMs === null) {
      failures.push(`${path}: no contentful paint was recorded`);
    }
    if (load.otherScreens.length) {
      failures.push(
        `${path}: fetched other screens' code in its first ${FIRST_SCREEN_MS / 1000} s: ${load.otherScreens.join(', ')}`,
      );
    }
    if (load.fcpMs > FCP_BUDGET_MS) over(path, 'FCP', round(load.fcpMs), FCP_BUDGET_MS, ' ms');
    if (KEY_PATHS.includes(path)) {
      const ratio = floorRatio(load);
      if (ratio !== null && ratio > KEY_LCP_FLOOR_RATIO) {
        failures.push(
          `${path}: LCP ${round(load.lcpMs)} ms is ${round(ratio, 2)}× the floor's ${round(floor.lcpMs)} ms (budget ${KEY_LCP_FLOOR_RATIO}×)`,
        );
      }
      if (load.tbtMs > KEY_TBT_BUDGET_MS) {
        over(path, 'TBT', round(load.tbtMs), KEY_TBT_BUDGET_MS, ' ms');
      }
      if (load.cls > KEY_CLS_BUDGET) over(path, 'CLS', round(load.cls, 3), KEY_CLS_BUDGET, '');
    } else {
      if (load.lcpMs > LCP_BUDGET_MS) over(path, 'LCP', round(load.lcpMs), LCP_BUDGET_MS, ' ms');
      if (load.tbtMs > TBT_BUDGET_MS) over(path, 'TBT', round(load.tbtMs), TBT_BUDGET_MS, ' ms');
      if (load.cls > CLS_BUDGET) over(path, 'CLS', round(load.cls, 3), CLS_BUDGET, '');
    }
  }
  if (loads['/'] && loads['/'].jsKB > JS_BUDGET_KB) {
    over('/', 'JavaScript transferred', round(loads['/'].jsKB, 1), JS_BUDGET_KB, ' KB');
  }
  for (const [url, where] of offOrigin) {
    failures.push(`request left the origin: ${url} (${[...where].join(', ')})`);
  }
  for (const [path, result] of Object.entries(axe)) {
    if (result.error) failures.push(`${path}: axe could not run: ${result.error}`);
    for (const violation of result.violations) {
      failures.push(
        `${path}: axe ${violation.id} (${violation.impact}): ${violation.help} — ${violation.targets.join(', ')}`,
      );
    }
  }
  for (const [path, result] of Object.entries(offline)) {
    if (!result.ok) failures.push(`${path}: offline: ${result.error}`);
  }
  if (offlineReadyMs > OFFLINE_READY_BUDGET_MS) {
    over('/', 'offline-ready after the first key', offlineReadyMs, OFFLINE_READY_BUDGET_MS, ' ms');
  }

  const conditions = options.throttle
    ? `slow 4G (${NETWORK.latency} ms, 1.6 Mbps down) and ${CPU_SLOWDOWN}× CPU slowdown`
    : 'no throttling (timings not comparable with the budgets)';
  console.log(`Cold loads at 412×823, ${conditions}; median of ${options.runs}`);
  console.log(
    `\nThe floor (a bare React page, ${FLOOR_DIR}): FCP ${round(floor.fcpMs)} ms, LCP ${round(floor.lcpMs)} ms, TBT ${round(floor.tbtMs)} ms, CLS ${round(floor.cls, 3)}, JavaScript ${round(floor.jsKB, 1)} KB`,
  );
  for (const path of options.paths) {
    const load = loads[path];
    const ratio = floorRatio(load);
    console.log(`\n${path}${load.heading ? ` — “${load.heading}”` : ''}`);
    if (load.error) console.log(`  did not load its screen: ${load.error}`);
    console.log(
      `  FCP ${round(load.fcpMs)} ms, LCP ${round(load.lcpMs)} ms (${ratio === null ? '?' : round(ratio, 2)}× the floor's; ${load.lcpElement ?? 'no element'}), TBT ${round(load.tbtMs)} ms, CLS ${round(load.cls, 3)}`,
    );
    console.log(
      `  ${round(load.totalKB, 1)} KB in ${load.requests} requests: JavaScript ${round(load.jsKB, 1)} KB (${round(load.jsByLcpKB, 1)} KB of it by the largest paint), CSS ${round(load.cssKB, 1)} KB, other ${round(load.otherKB, 1)} KB (response headers ${round(load.headersKB, 1)} KB of it)`,
    );
    const found = axe[path].violations;
    if (axe[path].error) console.log(`  axe could not run: ${axe[path].error}`);
    else
      console.log(`  axe: ${found.length ? found.map((v) => v.id).join(', ') : 'nothing found'}`);
    if (offline[path]) {
      console.log(
        `  offline: ${offline[path].ok ? `opens “${offline[path].heading}”` : offline[path].error}`,
      );
    }
  }
  console.log(
    `\nOffline-ready ${offlineReadyMs ?? '?'} ms after the first key (each response held ${OFFLINE_ROUND_TRIP_MS} ms)`,
  );
  console.log(
    `\nRequests off the origin: ${offOrigin.size ? [...offOrigin.keys()].join(', ') : 'none'}`,
  );
  if (failures.length) {
    console.log(`\nFailed (${failures.length}):`);
    for (const failure of failures) console.log(`- ${failure}`);
  } else {
    console.log('\nAll budgets and checks pass.');
  }

  const json = {
    throttle: options.throttle,
    runs: options.runs,
    floor: {
      fcpMs: round(floor.fcpMs),
      lcpMs: round(floor.lcpMs),
      tbtMs: round(floor.tbtMs),
      cls: round(floor.cls, 3),
      jsKB: round(floor.jsKB, 1),
    },
    paths: Object.fromEntries(
      options.paths.map((path) => {
        const load = loads[path];
        return [
          path,
          {
            fcpMs: round(load.fcpMs),
            lcpMs: round(load.lcpMs),
            lcpFloorRatio: floorRatio(load) === null ? null : round(floorRatio(load), 2),
            tbtMs: round(load.tbtMs),
            cls: round(load.cls, 3),
            jsKB: round(load.jsKB, 1),
            jsByLcpKB: round(load.jsByLcpKB, 1),
            cssKB: round(load.cssKB, 1),
            otherKB: round(load.otherKB, 1),
            totalKB: round(load.totalKB, 1),
            headersKB: round(load.headersKB, 1),
            requests: load.requests,
            axe: axe[path].error ? null : axe[path].violations.map((v) => v.id),
            offline: offline[path]?.ok ?? null,
            otherScreens: load.otherScreens,
            ...(load.error ? { error: load.error } : {}),
          },
        ];
      }),
    ),
    offlineReadyMs,
    offOrigin: [...offOrigin.keys()],
    failures,
  };
  console.log(JSON.stringify(json));
  if (failures.length) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
