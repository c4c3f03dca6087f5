/**
 * Steps through the later parts of a plan (goals, people and places, staying well, the crisis
 * plan, Help now), done the way a person does them: through the screens, never the database.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolationsInBothSchemes, goTo, item } from './helpers';

export interface PersonInput {
  name: string;
  relationship: string;
  phone: string;
  wouldLikeThemTo?: string;
}

export interface PlaceInput {
  name: string;
  offers: string;
  when?: string;
}

export function peopleList(page: Page): Locator {
  return page.getByRole('list', { name: 'Your people', exact: true });
}

export function placesList(page: Page): Locator {
  return page.getByRole('list', { name: 'Your groups and places', exact: true });
}

export function stepsList(page: Page): Locator {
  return page.getByRole('list', { name: 'Small steps for this goal' });
}

export function journalList(page: Page): Locator {
  return page.getByRole('list', { name: 'Journal entries, newest first' });
}

/** Adds a person on the People and places screen; their name becomes the item's name. */
export async function addPerson(page: Page, person: PersonInput): Promise<Locator> {
  const list = peopleList(page);
  const before = await list.getByRole('listitem').count();
  await page.getByRole('button', { name: 'Add a person' }).click();
  const added = list.getByRole('listitem').nth(before);
  const name = added.getByLabel('Their name');
  await expect(name).toBeFocused();
  await name.fill(person.name);
  await added.getByLabel('Who they are to me', { exact: true }).selectOption({
    label: person.relationship,
  });
  await added.getByLabel('Their phone number').fill(person.phone);
  if (person.wouldLikeThemTo !== undefined) {
    await added.getByLabel('What I’d like them to do').fill(person.wouldLikeThemTo);
  }
  await expect(added.getByRole('group', { name: person.name })).toBeVisible();
  return item(list, person.name);
}

/** Adds a group or place on the People and places screen. */
export async function addPlace(page: Page, place: PlaceInput): Promise<Locator> {
  const list = placesList(page);
  const before = await list.getByRole('listitem').count();
  await page.getByRole('button', { name: 'Add a group or place' }).click();
  const added = list.getByRole('listitem').nth(before);
  const name = added.getByLabel('Its name');
  await expect(name).toBeFocused();
  await name.fill(place.name);
  await added.getByLabel('What it offers me').fill(place.offers);
  if (place.when !== undefined) await added.getByLabel('When it’s on or open').fill(place.when);
  await expect(added.getByRole('group', { name: place.name })).toBeVisible();
  return item(list, place.name);
}

/** Adds a goal from the Goals screen; the goal's own screen opens with its name as heading. */
export async function addGoal(page: Page, title: string): Promise<string> {
  await goTo(page, 'Goals');
  await page.getByRole('button', { name: 'Add a goal' }).click();
  // The goal's name is asked for first; nothing is made until it has one.
  const dialog = page.getByRole('dialog', { name: 'A new goal' });
  const name = dialog.getByLabel('What is your goal?');
  await expect(name).toBeFocused();
  await name.fill(title);
  await dialog.getByRole('button', { name: 'Add this goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Opens the goal's details to change them, as a person does with their Change button. */
export async function changeGoalDetails(page: Page): Promise<void> {
  // Wait for the goal's screen to show its details (read, or already open) before choosing.
  const toggle = page.getByRole('button', {
    name: /^(Change|Done changing) the details of this goal$/,
  });
  await expect(toggle).toBeVisible();
  if ((await toggle.getAttribute('aria-label')) === 'Change the details of this goal') {
    await toggle.click();
  }
  await expect(page.getByLabel('My goal', { exact: true })).toBeVisible();
}

/** Adds a small step on a goal's screen; focus lands in its name. */
export async function addStep(page: Page, title: string): Promise<Locator> {
  const list = stepsList(page);
  const before = await list.getByRole('listitem').count();
  await page.getByRole('button', { name: 'Add a small step' }).click();
  const added = list.getByRole('listitem').nth(before);
  const name = added.getByLabel('Small step');
  await expect(name).toBeFocused();
  await name.fill(title);
  await expect(added.getByRole('group', { name: title })).toBeVisible();
  return item(list, title);
}

export interface JournalInput {
  kind: 'Progress' | 'Setback' | 'Celebration';
  text: string;
  learned?: string;
  tryNext?: string;
}

/** Adds an entry to the goal's journal, dated today (the page's today). */
export async function addJournalEntry(page: Page, entry: JournalInput): Promise<void> {
  const form = page.getByRole('form', { name: 'Add to your journal' });
  await form.getByRole('radio', { name: entry.kind }).check();
  await form.getByLabel('What happened').fill(entry.text);
  if (entry.learned !== undefined) await form.getByLabel('What I learned').fill(entry.learned);
  if (entry.tryNext !== undefined) await form.getByLabel('What I’ll try next').fill(entry.tryNext);
  await form.getByRole('button', { name: 'Add to journal' }).click();
  // The form empties once the entry is kept.
  await expect(form.getByLabel('What happened')).toHaveValue('');
  await expect(journalList(page).getByText(entry.text)).toBeVisible();
}

/** The Help now dialog (its name is its heading, "Help now"). */
export function helpNowDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Help now' });
}

export function helpNowButton(page: Page): Locator {
  return page.getByRole('banner').getByRole('button', { name: 'Help now' });
}

/** "23 November 2026", the way the app writes a day. */
export function longDay(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

/**
 * Runs axe on the page as it is now, in the light and the dark colour scheme, as a named step; a
 * violation fails the test at the end.
 */
export async function checkScreen(page: Page, screen: string): Promise<void> {
  await test.step(`axe: ${screen}`, async () => {
    expect
      .soft(await axeViolationsInBothSchemes(page), `WCAG 2.2 AA violations on ${screen}`)
      .toBe('');
  });
}
