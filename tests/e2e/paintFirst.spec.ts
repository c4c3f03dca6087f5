/**
 * Pages that hold something whole of their own — a first visit's Home or crisis plan, Help now —
 * paint it before asking for the app's code, so that code does not take a slow line's bandwidth
 * from the first paint (src/app/appAfterPaint.ts); a shared plan's page, with nothing of its own
 * to show, asks for it at once. Either way the app arrives and takes over.
 */
import { expect, test, type Page } from '@playwright/test';
import { ORIGIN, watchErrors } from './helpers';

/** When the page first painted, and when it asked for the app's module (its own clock). */
async function paintAndAppTimes(page: Page): Promise<{ paint: number; app: number }> {
  const app = await page.evaluate(
    () =>
      document.querySelector('script[data-app]')?.getAttribute('data-app') ??
      document.querySelector('script[type=module]')?.getAttribute('src'),
  );
  expect(app, 'the page names the app’s module').toBeTruthy();
  const times = () =>
    page.evaluate((src) => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      const request = performance
        .getEntriesByType('resource')
        .find((entry) => new URL(entry.name).pathname === src);
      return paint === undefined || request === undefined
        ? null
        : { paint, app: request.startTime };
    }, app);
  await expect.poll(times).not.toBeNull();
  return (await times())!;
}

/** Loads `path` and checks it painted before asking for the app's code, which then took over. */
async function paintsFirst(page: Page, path: string, heading: string): Promise<void> {
  const errors = watchErrors(page);
  await page.goto(path);
  const { paint, app } = await paintAndAppTimes(page);
  expect(app).toBeGreaterThanOrEqual(paint);
  await expect(page.locator('script[type=module]')).toHaveCount(1);
  // The app's own screen, with no first-visit screen left on show.
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.locator('html[data-first-visit]')).toHaveCount(0);
  expect(errors).toEqual([]);
}

test('a first visit’s Home paints before it asks for the app’s code, and the app still takes over', async ({
  page,
}) => {
  await paintsFirst(page, '/', 'Your plan');
});

test('a first visit’s crisis plan paints before it asks for the app’s code, and the app still takes over', async ({
  page,
}) => {
  await paintsFirst(page, '/crisis-plan', 'Crisis plan');
});

test('Help now paints before it asks for the app’s code, and the app still takes over', async ({
  page,
}) => {
  await paintsFirst(page, '/help-now', 'Help now');
});

test('a shared plan’s page asks for the app’s code at once', async ({ page, request }) => {
  const html = await (await request.get(`${ORIGIN}/view`)).text();
  expect(html).toMatch(/<script type="module"[^>]*src="\/assets\/index-/);
  expect(html).not.toContain('data-app=');
  for (const other of ['/', '/crisis-plan', '/help-now']) {
    const page = await (await request.get(`${ORIGIN}${other}`)).text();
    expect(page, other).not.toContain('type="module"');
  }
  await page.goto('/view');
  const { paint, app } = await paintAndAppTimes(page);
  expect(app).toBeLessThan(paint);
});

test('any other address asks for the app’s code before its first paint', async ({ page }) => {
  await page.goto('/goals');
  const { paint, app } = await paintAndAppTimes(page);
  expect(app).toBeLessThan(paint);
  await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
});
