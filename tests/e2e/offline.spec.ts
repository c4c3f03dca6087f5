/**
 * Promise 11: works fully offline. Once the service worker has taken over, the network is cut:
 * every screen still opens (their code is precached) and what the person writes is still kept.
 */
import { expect, test } from '@playwright/test';
import {
  addStrength,
  goTo,
  changeAboutMe,
  changeItem,
  open,
  visitEveryScreen,
  SAVED,
  strengthsList,
  waitForServiceWorkerControl,
  watchErrors,
  writesSettled,
} from './helpers';

test('offline: every screen opens and edits are kept across offline reloads', async ({
  page,
  context,
}) => {
  await open(page, '/', 'Your plan');
  await waitForServiceWorkerControl(page);
  const errors = watchErrors(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your plan' })).toBeVisible();

  await test.step('the network really is gone', async () => {
    // In a page of its own, whose console may rightly complain about the failed fetch.
    const probe = await context.newPage();
    await probe.goto('/settings');
    await expect(probe.getByRole('heading', { level: 1 })).toBeVisible();
    const reached = await probe.evaluate(() =>
      fetch(`/not-precached-${Date.now()}.txt`, { cache: 'no-store' }).then(
        () => true,
        () => false,
      ),
    );
    expect(reached).toBe(false);
    await probe.close();
  });

  await test.step('every screen in the navigation opens', async () => {
    await visitEveryScreen(page);
    await goTo(page, 'Goals');
    await page.getByRole('link', { name: 'See your progress over time' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  });

  await test.step('edits save while offline', async () => {
    await goTo(page, 'About me');
    await changeAboutMe(page);
    await page.getByLabel('The name I like to be called').fill('Robin');
    await expect(page.getByText(SAVED)).toBeVisible();
    await goTo(page, 'Strengths');
    await addStrength(page, {
      title: 'Cooking for friends',
      kind: 'A skill',
      howItHelps: 'It gets me out of my head.',
    });
  });

  await writesSettled(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Strengths' })).toBeVisible();

  await test.step('and survive an offline reload', async () => {
    const cooking = await changeItem(strengthsList(page), 'Cooking for friends');
    await expect(cooking.getByLabel('How it helps me')).toHaveValue('It gets me out of my head.');
    await goTo(page, 'About me');
    await changeAboutMe(page);
    await expect(page.getByLabel('The name I like to be called')).toHaveValue('Robin');
    await goTo(page, 'Your plan');
    await expect(page.getByRole('heading', { level: 2, name: 'Hello, Robin' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Strengths' }).getByRole('listitem')).toHaveText([
      'Cooking for friends',
    ]);
  });

  await test.step('a deep link opens offline too', async () => {
    await page.goto('/hopes');
    await expect(page.getByRole('heading', { level: 1, name: 'Hopes and dreams' })).toBeVisible();
  });

  expect(errors).toEqual([]);
});

test('offline: the offline copy is fetched a few files at a time, never more than six', async ({
  page,
  context,
}) => {
  // Each of the service worker's requests is held a moment, as a phone's network would: one at a
  // time (Workbox's own way) took 24 s at 100 ms a round trip; too many at once and Chromium runs
  // out of request slots (workbox#2528).
  let inFlight = 0;
  let most = 0;
  let copied = 0;
  await context.route('**/*', async (route) => {
    if (!route.request().serviceWorker()) return route.continue();
    inFlight += 1;
    most = Math.max(most, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 50));
    inFlight -= 1;
    copied += 1;
    return route.continue();
  });
  await open(page, '/crisis-plan', 'Crisis plan');
  await waitForServiceWorkerControl(page);

  expect(copied, 'the whole app was copied through the held requests').toBeGreaterThan(100);
  expect(most, 'files fetched at once').toBeGreaterThan(1);
  expect(most, 'files fetched at once').toBeLessThanOrEqual(6);

  await context.setOffline(true);
  await page.goto('/help-now');
  await expect(page.getByRole('heading', { level: 1, name: 'Help now' })).toBeVisible();
  await page.goto('/crisis-plan');
  await expect(page.getByRole('heading', { level: 1, name: 'Crisis plan' })).toBeVisible();
});
