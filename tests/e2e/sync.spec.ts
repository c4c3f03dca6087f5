/**
 * Sync between two devices (issue #18), in real Chromium: two browser contexts pair through a
 * CouchDB-compatible server the test starts (express-pouchdb over memory PouchDB), which also
 * serves the production build, so the page reaches it on its own origin. The server's stored
 * documents are read directly: ciphertext only.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { startCouchServer, type CouchServer } from '../sync/couchServer';
import {
  addStrength,
  changeItem,
  dismissWelcome,
  open,
  strengthsList,
  waitForServiceWorkerControl,
} from './helpers';

const DIST = resolve(process.env.WAYMARK_DIST ?? 'dist');
let server: CouchServer;

test.beforeAll(async () => {
  server = await startCouchServer({ appDir: DIST });
});
test.afterAll(() => server.stop());

async function device(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.origin, locale: 'en-GB' });
  return context.newPage();
}

function syncSection(page: Page) {
  return page.getByRole('region', { name: 'Use this plan on another device' });
}

/** A first visit: the welcome said, then the Strengths screen. */
async function firstVisit(page: Page) {
  await open(page, '/', 'Your plan');
  await dismissWelcome(page);
  await open(page, '/strengths', 'Strengths');
}

async function openSettings(page: Page, path = '/settings') {
  await page.goto(path);
  await expect(syncSection(page)).toBeVisible({ timeout: 15_000 });
}

async function upToDate(page: Page) {
  await expect(syncSection(page).getByText('Up to date.')).toBeVisible({ timeout: 30_000 });
}

test('two devices pair by link; the server holds ciphertext; both versions of a change made on each are offered; a wrong key is refused; the server going away loses nothing', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const database = `plan-e2e-${Date.now()}`;
  const url = server.url(database);

  // Device A: a plan, then sync with a database of the person's own.
  const a = await device(browser);
  await firstVisit(a);
  await addStrength(a, {
    title: 'Swimming at dawn',
    kind: 'An interest',
    howItHelps: 'The cold water clears my head',
  });
  await openSettings(a);
  const sectionA = syncSection(a);
  await sectionA.getByLabel('Address of your database').fill(url);
  await sectionA.getByRole('button', { name: 'Start syncing' }).click();
  await upToDate(a);
  await sectionA.getByRole('button', { name: 'Pair another device' }).click();
  const link = await sectionA.getByTestId('sync-pairing-link').getAttribute('href');
  expect(link).toMatch(/\/settings#sync=v1\./);

  // The server's own documents: random ids, revisions and ciphertext — no word of the plan.
  const stored = await (await fetch(`${url}/_all_docs?include_docs=true`)).text();
  expect(stored).toContain('"rows"');
  for (const words of ['Swimming', 'cold water', 'strengths', 'howItHelps']) {
    expect(stored).not.toContain(words);
  }

  // Device B opens the link: asked first, then the plan arrives.
  const b = await device(browser);
  await openSettings(b, new URL(link!).pathname + new URL(link!).hash);
  await expect(
    b.getByRole('heading', { name: 'Pair this device with your other one?' }),
  ).toBeVisible();
  expect(new URL(b.url()).hash).toBe('');
  await syncSection(b).getByRole('button', { name: 'Pair this device' }).first().click();
  await upToDate(b);
  await b.goto('/strengths');
  await expect(strengthsList(b).getByRole('group', { name: 'Swimming at dawn' })).toBeVisible({
    timeout: 15_000,
  });

  // Both change the same strength while offline: first each keeps its offline copy, as a device
  // does once its service worker has installed (it starts after the first tap, so B, paired
  // seconds ago, may still be fetching it).
  for (const page of [a, b]) await waitForServiceWorkerControl(page);
  for (const [page, words] of [
    [a, 'Before work, with a friend'],
    [b, 'Alone, on Sundays'],
  ] as const) {
    await page.context().setOffline(true);
    await page.goto('/strengths').catch(() => 'served by the service worker, or already there');
    const fields = await changeItem(strengthsList(page), 'Swimming at dawn');
    await fields.getByLabel('How it helps me').fill(words);
    await page.waitForTimeout(500);
  }
  await a.context().setOffline(false);
  await openSettings(a);
  await syncSection(a).getByRole('button', { name: 'Sync now' }).click();
  await upToDate(a);
  await b.context().setOffline(false);
  await openSettings(b);
  await syncSection(b).getByRole('button', { name: 'Sync now' }).click();
  const choice = syncSection(b)
    .locator('section')
    .filter({ hasText: '“A strength: Swimming at dawn” was changed on two devices' });
  await expect(choice).toBeVisible({ timeout: 30_000 });
  await expect(choice.getByText('Before work, with a friend')).toBeVisible();
  await expect(choice.getByText('Alone, on Sundays')).toBeVisible();
  await choice.getByRole('button', { name: 'Keep both' }).click();
  await expect(choice).toHaveCount(0);
  await upToDate(b);
  await openSettings(a);
  await syncSection(a).getByRole('button', { name: 'Sync now' }).click();
  await upToDate(a);
  await a.goto('/strengths');
  await expect(strengthsList(a).getByRole('group', { name: 'Swimming at dawn' })).toHaveCount(2, {
    timeout: 15_000,
  });

  // The server goes away while A writes: the change waits, and goes when it is back.
  await a.route('**/couch/**', (route) => route.abort('connectionrefused'));
  await addStrength(a, { title: 'Patience', kind: 'A personal quality', howItHelps: 'I wait' });
  await openSettings(a);
  await expect(syncSection(a).getByText(/The server can’t be reached just now/)).toBeVisible({
    timeout: 30_000,
  });
  await expect(syncSection(a).getByText(/change(s)? (is|are) waiting to be sent/)).toBeVisible();
  await a.unroute('**/couch/**');
  await syncSection(a).getByRole('button', { name: 'Sync now' }).click();
  await upToDate(a);
  await b.goto('/strengths');
  await expect(strengthsList(b).getByRole('group', { name: 'Patience' })).toBeVisible({
    timeout: 30_000,
  });

  // A link with the wrong key: refused kindly, and the new device's plan is untouched.
  const fragment = new URL(link!).hash.replace('#sync=v1.', '');
  const body = JSON.parse(Buffer.from(fragment, 'base64url').toString('utf8')) as { k: string };
  body.k = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
  const wrong = `/settings#sync=v1.${Buffer.from(JSON.stringify(body)).toString('base64url')}`;
  const c = await device(browser);
  await firstVisit(c);
  await addStrength(c, { title: 'Only here', kind: 'A personal quality', howItHelps: 'Mine' });
  await openSettings(c, wrong);
  await syncSection(c).getByRole('button', { name: 'Pair this device' }).first().click();
  await expect(
    syncSection(c).getByText(/That link’s key doesn’t open the plan on this server/),
  ).toBeVisible({ timeout: 30_000 });
  await expect(
    syncSection(c).getByText('Sync is off. Your plan is only on this device.'),
  ).toBeVisible();
  await c.goto('/strengths');
  await expect(strengthsList(c).getByRole('group', { name: 'Only here' })).toBeVisible();
  await expect(strengthsList(c).getByRole('group', { name: 'Swimming at dawn' })).toHaveCount(0);
});
