// Benchmark: sync (issue #18) of the large plan in real Chromium against the production build.
// One node process serves the build and a CouchDB-compatible server (express-pouchdb over memory
// PouchDB) on one origin; device A (a browser context) holds the large plan of scripts/bench.mjs
// (300 goals × 10 steps, 5,000 journal entries, 3,000 check-ins: 11,306 records) and turns sync
// on through Settings, as a person would; device B pairs with A's link. Measured:
// - first sync up: "Start syncing" to "Up to date." with every record on the server;
// - first sync down: B's "Pair this device" to every record in B's database;
// - one edit's round trip: a strength added on A until it is in B's database, median of 5.
// Budgets: first sync up and down 60 s each, an edit's round trip 5 s.
// Usage: npm run build && npm run bench:sync   (CHROME_PATH, WAYMARK_DIST as for npm run bench)
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { seed } from './bench.mjs';

const require = createRequire(import.meta.url);
const DIST = resolve(process.env.WAYMARK_DIST ?? 'dist');
const FIRST_SYNC_BUDGET_MS = 60_000;
const ROUND_TRIP_BUDGET_MS = 5_000;
const RECORDS = 300 + 3000 + 5000 + 6 + 3000;

/** The build at /, CouchDB at /couch (as a reverse proxy would put it): the page's own origin. */
function startServer() {
  const PouchDB = require('pouchdb-core')
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-replication'))
    .plugin(require('pouchdb-mapreduce'))
    .defaults({ adapter: 'memory' });
  const express = require('express');
  const app = express();
  app.use(
    '/couch',
    require('express-pouchdb')(PouchDB, { mode: 'minimumForPouchDB', inMemoryConfig: true }),
  );
  app.use(express.static(DIST));
  app.use((_request, response) => response.sendFile(resolve(DIST, 'index.html')));
  return new Promise((done) => {
    const server = app.listen(0, '127.0.0.1', () =>
      done({ server, PouchDB, origin: `http://127.0.0.1:${server.address().port}` }),
    );
  });
}

/** How many records the plan's database of this page holds in the tables the bench fills. */
function countRecords(page) {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const request = indexedDB.open('waymark');
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = ['goals', 'steps', 'journal', 'checkInAreas', 'checkIns'];
          const tx = db.transaction(names);
          let total = 0;
          for (const name of names) {
            tx.objectStore(name).count().onsuccess = (event) => (total += event.target.result);
          }
          tx.oncomplete = () => {
            db.close();
            done(total);
          };
        };
      }),
  );
}

async function until(check, timeoutMs = 120_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('Timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
  return Date.now() - started;
}

const section = (page) => page.getByRole('region', { name: 'Use this plan on another device' });
const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

async function main() {
  const { server, PouchDB, origin } = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const results = {};
  try {
    const a = await (await browser.newContext({ baseURL: origin, locale: 'en-GB' })).newPage();
    await a.goto('/');
    await a.getByRole('region', { name: 'Welcome to Waymark' }).waitFor();
    await seed(a);
    await a.goto('/settings');
    const database = `bench-${Date.now()}`;
    await section(a).getByLabel('Address of your database').fill(`${origin}/couch/${database}`);
    let started = Date.now();
    await section(a).getByRole('button', { name: 'Start syncing' }).click();
    const remote = new PouchDB(database);
    await until(async () => (await remote.info()).doc_count >= RECORDS + 1);
    await section(a).getByText('Up to date.').waitFor({ timeout: 120_000 });
    results.firstSyncUpMs = Date.now() - started;

    await section(a).getByRole('button', { name: 'Pair another device' }).click();
    const link = await section(a).getByTestId('sync-pairing-link').getAttribute('href');
    const b = await (await browser.newContext({ baseURL: origin, locale: 'en-GB' })).newPage();
    await b.goto(new URL(link).pathname + new URL(link).hash);
    const pair = section(b).getByRole('button', { name: 'Pair this device' }).first();
    await pair.waitFor();
    started = Date.now();
    await pair.click();
    await until(async () => (await countRecords(b)) >= RECORDS);
    results.firstSyncDownMs = Date.now() - started;
    await section(b).getByText('Up to date.').waitFor({ timeout: 120_000 });

    await a.goto('/strengths');
    const trips = [];
    for (let round = 0; round < 5; round += 1) {
      const title = `Round trip ${round}`;
      const list = a.getByRole('list', { name: 'Your strengths' });
      await a.getByRole('button', { name: 'Add a strength' }).click();
      const field = list.getByRole('listitem').nth(round).getByLabel('My strength');
      await field.fill(title);
      started = Date.now();
      await until(
        () =>
          b.evaluate(
            (wanted) =>
              new Promise((done) => {
                const request = indexedDB.open('waymark');
                request.onsuccess = () => {
                  const db = request.result;
                  const all = db.transaction('strengths').objectStore('strengths').getAll();
                  all.onsuccess = () => {
                    db.close();
                    done(all.result.some((strength) => strength.title === wanted));
                  };
                };
              }),
            title,
          ),
        30_000,
      );
      trips.push(Date.now() - started);
    }
    results.roundTripMs = median(trips);
    results.roundTrips = trips;
  } finally {
    await browser.close();
    server.close();
  }

  console.log(`Records in the plan: ${RECORDS}`);
  console.log(
    `First sync up (Start syncing to up to date, all on the server): ${results.firstSyncUpMs} ms`,
  );
  console.log(
    `First sync down (Pair this device to every record here): ${results.firstSyncDownMs} ms`,
  );
  console.log(
    `One edit's round trip, A to B (median of 5): ${results.roundTripMs} ms (${results.roundTrips.join(', ')})`,
  );
  const over = [
    results.firstSyncUpMs > FIRST_SYNC_BUDGET_MS && 'first sync up',
    results.firstSyncDownMs > FIRST_SYNC_BUDGET_MS && 'first sync down',
    results.roundTripMs > ROUND_TRIP_BUDGET_MS && 'round trip',
  ].filter(Boolean);
  if (over.length > 0) {
    console.error(`Over budget: ${over.join(', ')}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
