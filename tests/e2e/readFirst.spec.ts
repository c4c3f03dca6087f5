/**
 * Read first, edit on purpose (#14), on a phone: People and places reads as a short summary, and
 * a goal is added by its name first — one abandoned leaves nothing behind.
 */
import { expect, test } from '@playwright/test';
import { dismissWelcome, goTo, open, writesSettled } from './helpers';
import { addPerson, addPlace, checkScreen, peopleList, placesList } from './planHelpers';

test.use({ viewport: { width: 390, height: 844 } });

test('People and places with three people and a place reads in about two phone screens', async ({
  page,
}) => {
  await open(page, '/', 'Your plan');
  await dismissWelcome(page);
  await goTo(page, 'People and places');
  await addPerson(page, {
    name: 'Maya',
    relationship: 'Friend',
    phone: '07700 900123',
    wouldLikeThemTo: 'Ring me on Sundays.',
  });
  await addPerson(page, { name: 'Sam', relationship: 'Family', phone: '0161 496 0000' });
  await addPerson(page, {
    name: 'Dr Patel',
    relationship: 'GP (family doctor)',
    phone: '0161 496 0101',
  });
  await addPlace(page, { name: 'The library', offers: 'Quiet, books and people.' });
  await writesSettled(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'People and places' })).toBeVisible();
  await expect(peopleList(page).getByRole('group', { name: 'Dr Patel' })).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Call Maya' })).toHaveAttribute('href', /^tel:/);
  await expect(placesList(page).getByText('Quiet, books and people.')).toBeVisible();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(844 * 2.3);
  await checkScreen(page, 'People and places, read first');

  await page.getByRole('button', { name: 'Change Sam' }).click();
  await expect(peopleList(page).getByLabel('Their name')).toHaveValue('Sam');
  await checkScreen(page, 'People and places, changing one person');
});

test('a new goal asks for its name first, and one abandoned leaves nothing behind', async ({
  page,
}) => {
  await open(page, '/', 'Your plan');
  await dismissWelcome(page);
  await goTo(page, 'Goals');
  await page.getByRole('button', { name: 'Add a goal' }).click();
  const dialog = page.getByRole('dialog', { name: 'A new goal' });
  await expect(dialog.getByLabel('What is your goal?')).toBeFocused();
  await dialog.getByLabel('What is your goal?').fill('Something half thought');
  await checkScreen(page, 'Add a goal');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('No goals yet.')).toBeVisible();

  // Leaving the screen with the dialog open leaves nothing either.
  await page.getByRole('button', { name: 'Add a goal' }).click();
  await dialog.getByLabel('What is your goal?').fill('Another half thought');
  await page.goto('/goals');
  await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
  await expect(page.getByText('No goals yet.')).toBeVisible();
  await expect(page.getByText('A goal with no name yet')).toHaveCount(0);

  await page.getByRole('button', { name: 'Add a goal' }).click();
  await dialog.getByLabel('What is your goal?').fill('Swim again');
  await dialog.getByRole('button', { name: 'Add this goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Swim again' })).toBeVisible();
  await expect(page.getByRole('button').first()).not.toHaveText('Mark as achieved');
  await checkScreen(page, 'a new goal, read first');
});
