// Prints the gzip size of the JavaScript a first visit loads, and fails above the budget.
//
// "Initial" is what index.html loads before anything can paint: its entry script and everything
// it statically imports (the modulepreload links) plus CSS. The budget applies to it.
// "First screen" adds the chunks Home fetches straight after (the database, the plan's schemas,
// the Home screen and the words of the areas it shows, as src/app/routes.tsx declares them):
// reported so the whole cost of the first visit is visible too. Budget: issue #15.
// Usage: node scripts/size.mjs [dist]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 100;
const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

const initialFiles = [
  ...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
].map((match) => match[1]);
const cssFiles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+\.css)"/g)].map(
  (match) => match[1],
);

/** Follows static and dynamic imports from a chunk, to find what the Home screen pulls in. */
function importsOf(file) {
  const code = readFileSync(join(dist, file), 'utf8');
  const found = new Set();
  for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["']\.\/([\w.-]+\.js)["']/g)) {
    found.add(`assets/${match[1]}`);
  }
  return [...found];
}

const assets = readdirSync(join(dist, 'assets'));
const homeChunk = assets.find((file) => /^HomeScreen-.*\.js$/.test(file));
const firstScreen = new Set(initialFiles);
const queue = homeChunk ? [`assets/${homeChunk}`] : [];
// The plan's storage, one chunk (scripts/vite/chunkGroups.ts): main.tsx fetches it at once.
const storage = assets.find((file) => /^data-.*\.js$/.test(file));
if (storage) queue.push(`assets/${storage}`);
else console.warn('No chunk holds the database code (data-*.js).');
// The words Home arrives with: each area's own chunk, which holds nothing but its words.
const routes = readFileSync(new URL('../src/app/routes.tsx', import.meta.url), 'utf8');
const homeAreas = /import\('\.\.\/features\/home\/HomeScreen'\),[^[]*\[([^\]]*)\]/.exec(routes);
for (const [, area] of (homeAreas?.[1] ?? '').matchAll(/'(\w+)'/g)) {
  const words = assets.find(
    (file) =>
      file.startsWith(`${area}-`) &&
      file.endsWith('.js') &&
      /^var \w+=\{/.test(readFileSync(join(dist, 'assets', file), 'utf8')),
  );
  if (words) queue.push(`assets/${words}`);
  else console.warn(`No chunk of words for the area ${area} that Home shows.`);
}
while (queue.length) {
  const file = queue.pop();
  if (firstScreen.has(file)) continue;
  firstScreen.add(file);
  queue.push(...importsOf(file));
}

const initialJs = initialFiles.reduce((sum, file) => sum + gz(file), 0);
const css = cssFiles.reduce((sum, file) => sum + gz(file), 0);
const firstScreenJs = [...firstScreen].reduce((sum, file) => sum + gz(file), 0);
const allJs = assets
  .filter((file) => file.endsWith('.js'))
  .reduce((sum, f) => sum + gz(`assets/${f}`), 0);

console.log(`initial JavaScript (index.html and its static imports): ${kb(initialJs)} KB gzip`);
console.log(`initial CSS: ${kb(css)} KB gzip`);
console.log(
  `first screen with its data layer (Home, its words, database, schemas): ${kb(firstScreenJs)} KB gzip`,
);
console.log(`all JavaScript, lazy chunks included: ${kb(allJs)} KB gzip`);
console.log(`budget for initial JavaScript: ${BUDGET_KB} KB gzip`);

if (initialJs / 1024 > BUDGET_KB) {
  console.error(`Over budget by ${kb(initialJs - BUDGET_KB * 1024)} KB.`);
  process.exit(1);
}
