/**
 * Promises 12–16 in a real browser: the owner shares chosen parts; a recipient with an empty
 * browser opens the link and sees exactly those parts, only after "Show plan", with an honest
 * banner; and afterwards that browser holds nothing of the plan.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  axeViolations,
  dismissWelcome,
  goTo,
  open,
  ORIGIN,
  SAVED,
  watchErrors,
  writesSettled,
} from './helpers';

const NAME = 'Jo';
const STORY = 'I walk the canal with Biscuit every morning.';
const SHARED_GOAL = 'Walk by the canal every day';
const SECRET_GOAL = 'Tell my manager about the hard months';
const RECIPIENT = 'Sam, care coordinator';
/** Hard enough to guess to lock a link. */
const PASSPHRASE = 'kite over the grey sea at dawn';
/** Words of the plan that must never be left behind in a recipient's browser. */
const PLAN_WORDS = [STORY, SHARED_GOAL, SECRET_GOAL, 'Biscuit'];

async function addGoal(page: Page, title: string): Promise<void> {
  await goTo(page, 'Goals');
  await page.getByRole('button', { name: 'Add a goal' }).click();
  // Its name is asked for first; nothing is made until it has one.
  const dialog = page.getByRole('dialog', { name: 'A new goal' });
  const name = dialog.getByLabel('What is your goal?');
  await expect(name).toBeVisible();
  await name.fill(title);
  await dialog.getByRole('button', { name: 'Add this goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(SAVED)).toBeVisible();
}

/** Fills a little plan: a name and story, and two goals. */
async function fillPlan(page: Page): Promise<void> {
  await open(page, '/', 'Your plan');
  await dismissWelcome(page);
  await goTo(page, 'About me');
  await page.getByLabel('The name I like to be called').fill(NAME);
  await page.getByLabel('My story').fill(STORY);
  await expect(page.getByText(SAVED)).toBeVisible();
  await addGoal(page, SHARED_GOAL);
  await addGoal(page, SECRET_GOAL);
  await writesSettled(page);
}

interface LinkChoice {
  passphrase?: string;
  until?: string;
}

/** Makes a link of About me and Goals (leaving the secret goal out) and returns it. */
async function makeLink(page: Page, { passphrase, until }: LinkChoice = {}): Promise<string> {
  await goTo(page, 'Share', 'Share your plan');
  const parts = page.getByRole('group', { name: /What would you like to share/ });
  await parts.getByLabel('About me').check();
  await parts.getByLabel('Goals').check();
  await page
    .getByRole('group', { name: /Leave out any goals/ })
    .getByLabel(SECRET_GOAL)
    .check();
  await page.getByLabel('Who is it for?').fill(RECIPIENT);
  // About me and Goals start without a lock; locking suggests five words, replaced here.
  if (passphrase) {
    await page.getByRole('checkbox', { name: 'Lock it with a passphrase' }).check();
    const field = page.getByLabel(/^Passphrase/);
    await expect(field).toHaveValue(/^\w+ \w+ \w+ \w+ \w+$/);
    await field.fill(passphrase);
  }
  if (until) await page.getByLabel(/^Please don’t show after/).fill(until);
  await page.getByRole('button', { name: 'Make the link' }).click();
  const link = page.getByRole('textbox', { name: 'The link' });
  await expect(link).toBeVisible({ timeout: 20_000 });
  const url = await link.inputValue();
  expect(url.startsWith(`${ORIGIN}/view#v2.${passphrase ? 'e' : 'p'}.`)).toBe(true);
  await expect(
    page.getByText(`It is ${url.length} characters long.`, { exact: false }),
  ).toBeVisible();
  return url;
}

/** What a recipient's browser holds for this origin, as text, after viewing. */
async function storedEverywhere(page: Page) {
  return page.evaluate(async () => {
    const databases = (await indexedDB.databases()).map((db) => db.name ?? '');
    const waymarkRecords: string[] = [];
    if (databases.includes('waymark')) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('waymark');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        waymarkRecords.push(...all.map((record) => JSON.stringify(record)));
      }
      db.close();
    }
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        cached.push(`${request.url}\n${(await response?.text()) ?? ''}`);
      }
    }
    return {
      databases,
      waymarkRecords,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      cached,
    };
  });
}

/** A recipient: a new browser context with nothing stored, recording every request. */
async function recipient(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({
    locale: 'en-GB',
    serviceWorkers: 'allow',
    ...options,
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  return { context, page, requests, errors: watchErrors(page) };
}

test('a recipient sees exactly the chosen parts, and their browser keeps nothing', async ({
  page,
  browser,
}) => {
  await fillPlan(page);
  await goTo(page, 'Share', 'Share your plan');
  expect(await axeViolations(page), 'WCAG 2.2 AA violations on Share').toBe('');
  const url = await makeLink(page);
  expect(await axeViolations(page), 'WCAG 2.2 AA violations on Share with a link').toBe('');
  await expect(page.getByText(`For ${RECIPIENT}`)).toBeVisible();
  await expect(page.getByText('Without a passphrase', { exact: true })).toBeVisible();

  const them = await recipient(browser);
  await them.page.goto(url);
  await expect(them.page.getByRole('heading', { level: 1, name: 'A shared plan' })).toBeVisible();
  // Before "Show plan": nothing of the plan anywhere in the page, and a generic title.
  const before = await them.page.content();
  for (const words of [...PLAN_WORDS, NAME + '’s']) expect(before).not.toContain(words);
  await expect(them.page).toHaveTitle('A shared plan — Waymark');
  expect(await axeViolations(them.page), 'WCAG 2.2 AA violations on /view').toBe('');

  await them.page.getByRole('button', { name: 'Show plan' }).click();
  const banner = them.page.getByRole('region', { name: 'About this shared plan' });
  await expect(banner).toContainText(`Shared by ${NAME} on `);
  await expect(banner).toContainText('a copy, it does not update');
  await expect(banner).toContainText('can’t confirm who made it');
  await expect(them.page.getByText(STORY)).toBeVisible();
  await expect(them.page.getByRole('heading', { name: SHARED_GOAL })).toBeVisible();
  // Exactly the chosen parts: the goal left out is nowhere in the page, nor who it was for.
  const after = await them.page.content();
  expect(after).not.toContain(SECRET_GOAL);
  expect(after).not.toContain(RECIPIENT);
  await expect(them.page).toHaveTitle('A shared plan — Waymark');
  // The fragment is gone from the address bar once read.
  expect(new URL(them.page.url()).hash).toBe('');
  expect(await axeViolations(them.page), 'WCAG 2.2 AA violations on /view with a plan').toBe('');

  // Nothing of the plan is kept: no database with plan data, no web storage, no cached words.
  const stored = await storedEverywhere(them.page);
  // The viewer never opens the app's database, so a recipient's browser does not even have one.
  expect(stored.databases).not.toContain('waymark');
  expect(stored.localStorage).toBe(0);
  expect(stored.sessionStorage).toBe(0);
  for (const entry of stored.cached) {
    for (const words of PLAN_WORDS) expect(entry).not.toContain(words);
  }
  expect(await them.context.cookies()).toEqual([]);
  expect(them.requests.filter((request) => !request.startsWith(`${ORIGIN}/`))).toEqual([]);
  // The fragment never reaches the server: no request carries the plan's data.
  const data = url.split('#')[1]!;
  expect(them.requests.filter((request) => request.includes(data.slice(6, 40)))).toEqual([]);

  // A reload keeps nothing either: the plan lived only in the page's memory.
  await them.page.reload();
  await expect(them.page.getByText(/only kept while the page was open/)).toBeVisible();
  expect(await them.page.content()).not.toContain(SHARED_GOAL);
  expect(them.errors).toEqual([]);
  await them.context.close();
});

test('a locked link asks for its passphrase, and says kindly when it is wrong', async ({
  page,
  browser,
}) => {
  await fillPlan(page);
  const url = await makeLink(page, { passphrase: PASSPHRASE });
  expect(url).not.toContain('Biscuit');
  await expect(page.getByText('With a passphrase', { exact: true })).toBeVisible();

  const them = await recipient(browser);
  await them.page.goto(url);
  await them.page.getByRole('button', { name: 'Show plan' }).click();
  await expect(them.page.getByRole('heading', { name: 'This plan is locked' })).toBeVisible();
  const field = them.page.getByLabel('Passphrase', { exact: true });
  // Masked, for opening; Show reveals it.
  await expect(field).toHaveAttribute('type', 'password');
  await expect(field).toHaveAttribute('autocomplete', 'current-password');
  await field.fill('kite over the grey sea at dusk');
  const show = them.page.getByRole('button', { name: 'Show passphrase' });
  await show.click();
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await expect(field).toHaveAttribute('type', 'text');
  await them.page.getByRole('button', { name: 'Open the plan' }).click();
  await expect(them.page.getByText(/That passphrase doesn’t open this plan/).first()).toBeVisible({
    timeout: 15_000,
  });
  expect(await them.page.content()).not.toContain(STORY);
  await field.fill(PASSPHRASE);
  await them.page.getByRole('button', { name: 'Open the plan' }).click();
  const banner = them.page.getByRole('region', { name: 'About this shared plan' });
  await expect(banner).toContainText('This link was locked with a passphrase.', {
    timeout: 15_000,
  });
  await expect(them.page.getByText(STORY)).toBeVisible();
  expect(await them.page.content()).not.toContain(SECRET_GOAL);
  expect(await axeViolations(them.page), 'WCAG 2.2 AA violations on /view, unlocked').toBe('');
  const stored = await storedEverywhere(them.page);
  expect(stored.localStorage + stored.sessionStorage).toBe(0);
  for (const entry of [...stored.waymarkRecords, ...stored.cached]) {
    for (const words of PLAN_WORDS) expect(entry).not.toContain(words);
  }
  expect(them.errors).toEqual([]);
  await them.context.close();
});

test('a link past its "please don’t show after" day shows a kind message, not the plan', async ({
  page,
  browser,
}) => {
  await fillPlan(page);
  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
  const until = tomorrow.toISOString().slice(0, 10);
  const url = await makeLink(page, { until });

  // The recipient opens it three days later.
  const them = await recipient(browser);
  await them.page.clock.setFixedTime(new Date(Date.now() + 3 * 24 * 60 * 60 * 1000));
  await them.page.goto(url);
  await them.page.getByRole('button', { name: 'Show plan' }).click();
  const message = them.page.getByRole('alert');
  await expect(message).toContainText('This plan is no longer shown');
  await expect(message).toContainText('asked for it not to be shown after');
  const content = await them.page.content();
  for (const words of PLAN_WORDS) expect(content).not.toContain(words);
  expect(await axeViolations(them.page), 'WCAG 2.2 AA violations on /view, expired').toBe('');

  // A damaged link says so too, and shows nothing of the plan.
  await them.page.goto(url.slice(0, url.length - 30));
  await them.page.getByRole('button', { name: 'Show plan' }).click();
  await expect(them.page.getByRole('alert')).toContainText('damaged or cut short');
  await them.context.close();
});

test('the crisis plan is locked by default with five suggested words, and they open it', async ({
  page,
  browser,
}) => {
  await fillPlan(page);
  await goTo(page, 'Share', 'Share your plan');
  await page
    .getByRole('group', { name: /What would you like to share/ })
    .getByLabel('Crisis plan')
    .check();
  await expect(page.getByRole('checkbox', { name: 'Lock it with a passphrase' })).toBeChecked();
  const field = page.getByLabel(/^Passphrase/);
  // The word list is fetched only now, from this origin, and five words fill the field, shown.
  await expect(field).toHaveValue(/^[a-z]+ [a-z]+ [a-z]+ [a-z]+ [a-z]+$/);
  await expect(field).toHaveAttribute('type', 'text');
  await expect(field).toHaveAttribute('autocomplete', 'new-password');
  await expect(page.getByText(/How hard to guess: (very )?hard/)).toBeVisible();
  const suggested = await field.inputValue();

  // Too easy to guess is refused kindly, and nothing is made.
  await field.fill('ok');
  await page.getByRole('button', { name: 'Make the link' }).click();
  await expect(page.getByText(/quite easy for someone to guess/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'The link' })).toHaveCount(0);

  await field.fill(suggested);
  await page.getByRole('button', { name: 'Make the link' }).click();
  const link = page.getByRole('textbox', { name: 'The link' });
  await expect(link).toBeVisible({ timeout: 20_000 });
  const url = await link.inputValue();
  expect(url.startsWith(`${ORIGIN}/view#v2.e.`)).toBe(true);
  expect(await axeViolations(page), 'WCAG 2.2 AA violations on Share, locked').toBe('');

  const them = await recipient(browser);
  await them.page.goto(url);
  await them.page.getByRole('button', { name: 'Show plan' }).click();
  await them.page.getByLabel('Passphrase', { exact: true }).fill(suggested);
  await them.page.getByRole('button', { name: 'Open the plan' }).click();
  await expect(them.page.getByRole('region', { name: 'About this shared plan' })).toContainText(
    'This link was locked with a passphrase.',
    { timeout: 15_000 },
  );
  expect(them.errors).toEqual([]);
  await them.context.close();
});
