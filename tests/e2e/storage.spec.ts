/**
 * Promise 4, in a real browser: after the first thing is saved, Waymark has asked the browser to
 * keep the plan, and Settings says what the browser answered and how much space the plan uses.
 */
import { expect, test } from '@playwright/test';
import { core, goTo, open, SAVED } from './helpers';

const { persistGranted, persistDenied, persistNotAsked, persistUnknown } = core.settings;

test('Settings shows whether the plan will be kept, and the space it uses', async ({ page }) => {
  await open(page, '/settings', 'Your data and settings');
  const keeping = page.getByRole('heading', { name: 'Keeping your plan safe' });
  await expect(keeping).toBeVisible();
  const answer = page.getByText(
    new RegExp(
      `^(${[persistGranted, persistDenied, persistNotAsked, persistUnknown]
        .map((text) => text!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|')})$`,
    ),
  );
  // Nothing saved yet: Waymark has not asked, unless the browser already keeps the storage.
  await expect(answer).toBeVisible();
  await expect(page.getByText(persistDenied!)).toHaveCount(0);

  await goTo(page, 'About me');
  await page.getByLabel('What matters most to me').fill('My dog, Biscuit.');
  await expect(page.getByText(SAVED)).toBeVisible();

  await goTo(page, 'Your data and settings');
  await expect(answer).toBeVisible();
  // Once something is saved Waymark has asked, so "will ask after you first save" is gone.
  await expect(page.getByText(persistNotAsked!)).toHaveCount(0);
  await expect(page.getByText(/^Space used on this device: \d[\d.,]*\s?\S+\.$/)).toBeVisible();
});
