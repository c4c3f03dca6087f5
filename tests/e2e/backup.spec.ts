/**
 * Promises 6, 7 and 17 in a real browser. A plan written through the screens is backed up with a
 * passphrase; "Delete everything" then leaves nothing of Waymark in the browser — no database,
 * no caches, no service worker — online and offline; the downloaded file brings the plan back,
 * exactly, on every screen; and "Undo the restore" puts back the plan it replaced. A damaged file
 * is refused kindly and changes nothing.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
  addStrength,
  dismissWelcome,
  goTo,
  open,
  ORIGIN,
  planNav,
  SAVED,
  screenHeading,
  waitForServiceWorkerControl,
  watchErrors,
  writesSettled,
} from './helpers';
import { addGoal } from './planHelpers';

const NAME = 'Robin';
const STRENGTHS = [
  { title: 'I keep going', kind: 'A personal quality', howItHelps: 'Bad days end.' },
  { title: 'The allotment', kind: 'A place', howItHelps: 'Digging clears my head.' },
];
const GOAL = 'Swim a length of the pool';
const STEP = 'Find out when the quiet sessions are';
/** Hard enough to guess to lock a backup (a weak one is refused). */
const PASSPHRASE = 'kite over the grey sea at dawn';

/** About me name, two strengths, and a goal with one small step, all through the screens. */
async function fillPlan(page: Page): Promise<void> {
  await open(page, '/', 'Your plan');
  await dismissWelcome(page);
  await goTo(page, 'About me');
  await page.getByLabel('The name I like to be called').fill(NAME);
  await expect(page.getByText(SAVED)).toBeVisible();
  await goTo(page, 'Strengths');
  for (const strength of STRENGTHS) await addStrength(page, strength);
  await addGoal(page, GOAL);
  await page.getByRole('button', { name: 'Add a small step' }).click();
  const step = page.getByLabel('Small step', { exact: true });
  await expect(step).toBeFocused();
  await step.fill(STEP);
  await expect(
    page
      .getByRole('list', { name: 'Small steps for this goal' })
      .getByRole('group', { name: STEP }),
  ).toBeVisible();
  await writesSettled(page);
}

/** The words and field values one screen shows, as a person would read them. */
async function shown(page: Page): Promise<string> {
  await expect(page.getByText('Loading…')).toHaveCount(0);
  const main = page.locator('main');
  // A screen draws its parts as the plan's queries answer (and its review invitation once it
  // knows there is something to look over): read it until it holds still for a moment.
  let text = await main.innerText();
  for (let reading = 0; reading < 20; reading++) {
    await page.waitForTimeout(200);
    const again = await main.innerText();
    if (again === text) break;
    text = again;
  }
  const values = await main
    // A passphrase the share screen suggests is new, at random, on every visit: not the plan.
    .locator('input:not([type=file]):not([autocomplete=new-password]), textarea, select')
    .evaluateAll((fields) =>
      fields.map((field) => {
        const input = field as HTMLInputElement;
        const label = input.labels?.[0]?.textContent ?? input.name;
        const value =
          input.type === 'checkbox' || input.type === 'radio' ? String(input.checked) : input.value;
        return `${label}: ${value}`;
      }),
    );
  return [text, ...values].join('\n');
}

/**
 * What every screen of the plan shows: each screen in the navigation (but Settings, which is
 * about this device rather than the plan, and Back up and restore, which is about backups and
 * after a restore lists the snapshot it kept of the plan it replaced) and each goal's own screen.
 */
async function everyScreen(page: Page): Promise<Record<string, string>> {
  const screens: Record<string, string> = {};
  const links = await planNav(page).getByRole('link').allTextContents();
  for (const link of links) {
    if (link === 'Your data and settings' || link === 'Back up and restore') continue;
    await planNav(page).getByRole('link', { name: link, exact: true }).click();
    await expect(planNav(page).getByRole('link', { name: link, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(screenHeading(page)).not.toHaveText(/couldn’t find|went wrong/);
    screens[link] = await shown(page);
  }
  await goTo(page, 'Goals');
  const goals = page.getByRole('link', { name: /^Open “/ });
  for (const name of await goals.evaluateAll((all) =>
    all.map((a) => a.getAttribute('aria-label')),
  )) {
    await page.getByRole('link', { name: name!, exact: true }).click();
    await expect(screenHeading(page)).not.toHaveText('Goals');
    screens[name!] = await shown(page);
    await goTo(page, 'Goals');
  }
  return screens;
}

/** What this browser holds for Waymark's origin, read from a page that is not the app. */
async function leftBehind(watcher: Page) {
  return watcher.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope),
    localStorage: localStorage.length,
  }));
}

/**
 * Deletes everything through the screen, and checks what is left at the moment the app has
 * finished and asks for a fresh start (before that fresh start can make a new database). The
 * check runs in a second tab showing one of the app's icons: same origin, no app code.
 */
async function deleteEverything(page: Page, context: BrowserContext, offline: boolean) {
  const watcher = await context.newPage();
  await watcher.goto('/icons/icon-192.png');
  const before = await leftBehind(watcher);
  expect(before.databases).toContain('waymark');
  expect(before.caches.length).toBeGreaterThan(0);
  expect(before.serviceWorkers).toEqual([`${ORIGIN}/`]);

  let freshStart = false;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(`${ORIGIN}/`, async (route) => {
    freshStart = true;
    await released;
    await (offline ? route.abort('internetdisconnected') : route.continue());
  });
  if (offline) await context.setOffline(true);

  await page.goto('/backup');
  await expect(screenHeading(page)).toHaveText('Back up and restore');
  await page.getByLabel('To delete everything, type the word delete').fill('delete');
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect.poll(() => freshStart, { message: 'the app asks for a fresh start' }).toBe(true);

  expect(await leftBehind(watcher)).toEqual({
    databases: [],
    caches: [],
    serviceWorkers: [],
    localStorage: 0,
  });
  release();
  await watcher.close();
  await page.unroute(`${ORIGIN}/`);
  if (offline) await context.setOffline(false);
}

test('back up with a passphrase, delete everything offline, restore it all, and undo', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000); // every screen is read twice, and two passphrases are derived
  const errors = watchErrors(page);
  await fillPlan(page);
  await waitForServiceWorkerControl(page);
  const before = await everyScreen(page);
  expect(before['Your plan']).toContain(`Hello, ${NAME}`);
  expect(before['Strengths']).toContain(STRENGTHS[1]!.howItHelps);
  // The goal's screen reads its small step first, ready to tick.
  expect(before[`Open “${GOAL}”`]).toContain(`${STEP}: false`);

  const file = await test.step('make a backup with a passphrase and save it', async () => {
    await goTo(page, 'Your plan');
    await page.getByRole('link', { name: 'Back up your plan' }).click();
    await expect(screenHeading(page)).toHaveText('Back up and restore');
    await page.getByLabel(/^Passphrase \(optional/).fill(PASSPHRASE);
    await page.getByLabel('Passphrase again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Make a backup file' }).click();
    await expect(page.locator('main').getByText(/^Your backup file is ready: /)).toBeVisible({
      timeout: 20_000,
    });
    // Made is not yet saved: the reminder counts from the file actually saved.
    await expect(page.getByText(/You have not made a backup yet/)).toBeVisible();
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Save the backup file' }).click();
    const download = await downloading;
    await expect(page.getByText('Last backup: today.')).toBeVisible();
    expect(download.suggestedFilename()).toMatch(/^waymark-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    // Locked: the file says what it is, but none of the plan's words.
    expect(JSON.parse(text)).toMatchObject({ format: 'waymark-backup', encrypted: true });
    for (const words of [NAME, GOAL, STEP, STRENGTHS[0]!.title]) expect(text).not.toContain(words);
    return {
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    };
  });

  await test.step('delete everything while offline: nothing is left', async () => {
    await deleteEverything(page, context, true);
  });

  await test.step('back online, the app starts empty', async () => {
    await open(page, '/backup', 'Back up and restore');
    await expect(page.getByText(/You have not made a backup yet/)).toBeVisible();
  });

  await test.step('a wrong passphrase is met with a kind message', async () => {
    await page.getByLabel('Backup file', { exact: true }).setInputFiles(file);
    await expect(page.getByText('This backup is locked with a passphrase.')).toBeVisible();
    await page.getByLabel('Passphrase for this backup').fill('kite over the see');
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'That passphrase does not open this backup. Please check it and try again — capital letters count.',
      { timeout: 20_000 },
    );
  });

  await test.step('the right one shows what the backup holds, then replaces the plan', async () => {
    await page.getByLabel('Passphrase for this backup').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await expect(page.getByRole('heading', { name: 'What this backup holds' })).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.locator('.summary-list li')).toHaveText([
      'About me, as you wrote it',
      '2 strengths',
      '1 goal',
      '1 small step',
      'No advance statement',
    ]);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.getByRole('button', { name: 'Replace my plan with this backup' }).click();
    await expect(
      page
        .locator('main')
        .getByText('Your plan has been restored from the backup.', { exact: true }),
    ).toBeVisible();
  });

  const other = await context.newPage();
  await test.step('every screen shows the same plan as before', async () => {
    await open(other, '/', 'Your plan');
    // Read again until it matches (a busy machine can catch a screen still loading).
    await expect(async () => expect(await everyScreen(other)).toEqual(before)).toPass({
      timeout: 60_000,
    });
  });

  await test.step('"Undo the restore" puts back the empty plan', async () => {
    await page.getByRole('button', { name: 'Undo the restore' }).click();
    // Said to screen readers; the button goes, and a file can be chosen again.
    await expect(
      page.getByText('Your plan is back as it was before the restore.', { exact: true }),
    ).toBeAttached();
    await expect(page.getByRole('button', { name: 'Undo the restore' })).toHaveCount(0);
    // The undo replaced the plan, so the other tab was told to start again and reloads by itself;
    // look from this tab, which is not told (it made the change), rather than race that reload.
    await open(page, '/', 'Your plan');
    await dismissWelcome(page);
    await expect(page.getByRole('heading', { name: `Hello, ${NAME}` })).toHaveCount(0);
    await goTo(page, 'About me');
    await expect(page.getByLabel('The name I like to be called')).toHaveValue('');
    await goTo(page, 'Strengths');
    await expect(page.getByText('No strengths written down yet.')).toBeVisible();
    await goTo(page, 'Goals');
    await expect(page.getByText(/^No goals yet\./)).toBeVisible();
  });

  expect(errors).toEqual([]);
});

test('delete everything online leaves no database, cache or service worker behind', async ({
  page,
  context,
}) => {
  await open(page, '/', 'Your plan');
  await goTo(page, 'About me');
  await page.getByLabel('The name I like to be called').fill(NAME);
  await expect(page.getByText(SAVED)).toBeVisible();
  await waitForServiceWorkerControl(page);
  await deleteEverything(page, context, false);
  // The fresh start: an empty Waymark, welcoming a first-time visitor.
  await expect(page.getByRole('region', { name: 'Welcome to Waymark' })).toBeVisible();
  await goTo(page, 'About me');
  await expect(page.getByLabel('The name I like to be called')).toHaveValue('');
});

test('a damaged backup file is refused kindly and changes nothing', async ({ page }) => {
  await open(page, '/', 'Your plan');
  await goTo(page, 'About me');
  await page.getByLabel('The name I like to be called').fill(NAME);
  await expect(page.getByText(SAVED)).toBeVisible();

  await page.goto('/backup');
  await page.getByRole('button', { name: 'Make a backup file' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Save the backup file' }).click();
  const good = readFileSync(await (await downloading).path(), 'utf8');

  await goTo(page, 'About me');
  // About me reads first now it has words: changing them is one deliberate tap away.
  await page.getByRole('button', { name: 'Change About me' }).click();
  await page.getByLabel('The name I like to be called').fill('Robin Hart');
  await expect(page.getByText(SAVED)).toBeVisible();
  await writesSettled(page);
  await page.goto('/backup');

  const damaged = [
    good.slice(0, Math.floor(good.length / 2)),
    good.replace('"preferredName":"Robin"', '"preferredName":7'),
  ];
  for (const [index, text] of damaged.entries()) {
    expect(text).not.toBe(good);
    await page.getByLabel('Backup file', { exact: true }).setInputFiles({
      name: 'waymark-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect(page.getByRole('alert')).toHaveText(
      index === 0 ? /seems to be damaged or incomplete/ : /has something in it Waymark does not/,
    );
    await expect(page.getByRole('alert')).toContainText('Nothing on this device has changed.');
    await expect(page.getByRole('heading', { name: 'What this backup holds' })).toHaveCount(0);
  }
  // Nothing was replaced, so there is no earlier version to go back to either.
  await expect(
    page.getByRole('heading', { name: 'Earlier versions kept on this device' }),
  ).toHaveCount(0);

  await page.reload();
  await goTo(page, 'About me');
  await page.getByRole('button', { name: 'Change About me' }).click();
  await expect(page.getByLabel('The name I like to be called')).toHaveValue('Robin Hart');
});
