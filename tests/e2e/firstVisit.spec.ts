/**
 * A first visit's first screen comes with the page itself (src/app/firstVisit): a person handed
 * Waymark on a slow phone sees Home, or the crisis plan, before any of the app's code has
 * arrived — and nobody who has kept a plan is ever shown an empty one instead of theirs.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import {
  axeViolations,
  changeAboutMe,
  planNav,
  waitForServiceWorkerControl,
  watchErrors,
  writesSettled,
} from './helpers';

const PHONE = { width: 390, height: 844 };
const WELCOME = { name: 'Welcome to Waymark' };
const EMPTY_CRISIS_PLAN = 'There is nothing in your crisis plan yet';

test.use({ viewport: PHONE });

/**
 * Records, from before the page's first script, whether a written first screen was ever put on
 * show, whether the welcome ever vanished once it had been seen, and any layout shift.
 */
async function watchFirstPaint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = { shown: false, welcomeSeen: false, welcomeLost: false, shift: 0 };
    (window as unknown as { firstPaint: typeof seen }).firstPaint = seen;
    // The document itself: its <html> is not there yet when this runs.
    new MutationObserver(() => {
      if (document.documentElement.hasAttribute('data-first-visit')) seen.shown = true;
    }).observe(document, {
      attributes: true,
      subtree: true,
      attributeFilter: ['data-first-visit'],
    });
    const frame = () => {
      const welcome = Array.from(document.querySelectorAll('h2')).some(
        (heading) => heading.textContent === 'Welcome to Waymark' && heading.checkVisibility(),
      );
      if (welcome) seen.welcomeSeen = true;
      else if (seen.welcomeSeen) seen.welcomeLost = true;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        seen.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const firstPaint = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as {
          firstPaint: { shown: boolean; welcomeSeen: boolean; welcomeLost: boolean; shift: number };
        }
      ).firstPaint,
  );

/** Holds back the app's code until `release` is called, as a slow connection would. */
async function holdTheApp(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let released = false;
  await page.route(/\/assets\/index-[\w-]+\.js$/, (route) =>
    released ? route.continue() : void held.push(route),
  );
  return async () => {
    released = true;
    await Promise.all(held.map((route) => route.continue()));
  };
}

test('a first visit shows Home’s welcome before the app’s code arrives, and the app takes it over without a blink', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await watchFirstPaint(page);
  const release = await holdTheApp(page);
  await page.goto('/', { waitUntil: 'commit' });

  // Before any of the app's code: the whole of Home for a fresh device, with Help now.
  await expect(page.getByRole('heading', WELCOME)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start your plan' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Help now' })).toBeVisible();
  await expect(page.getByText('Opening your plan…')).toBeHidden();
  expect(await axeViolations(page)).toBe('');

  await release();
  // The app's own Home: its navigation is there, and its welcome button works.
  await expect(planNav(page).getByRole('link', { name: 'Goals' })).toBeVisible();
  await expect(page.locator('html[data-first-visit]')).toHaveCount(0);
  const seen = await firstPaint(page);
  expect(seen.shown).toBe(true);
  expect(seen.welcomeLost).toBe(false);
  expect(seen.shift).toBeLessThan(0.02);
  await expect(page.getByRole('heading', WELCOME)).toHaveCount(1);
  await expect(page.locator('#root')).toHaveCount(1);
  await page.getByRole('button', { name: 'Got it, let’s start' }).click();
  await expect(page.getByRole('heading', WELCOME)).toBeHidden();
  expect(errors).toEqual([]);
});

test('a first visit to the crisis plan shows it, empty, before the app’s code arrives', async ({
  page,
}) => {
  const release = await holdTheApp(page);
  await page.goto('/crisis-plan', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'Crisis plan' })).toBeVisible();
  await expect(page.getByText(EMPTY_CRISIS_PLAN)).toBeVisible();
  expect(await axeViolations(page)).toBe('');
  await release();
  await page.getByRole('button', { name: 'Edit your crisis plan' }).click();
  await expect(page.getByRole('button', { name: 'Show as others will read it' })).toBeVisible();
});

test('once a plan is kept on a device, its written first screens never show, even before the app’s code arrives', async ({
  page,
}) => {
  await page.goto('/about-me');
  await changeAboutMe(page);
  await writesSettled(page);

  await watchFirstPaint(page);
  for (const path of ['/', '/crisis-plan']) {
    await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(path);
    await expect(page.getByText('Opening your plan…')).toBeVisible();
    await expect(page.getByRole('heading', WELCOME)).toBeHidden();
    await expect(page.getByText(EMPTY_CRISIS_PLAN)).toBeHidden();
    expect((await firstPaint(page)).shown, path).toBe(false);
    await page.unroute(/\/assets\/index-[\w-]+\.js$/);
  }
});

test('a page the service worker serves never shows a written first screen, even when storage has lost its mark', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('heading', WELCOME).click();
  await waitForServiceWorkerControl(page);
  await page.evaluate(() => localStorage.clear());

  await watchFirstPaint(page);
  await page.reload();
  await expect(planNav(page).getByRole('link', { name: 'Goals' })).toBeVisible();
  expect((await firstPaint(page)).shown).toBe(false);
});

test.describe('in another language first', () => {
  test.use({ locale: 'cy' });

  test('the page waits for the app rather than show English first', async ({ page }) => {
    await watchFirstPaint(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect((await firstPaint(page)).shown).toBe(false);
  });
});
