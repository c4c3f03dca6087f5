/**
 * axe-core finds no WCAG 2.2 A or AA violations on any screen, with and without the person's
 * words in it, in the light and the dark colour scheme.
 */
import { expect, test } from '@playwright/test';
import { addHope, addStrength, dismissWelcome, goTo, open, SAVED } from './helpers';
import { checkScreen } from './planHelpers';

test('every screen meets WCAG 2.2 AA, in the light and the dark colour scheme', async ({
  page,
}) => {
  await open(page, '/', 'Your plan');
  await expect(page.getByRole('region', { name: 'Welcome to Waymark' })).toBeVisible();

  await checkScreen(page, 'Home, with the welcome');
  await dismissWelcome(page);
  await checkScreen(page, 'Home, empty');

  await goTo(page, 'About me');
  await page.getByLabel('The name I like to be called').fill('Ash');
  await page.getByLabel('What recovery means to me').fill('Feeling like myself again.');
  await expect(page.getByText(SAVED)).toBeVisible();
  await checkScreen(page, 'About me');

  await goTo(page, 'Strengths');
  await checkScreen(page, 'Strengths, empty');
  await addStrength(page, {
    title: 'Stubborn in a good way',
    kind: 'In my own words',
    howItHelps: 'I keep going.',
  });
  await page.getByLabel('Kind, in my own words').fill('Grit');
  await addStrength(page, { title: 'My sister', kind: 'A person', howItHelps: 'She gets it.' });
  await checkScreen(page, 'Strengths, with two');

  await goTo(page, 'Hopes and dreams');
  await addHope(page, { title: 'A garden of my own', area: 'Home' });
  await addHope(page, { title: 'Sing in a choir', area: 'In my own words', ownArea: 'Joy' });
  await checkScreen(page, 'Hopes and dreams, with two');
  await page.getByRole('button', { name: 'More for A garden of my own' }).click();
  await checkScreen(page, 'Hopes and dreams, with a hope’s menu open');
  await page.getByRole('button', { name: 'Remove: A garden of my own' }).click();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeFocused();
  await checkScreen(page, 'Hopes and dreams, offering Undo');

  await goTo(page, 'Your data and settings');
  await expect(page.getByText(/^Space used on this device: /)).toBeVisible();
  await checkScreen(page, 'Your data and settings');

  await goTo(page, 'Your plan');
  await expect(page.getByRole('heading', { level: 2, name: 'Hello, Ash' })).toBeVisible();
  await checkScreen(page, 'Home, with a plan');

  await open(page, '/no-such-page', 'We couldn’t find that page');
  await checkScreen(page, 'a page that does not exist');
});
