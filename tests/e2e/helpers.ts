/**
 * Shared steps for the browser journeys. Each test gets a fresh browser context, so it starts as a
 * first-time visitor with an empty plan.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

export const ORIGIN = `http://127.0.0.1:${process.env.WAYMARK_PORT ?? 4173}`;
export const SAVED = 'Saved on this device';

/** The app's own English words, so the tests look for exactly what a person reads. */
export const core = JSON.parse(
  readFileSync(new URL('../../src/i18n/locales/en-GB/core.json', import.meta.url), 'utf8'),
) as {
  settings: Record<string, string>;
};

export function planNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Your plan’s parts' });
}

/** The phone's menu button in the bar (absent on a wide screen, which lists every place). */
export function navMenuButton(page: Page): Locator {
  return planNav(page).getByRole('button', { name: 'Menu' });
}

/**
 * Follows a place's link as a person would: straight from the navigation when it shows, or on a
 * phone, through the bar's menu when the place is in there.
 */
export async function followNavLink(page: Page, name: string): Promise<void> {
  const link = planNav(page).getByRole('link', { name, exact: true });
  if (!(await link.isVisible()) && (await navMenuButton(page).isVisible())) {
    if ((await navMenuButton(page).getAttribute('aria-expanded')) !== 'true') {
      await navMenuButton(page).click();
    }
  }
  await link.click();
}

/** The names of every place in the navigation, the phone's menu included (left closed). */
export async function navPlaces(page: Page): Promise<string[]> {
  const menu = navMenuButton(page);
  if (!(await menu.isVisible())) return planNav(page).getByRole('link').allTextContents();
  await menu.click();
  const names = await planNav(page).getByRole('link').allTextContents();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  return names;
}

export function screenHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

/** Loads a path and waits until the plan is open and the screen has its heading. */
export async function open(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  // A first visit's Home or crisis plan is on the page before the app (src/app/firstVisit).
  await expect(page.locator('html[data-first-visit]')).toHaveCount(0);
}

/** Moves to another screen the way a person does: with a link in the navigation. */
export async function goTo(page: Page, link: string, heading: string = link): Promise<void> {
  await followNavLink(page, link);
  await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
}

/** Screens in the navigation, and the heading each one opens with. */
export const HEADINGS: Record<string, string> = {
  'Your plan': 'Your plan',
  'About me': 'About me',
  Strengths: 'Strengths',
  'Hopes and dreams': 'Hopes and dreams',
  Goals: 'Goals',
  'People and places': 'People and places',
  'Check-ins': 'Check-ins',
  'Your data and settings': 'Your data and settings',
};

/**
 * Opens every screen in the navigation, in turn, from the last link to the first. Screens not in
 * HEADINGS (newer than these tests) must still open with a heading of their own, not an error.
 */
export async function visitEveryScreen(page: Page): Promise<string[]> {
  const links = await navPlaces(page);
  expect(links).toEqual(expect.arrayContaining(Object.keys(HEADINGS)));
  for (const link of [...links].reverse()) {
    const before = await screenHeading(page).textContent();
    await followNavLink(page, link);
    // On a phone a place in the menu is marked current there, with the menu closed.
    if (await navMenuButton(page).isVisible()) await navMenuButton(page).click();
    await expect(planNav(page).getByRole('link', { name: link, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    if (await navMenuButton(page).isVisible()) await navMenuButton(page).click();
    const heading = screenHeading(page);
    if (HEADINGS[link]) await expect(heading).toHaveText(HEADINGS[link]);
    else await expect(heading).not.toHaveText(before ?? '');
    await expect(heading).not.toHaveText(/couldn’t find|went wrong/);
    await expect(page.getByText('Loading…')).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  return links;
}

export async function dismissWelcome(page: Page): Promise<void> {
  const welcome = page.getByRole('region', { name: 'Welcome to Waymark' });
  await expect(welcome).toBeVisible();
  await welcome.getByRole('button', { name: 'Got it, let’s start' }).click();
  await expect(welcome).toHaveCount(0);
}

/**
 * Waits until every change already handed to the database has been written. A read-write
 * transaction over every store can only start once all earlier read-write transactions have
 * finished, so this is a barrier that needs no knowledge of the app's internals beyond the
 * database's name — once the app's save status no longer says "Saving…". It never asserts
 * anything a person would see; tests do that after a reload.
 */
export async function writesSettled(page: Page): Promise<void> {
  // The app's own queue first: a write waiting behind another (a second quick tick) is not yet a
  // transaction, so a barrier alone would go ahead of it. "Saving…" shows until the queue is empty.
  await page.waitForFunction(
    () => !document.querySelector('.app-bar .save-status')?.textContent?.includes('Saving…'),
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('waymark');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const stores = Array.from(db.objectStoreNames);
          if (stores.length === 0) {
            db.close();
            resolve();
            return;
          }
          const barrier = db.transaction(stores, 'readwrite');
          barrier.oncomplete = () => {
            db.close();
            resolve();
          };
          barrier.onerror = () => reject(barrier.error);
        };
      }),
  );
}

export interface StrengthInput {
  title: string;
  kind: string;
  howItHelps: string;
}

export interface HopeInput {
  title: string;
  area: string;
  ownArea?: string;
  notes?: string;
}

export function strengthsList(page: Page): Locator {
  return page.getByRole('list', { name: 'Your strengths' });
}

export function hopesList(page: Page): Locator {
  return page.getByRole('list', { name: 'Your hopes and dreams' });
}

/**
 * The item whose group carries this name (its title, or "Strength 2" before it has one): its
 * summary as it reads, or its fieldset while it is being changed.
 */
export function item(list: Locator, name: string): Locator {
  return list
    .getByRole('listitem')
    .filter({ has: list.page().getByRole('group', { name, exact: true }) });
}

/** Opens a list item's form with its Change button (or its menu's), as a person does. */
export async function changeItem(list: Locator, name: string): Promise<Locator> {
  const page = list.page();
  const change = list.getByRole('button', { name: `Change ${name}`, exact: true });
  if (!(await change.isVisible())) {
    await list.getByRole('button', { name: `More for ${name}`, exact: true }).click();
  }
  await change.click();
  await expect(list.getByRole('button', { name: `Done changing ${name}` })).toBeVisible();
  return item(list, name).filter({ has: page.locator('fieldset') });
}

/**
 * Opens About me's form, as a person does: it opens ready to write while empty, and reads first
 * once it has words, with "Change About me" one tap away.
 */
export async function changeAboutMe(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /^(Change|Done changing) About me$/ });
  await expect(toggle).toBeVisible();
  if ((await toggle.getAttribute('aria-label')) === 'Change About me') await toggle.click();
  await expect(page.getByRole('button', { name: 'Done changing About me' })).toBeVisible();
}

/** The visible text of the chosen option of a select. */
export function chosen(select: Locator): Locator {
  return select.locator('option:checked');
}

/** Adds a strength on the Strengths screen; focus lands in the new item's first field. */
export async function addStrength(page: Page, strength: StrengthInput): Promise<void> {
  const list = strengthsList(page);
  const before = await list.getByRole('listitem').count();
  await page.getByRole('button', { name: 'Add a strength' }).click();
  const added = list.getByRole('listitem').nth(before);
  const title = added.getByLabel('My strength');
  await expect(title).toBeFocused();
  await title.fill(strength.title);
  await added.getByLabel('What kind of strength is it?').selectOption({ label: strength.kind });
  await added.getByLabel('How it helps me').fill(strength.howItHelps);
  // The item's name comes from the saved title, so this shows the title reached the database.
  await expect(added.getByRole('group', { name: strength.title })).toBeVisible();
}

/** Adds a hope on the Hopes and dreams screen. */
export async function addHope(page: Page, hope: HopeInput): Promise<void> {
  const list = hopesList(page);
  const before = await list.getByRole('listitem').count();
  await page.getByRole('button', { name: 'Add a hope' }).click();
  const added = list.getByRole('listitem').nth(before);
  const title = added.getByLabel('What I hope for');
  await expect(title).toBeFocused();
  await title.fill(hope.title);
  await added.getByLabel('Part of my life', { exact: true }).selectOption({ label: hope.area });
  if (hope.ownArea !== undefined) {
    await added.getByLabel('Part of my life, in my own words').fill(hope.ownArea);
  }
  if (hope.notes !== undefined) await added.getByLabel('More about this hope').fill(hope.notes);
  await expect(added.getByRole('group', { name: hope.title })).toBeVisible();
}

/** Console errors and uncaught errors of a page, for a check at the end of a test. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/** Waits until the service worker controls the page; clientsClaim is off, so this reloads once. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  // The app fetches its offline copy once the person first taps or presses a key (or 5 s after
  // the first screen): a key that changes nothing is that first touch, so no test waits for it
  // (Control, not Shift: Shift three times over is quick exit).
  await page.keyboard.press('Control');
  await page.waitForFunction(() => navigator.serviceWorker.ready.then(() => true));
  const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
  if (!controlled) await page.reload();
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), {
      message: 'the service worker controls the page',
    })
    .toBe(true);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let axeSource: string | undefined;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the page as it is now and returns its WCAG 2.2 A/AA violations as readable
 * text ('' when there are none). The page's CSP forbids inline script, so axe is defined through
 * page.evaluate, which the policy does not govern.
 */
export async function axeViolations(page: Page): Promise<string> {
  axeSource ??= readFileSync(
    new URL('../../node_modules/axe-core/axe.min.js', import.meta.url),
    'utf8',
  );
  // Colour contrast is only meaningful once things have finished fading in.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished)),
  );
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const results = (await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })) as { violations: AxeViolation[] };
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n` +
        v.nodes
          .map(
            (n) =>
              `  - ${JSON.stringify(n.target)}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`,
          )
          .join('\n'),
    )
    .join('\n');
}

/** The page's background in each colour scheme: proof that an emulated scheme really applies. */
const SCHEME_BACKGROUNDS = { light: 'rgb(251, 248, 243)', dark: 'rgb(20, 24, 27)' } as const;
type ColourScheme = keyof typeof SCHEME_BACKGROUNDS;

/** Shows the page in a colour scheme, and checks that the page's own colours follow it. */
async function showInScheme(page: Page, colorScheme: ColourScheme): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .toBe(SCHEME_BACKGROUNDS[colorScheme]);
}

/**
 * axe on the screen as it is now, in the light and then the dark colour scheme, and back to the
 * light one. A scheme changes the page's colours and nothing else, so one journey through the
 * screens checks both (instead of the same journey twice).
 */
export async function axeViolationsInBothSchemes(page: Page): Promise<string> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await showInScheme(page, colorScheme);
    const violations = await axeViolations(page);
    if (violations) found.push(`In the ${colorScheme} colour scheme:\n${violations}`);
  }
  await showInScheme(page, 'light');
  return found.join('\n');
}

/** Each item's name as the list shows it: its summary's heading or tick, or its form's legend. */
export function itemNames(list: Locator): Locator {
  return list.locator('legend, .summary-title, .step-tick > span');
}
