/**
 * Help now, read as a person in their worst moment would: on a phone, at the bottom of a long
 * crisis plan, with text at 200%, before (or without) the JavaScript. It must be one tap away at
 * every scroll position, in the same place on every screen, never covered, with 999 first.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, open, SAVED } from './helpers';
import { helpNowButton, helpNowDialog } from './planHelpers';
import { putRecords, type Records } from './seed';

const PHONE = { width: 390, height: 844 };
const NOW = '2026-11-30T10:00:00.000Z';

/** Every number Help now shows for all of the UK, as written out for a person to read. */
const LINE_NUMBERS = [
  '116 123',
  '111',
  '0800 83 85 87',
  '0808 808 8000',
  '0800 58 58 58',
  '0800 068 4141',
  '0800 1111',
];

const base = (id: string, order: number) => ({ id, order, createdAt: NOW, updatedAt: NOW });

/** A full crisis plan and ten people: thousands of pixels of plan on a phone. */
function longPlan(): Records {
  const people = Array.from({ length: 10 }, (_, i) => ({
    ...base(`person-${i}`, i),
    name: `Friend ${i + 1}`,
    relationship: 'friend',
    ownRelationship: '',
    phone: `07700 90010${i}`,
    email: '',
    wouldLikeThemTo: 'Sit with me and make tea. Talk about ordinary things.',
    notes: '',
  }));
  const sections = [
    'stepIn',
    'helps',
    'doesNotHelp',
    'carePrefer',
    'careAvoid',
    'practical',
    'saferSurroundings',
    'reasonsForLiving',
  ];
  const planItems = sections.flatMap((section) =>
    Array.from({ length: 5 }, (_, i) => ({
      ...base(`${section}-${i}`, i),
      section,
      text: `Something I wrote for ${section}, number ${i + 1}, in my own words so people know.`,
      detail: 'Because it matters to me, and it has helped before.',
      actions: [],
      personIds: [],
      toolIds: [],
    })),
  );
  const involved = people.slice(0, 6).map((person, i) => ({
    ...base(`involved-${i}`, i),
    section: 'involved',
    text: '',
    detail: 'Come round, and call my work for me.',
    actions: [],
    personIds: [person.id],
    toolIds: [],
  }));
  return { people, planItems: [...planItems, ...involved] };
}

async function seedLongPlan(page: Page): Promise<void> {
  await open(page, '/', 'Your plan');
  await putRecords(page, longPlan());
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where Help now is on screen, after checking that nothing covers its middle. */
async function reachableHelpNow(page: Page): Promise<Box> {
  const button = helpNowButton(page);
  await expect(button).toBeInViewport({ ratio: 1 });
  const box = (await button.boundingBox())!;
  const onTop = await page.evaluate(
    ({ x, y }) => {
      const element = document.elementFromPoint(x, y);
      return element?.closest('button')?.textContent ?? element?.tagName ?? 'nothing';
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
  expect(onTop, 'nothing covers Help now').toBe('Help now');
  return box;
}

async function scrollTo(page: Page, where: 'top' | 'middle' | 'bottom'): Promise<void> {
  await page.evaluate((where) => {
    const max = document.scrollingElement!.scrollHeight - innerHeight;
    window.scrollTo(0, where === 'top' ? 0 : where === 'middle' ? max / 2 : max);
  }, where);
}

function expectSamePlace(a: Box, b: Box, where: string): void {
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    expect(Math.abs(a[key] - b[key]), `Help now's ${key} ${where}`).toBeLessThanOrEqual(1);
  }
}

/** 999 is in the first screenful of Help now, above everything else to call. */
async function expect999First(dialog: Locator, page: Page): Promise<void> {
  const call999 = dialog.getByRole('link', { name: 'Call 999' });
  await expect(call999).toBeInViewport({ ratio: 1 });
  const box = (await call999.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
  await expect(dialog.getByRole('link').first()).toHaveAccessibleName('Call 999');
}

/** Screens, their headings, and words that show once the plan has loaded into them. */
const SCREENS: [string, string, string?][] = [
  ['/crisis-plan', 'Crisis plan', 'Something I wrote for reasonsForLiving, number 5'],
  ['/people', 'People and places', 'Friend 10'],
  ['/', 'Your plan'],
  ['/staying-well', 'Staying well'],
  ['/settings', 'Your data and settings'],
];

async function openLoaded(page: Page, [path, heading, loaded]: (typeof SCREENS)[number]) {
  await open(page, path, heading);
  if (loaded) await expect(page.getByText(loaded, { exact: false }).first()).toBeAttached();
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('Help now is in the same place at every scroll position on every screen, never covered', async ({
    page,
  }) => {
    await seedLongPlan(page);
    let first: Box | undefined;
    for (const screen of SCREENS) {
      const heading = screen[1];
      await test.step(heading, async () => {
        await openLoaded(page, screen);
        for (const where of ['top', 'middle', 'bottom'] as const) {
          await scrollTo(page, where);
          const box = await reachableHelpNow(page);
          first ??= box;
          expectSamePlace(box, first, `on ${heading}, scrolled to the ${where}`);
        }
      });
    }

    await test.step('at the foot of a long crisis plan, one tap opens it with 999 first', async () => {
      await openLoaded(page, SCREENS[0]!);
      await scrollTo(page, 'bottom');
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(2000);
      await helpNowButton(page).tap();
      await expect999First(helpNowDialog(page), page);
    });
  });

  test('at 200% text, Help now is still in reach and 999 is on its first screen', async ({
    page,
  }) => {
    // The browser's own text size setting at 200%, as a person with low vision would set it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await seedLongPlan(page);
    for (const screen of SCREENS.slice(0, 3)) {
      await test.step(screen[1], async () => {
        await openLoaded(page, screen);
        await scrollTo(page, 'bottom');
        await reachableHelpNow(page);
        await helpNowButton(page).tap();
        const dialog = helpNowDialog(page);
        await expect999First(dialog, page);
        const close = dialog.getByRole('button', { name: 'Close Help now' });
        // Its word whole, on one line: not "Clos" over "e".
        const lines = await close.evaluate((button) => {
          const range = document.createRange();
          range.selectNodeContents(button);
          return new Set(Array.from(range.getClientRects(), (box) => Math.round(box.top))).size;
        });
        expect(lines).toBe(1);
        await close.tap();
      });
    }
  });

  test('on a 320 px phone at 200% text, Help now and quick exit both fit in the bar', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    for (const [path, heading] of [
      ['/', 'Your plan'],
      ['/crisis-plan', 'Crisis plan'],
    ] as const) {
      await open(page, path, heading);
      await reachableHelpNow(page);
      await expect(page.getByRole('button', { name: 'Quick exit' })).toBeInViewport({ ratio: 1 });
      // Nothing sideways to scroll to: the bar and the page fit the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    }
  });

  test('“Saved on this device” appearing does not move Help now', async ({ page }) => {
    await open(page, '/about-me', 'About me');
    const before = await reachableHelpNow(page);
    await page.getByLabel('The name I like to be called').fill('Sam');
    await expect(page.getByText(SAVED, { exact: true })).toBeVisible();
    expectSamePlace(await reachableHelpNow(page), before, 'once saved');
  });
});

test('every help line’s number is written out in Help now, for reading aloud', async ({ page }) => {
  await open(page, '/', 'Your plan');
  await helpNowButton(page).click();
  const dialog = helpNowDialog(page);
  await expect(dialog.getByRole('link', { name: 'Call 999' })).toBeVisible();
  for (const number of LINE_NUMBERS) {
    await expect(dialog.getByText(number, { exact: true }).first()).toBeVisible();
  }
  await expect(dialog.getByRole('link', { name: 'Text SHOUT to 85258' })).toBeVisible();
  expect(await axeViolations(page)).toBe('');
});

test.describe('with no JavaScript', () => {
  test.use({ javaScriptEnabled: false, serviceWorkers: 'block' });

  test('every page offers Help now, and the Help now page has 999 and every UK line', async ({
    page,
  }) => {
    await page.goto('/goals');
    const link = page.getByRole('banner').getByRole('link', { name: 'Help now' });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/help-now$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Help now' })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 2 }).first()).toHaveText(
      'If a life is at risk now',
    );
    await expect(main.getByRole('link').first()).toHaveAccessibleName('Call 999');
    await expect(main.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    for (const nation of ['Across the UK', 'England', 'Wales', 'Scotland', 'Northern Ireland']) {
      await expect(main.getByRole('heading', { level: 3, name: nation })).toBeVisible();
    }
    for (const number of LINE_NUMBERS) {
      await expect(main.getByText(number, { exact: true }).first()).toBeVisible();
    }
    await expect(main.getByRole('link', { name: 'Call Lifeline' })).toHaveAttribute(
      'href',
      'tel:08088088000',
    );
    await expect(main.getByRole('link', { name: 'Text SHOUT to 85258' })).toHaveAttribute(
      'href',
      'sms:85258',
    );
  });
});

test('the static Help now page is built from the same help-line data the app shows', () => {
  const dist = process.env.WAYMARK_DIST ?? 'dist';
  const page = readFileSync(resolve(dist, 'help-now.html'), 'utf8');
  const index = readFileSync(resolve(dist, 'index.html'), 'utf8');
  // The same page where hosts without clean URLs look for /help-now.
  expect(readFileSync(resolve(dist, 'help-now', 'index.html'), 'utf8')).toBe(page);
  for (const number of LINE_NUMBERS) expect(page).toContain(`>${number}<`);
  expect(page).toContain('href="tel:999"');
  // Every page, before its script runs, already has the bar with Help now in it.
  expect(index).toContain('<a class="button help-now-button" href="/help-now">Help now</a>');
});
