/**
 * Help now is one step from every screen: by keyboard, by touch, offline, and even when a
 * screen has broken. It shows 999 and the help lines always, and the person's own crisis
 * contacts first once their crisis plan names them.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  goTo,
  navMenuButton,
  open,
  SAVED,
  waitForServiceWorkerControl,
  watchErrors,
  writesSettled,
} from './helpers';
import { addPerson, helpNowButton, helpNowDialog } from './planHelpers';

const AUNT = { name: 'Aunt Mo', relationship: 'Family', phone: '07700 900123' };
const JO = { name: 'Jo', relationship: 'Friend', phone: '01632 960000' };
const AUNT_SHOULD = 'Come and stay with me.';

/** What Help now always shows, whoever the person is and whatever else has happened. */
async function expectEmergencyAndLines(dialog: Locator): Promise<void> {
  const emergency = dialog.getByRole('region', { name: 'If a life is at risk now' });
  await expect(emergency.getByRole('link', { name: 'Call 999' })).toHaveAttribute(
    'href',
    'tel:999',
  );
  const lines = dialog.getByRole('region', { name: 'Help lines' });
  await expect(lines.getByRole('link', { name: 'Call Samaritans' })).toHaveAttribute(
    'href',
    'tel:116123',
  );
  await expect(lines.getByText('116 123', { exact: true })).toBeVisible();
  await expect(lines.getByRole('link', { name: 'Text SHOUT to 85258' })).toHaveAttribute(
    'href',
    'sms:85258',
  );
  await expect(
    lines.getByText('Showing lines for all of the UK. You can choose where you live in Settings.'),
  ).toBeVisible();
}

/** The sections of Help now, in the order a person meets them: 999 always first. */
const ORDER = ['If a life is at risk now', 'Your people', 'Your plan', 'Help lines'];
async function expectSectionOrder(dialog: Locator, level = 3): Promise<void> {
  const headings = dialog.getByRole('heading', { level });
  await expect(headings.first()).toHaveText(ORDER[0]!);
  const shown = (await headings.allTextContents()).filter((text) => ORDER.includes(text));
  expect(shown).toEqual(ORDER.filter((text) => shown.includes(text)));
  expect(shown).toEqual(
    expect.arrayContaining(['If a life is at risk now', 'Your people', 'Help lines']),
  );
}

/** Puts Aunt Mo (and Jo) in People and places, and Aunt Mo in the crisis plan's "involved". */
async function addCrisisContact(page: Page): Promise<void> {
  await goTo(page, 'People and places');
  await addPerson(page, JO);
  await addPerson(page, AUNT);
  await goTo(page, 'Crisis plan');
  await page.getByRole('button', { name: 'Edit your crisis plan' }).click();
  const involved = page.getByRole('region', { name: 'Who I want involved' });
  await involved.getByRole('button', { name: 'Add someone I want involved' }).click();
  await involved.getByLabel('Someone from People and places').selectOption({ label: AUNT.name });
  await involved.getByLabel('What I’d like them to do').fill(AUNT_SHOULD);
  await expect(page.getByText(SAVED, { exact: true })).toBeVisible();
  await writesSettled(page);
}

/** Closes Help now with Escape; focus goes back to the button that opened it. */
async function closeWithEscape(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(helpNowDialog(page)).toBeHidden();
  await expect(helpNowButton(page)).toBeFocused();
}

async function focusIsInside(dialog: Locator): Promise<boolean> {
  return dialog.evaluate((element) => element.contains(document.activeElement));
}

test('by keyboard, from three screens: 999 and help lines, then the person’s own contacts first', async ({
  page,
}) => {
  const errors = watchErrors(page);

  await test.step('Home: Tab reaches Help now straight after the skip link; Enter opens it', async () => {
    await open(page, '/', 'Your plan');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(helpNowButton(page)).toBeFocused();
    await expect(helpNowButton(page)).toHaveAttribute('aria-haspopup', 'dialog');
    await page.keyboard.press('Enter');
    const dialog = helpNowDialog(page);
    await expect(dialog).toBeVisible();
    expect(await focusIsInside(dialog)).toBe(true);
    await expectSectionOrder(dialog);
    await expect(
      dialog.getByText('When you add people with phone numbers to your plan'),
    ).toBeVisible();
    await expectEmergencyAndLines(dialog);
    // Modal: the screen behind it cannot be reached while it is open.
    await page.keyboard.press('Tab');
    expect(await focusIsInside(dialog)).toBe(true);
    await closeWithEscape(page);
  });

  await addCrisisContact(page);

  await test.step('Goals: focus and Enter; the crisis plan’s contact comes first', async () => {
    await goTo(page, 'Goals');
    await helpNowButton(page).focus();
    await page.keyboard.press('Enter');
    const dialog = helpNowDialog(page);
    await expect(dialog).toBeVisible();
    await expectSectionOrder(dialog);
    const people = dialog.getByRole('region', { name: 'Your people' });
    await expect(people.getByText('People your crisis plan asks to be involved.')).toBeVisible();
    // Only the person the crisis plan names, not everyone with a phone number.
    await expect(people.getByRole('listitem')).toHaveCount(1);
    await expect(people.getByRole('listitem')).toContainText(AUNT_SHOULD);
    await expect(people.getByRole('link', { name: `Call ${AUNT.name}` })).toHaveAttribute(
      'href',
      'tel:07700900123',
    );
    await expect(people.getByRole('link', { name: `Text ${AUNT.name}` })).toHaveAttribute(
      'href',
      'sms:07700900123',
    );
    // 999 comes first, however many people the plan names; then the person's own contact.
    await expect(dialog.getByRole('link').first()).toHaveAccessibleName('Call 999');
    await expect(dialog.getByRole('link').nth(1)).toHaveAccessibleName(`Call ${AUNT.name}`);
    await expect(people.getByText(AUNT.phone, { exact: true })).toBeVisible();
    await expectEmergencyAndLines(dialog);
    await closeWithEscape(page);
  });

  await test.step('Crisis plan: focus and Space; Close Help now closes it', async () => {
    await goTo(page, 'Crisis plan');
    await helpNowButton(page).focus();
    await page.keyboard.press('Space');
    const dialog = helpNowDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('link', { name: `Call ${AUNT.name}` })).toBeVisible();
    await expectEmergencyAndLines(dialog);
    await dialog.getByRole('button', { name: 'Close Help now' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(helpNowButton(page)).toBeFocused();
    await expect(page.getByRole('heading', { level: 1, name: 'Crisis plan' })).toBeVisible();
  });

  await test.step('a link inside (to Settings) closes it and goes there', async () => {
    await helpNowButton(page).click();
    await helpNowDialog(page).getByRole('link', { name: 'Choose your lines in Settings' }).click();
    await expect(helpNowDialog(page)).toBeHidden();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Your data and settings' }),
    ).toBeVisible();
    await page.getByLabel('Where I live').selectOption({ label: 'Scotland' });
    await helpNowButton(page).click();
    const lines = helpNowDialog(page).getByRole('region', { name: 'Help lines' });
    await expect(lines.getByText('Showing lines for: Scotland.')).toBeVisible();
    await expect(lines.getByRole('link', { name: 'Call NHS 24' })).toBeVisible();
    await expect(lines.getByRole('link', { name: /NHS 111 Wales/ })).toHaveCount(0);
    await expect(helpNowDialog(page).getByRole('link', { name: 'Call 999' })).toBeVisible();
  });

  expect(errors).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('by touch, from three screens', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/', 'Your plan');
    await addCrisisContact(page);
    for (const [link, heading] of [
      ['Your plan', 'Your plan'],
      ['Strengths', 'Strengths'],
      ['Your data and settings', 'Your data and settings'],
    ] as const) {
      await test.step(`${heading}: tap Help now`, async () => {
        // On a phone, places beyond the bar's first few are in its Menu.
        const place = page.getByRole('navigation').getByRole('link', { name: link, exact: true });
        if (!(await place.isVisible())) await navMenuButton(page).tap();
        await place.tap();
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        await helpNowButton(page).tap();
        const dialog = helpNowDialog(page);
        await expect(dialog).toBeVisible();
        await expectSectionOrder(dialog);
        await expect(dialog.getByRole('link', { name: `Call ${AUNT.name}` })).toBeInViewport();
        await expectEmergencyAndLines(dialog);
        // On a narrow screen it fits the width: nothing to scroll sideways to reach.
        const box = await dialog.boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(390);
        await dialog.getByRole('button', { name: 'Close Help now' }).tap();
        await expect(dialog).toBeHidden();
      });
    }
    expect(errors).toEqual([]);
  });
});

test('offline, after a reload: Help now opens with the person’s contacts, 999 and lines', async ({
  page,
  context,
}) => {
  await open(page, '/', 'Your plan');
  await addCrisisContact(page);
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Crisis plan' })).toBeVisible();

  for (const path of ['/', '/goals', '/help-now']) {
    await test.step(`offline: ${path}`, async () => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await helpNowButton(page).click();
      const dialog = helpNowDialog(page);
      await expectSectionOrder(dialog);
      await expect(dialog.getByRole('link', { name: `Call ${AUNT.name}` })).toBeVisible();
      await expectEmergencyAndLines(dialog);
      await closeWithEscape(page);
    });
  }

  await test.step('offline: the Help now page shows the same, as a page', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Help now' })).toBeVisible();
    const main = page.getByRole('main');
    await expectSectionOrder(main, 2);
    await expect(main.getByRole('link', { name: `Call ${AUNT.name}` })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  });
});

test.describe('when a screen is broken', () => {
  // page.route sees only requests the service worker does not answer, so none answers here.
  test.use({ serviceWorkers: 'block' });

  test('the goal screen’s code fails to load: the error shows, and Help now still opens', async ({
    page,
  }) => {
    // Blocked from the start: the app fetches every screen's code soon after it opens.
    const blocked: string[] = [];
    await page.route('**/assets/GoalScreen-*.js', (route) => {
      blocked.push(route.request().url());
      return route.abort();
    });
    await open(page, '/', 'Your plan');
    await addCrisisContact(page);

    await goTo(page, 'Goals');
    // A goal is asked for by its name first; the goal's own screen then fails to load.
    await page.getByRole('button', { name: 'Add a goal' }).click();
    const adding = page.getByRole('dialog', { name: 'A new goal' });
    await adding.getByLabel('What is your goal?').fill('Sleep before midnight');
    await adding.getByRole('button', { name: 'Add this goal' }).click();
    const crash = page.getByRole('alert');
    await expect(
      crash.getByRole('heading', { level: 1, name: 'Something went wrong on this screen' }),
    ).toBeVisible();
    await expect(crash.getByText('What you had already typed has been saved')).toBeVisible();
    expect(blocked.length).toBeGreaterThan(0);
    expect(new URL(page.url()).pathname).toMatch(/^\/goals\/[^/]+$/);

    await helpNowButton(page).click();
    const dialog = helpNowDialog(page);
    await expect(dialog).toBeVisible();
    await expectSectionOrder(dialog);
    await expect(dialog.getByRole('link', { name: `Call ${AUNT.name}` })).toBeVisible();
    await expectEmergencyAndLines(dialog);
    await closeWithEscape(page);

    // The rest of the app still works: another screen opens in place of the broken one.
    await goTo(page, 'Crisis plan');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
