/**
 * axe-core finds no WCAG 2.2 A or AA violations on the screens accessibility.spec.ts does not
 * visit — goals and progress, people and places, check-ins, the staying-well and crisis plans,
 * backups, settings, Help now, sharing and a goal that is not there — empty and with the
 * person's words in them, with dialogs open, in the light and the dark colour scheme.
 */
import { expect, test, type Page } from '@playwright/test';
import { dismissWelcome, goTo, open, SAVED, writesSettled, itemNames } from './helpers';
import {
  addGoal,
  addJournalEntry,
  addPerson,
  addPlace,
  addStep,
  changeGoalDetails,
  checkScreen,
  helpNowButton,
  helpNowDialog,
  peopleList,
} from './planHelpers';

const GOAL = 'Get back on my bike';
const AUNT = { name: 'Aunt Mo', relationship: 'Family', phone: '07700 900123' };

/** Adds an item to a plan section and fills its first text box. */
async function addPlanItem(
  page: Page,
  heading: string,
  button: string,
  label: string,
  text: string,
) {
  const region = page.getByRole('region', { name: heading, exact: true });
  await region.getByRole('button', { name: button, exact: true }).click();
  await region.getByLabel(label).last().fill(text);
  await expect(region.getByRole('group', { name: text })).toBeVisible();
}

async function goalsAndProgress(page: Page): Promise<void> {
  await goTo(page, 'Goals');
  await expect(page.getByText('No goals yet.')).toBeVisible();
  await checkScreen(page, 'Goals, empty');

  await open(page, '/goals/no-such-goal', 'We couldn’t find that goal');
  await checkScreen(page, 'a goal that is not there');

  await addGoal(page, GOAL);
  const first = await addStep(page, 'Pump up the tyres');
  await addStep(page, 'Ride round the block');
  await first.getByRole('button', { name: 'Done changing Pump up the tyres' }).click();
  await first.getByRole('checkbox', { name: 'Pump up the tyres' }).check();
  await expect(first.getByText('That’s a step forward, and you took it.')).toBeVisible();
  await addJournalEntry(page, {
    kind: 'Setback',
    text: 'The chain came off.',
    learned: 'I can fix more than I think.',
    tryNext: 'Ask at the bike shop.',
  });
  await page.getByRole('button', { name: 'Mark as achieved' }).click();
  await expect(page.getByText('Now: Achieved')).toBeVisible();
  const status = page.getByRole('region', { name: 'Where you are with it' });
  await expect(status.getByText('You did it! Take a moment to enjoy it')).toBeVisible();
  await expect(status.getByLabel('How did it feel? (optional)')).toBeVisible();
  // Said once to a screen reader, by the app's one live region.
  await expect(page.getByRole('status').filter({ hasText: 'You did it!' })).toHaveCount(1);
  await checkScreen(page, 'a goal with steps, a journal entry, achieved');

  await page
    .getByRole('form', { name: 'Add to your journal' })
    .getByRole('radio', { name: 'Progress' })
    .check();
  await page.getByRole('button', { name: 'Add to journal' }).click();
  await expect(page.getByText('Write a few words first')).toBeVisible();
  await checkScreen(page, 'a goal, with a journal entry that needs words');

  await goTo(page, 'Goals');
  await expect(page.getByRole('link', { name: `Open “${GOAL}”` })).toBeVisible();
  await checkScreen(page, 'Goals, with a goal');

  await page.getByRole('link', { name: 'See your progress over time' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await page.getByText('Show as a table').click();
  await expect(page.getByRole('table')).toBeVisible();
  await checkScreen(page, 'Your progress, with the table open');
}

async function peopleAndPlaces(page: Page): Promise<void> {
  await goTo(page, 'People and places');
  await addPerson(page, { ...AUNT, wouldLikeThemTo: 'Ring me on Sundays.' });
  await addPlace(page, { name: 'The library', offers: 'Quiet, and free wifi', when: 'Daily' });
  await checkScreen(page, 'People and places, with items');

  // Aunt Mo helps with the goal, so removing her asks first.
  await open(page, '/goals', 'Goals');
  await page.getByRole('link', { name: `Open “${GOAL}”` }).click();
  await changeGoalDetails(page);
  await page
    .getByRole('group', { name: 'Who and what can help' })
    .getByRole('checkbox', { name: AUNT.name })
    .check();
  await expect(page.getByText(SAVED, { exact: true })).toBeVisible();
  await goTo(page, 'People and places');
  await page.getByRole('button', { name: `More for ${AUNT.name}` }).click();
  await page.getByRole('button', { name: `Remove: ${AUNT.name}` }).click();
  const dialog = page.getByRole('alertdialog', { name: `Remove ${AUNT.name}?` });
  await expect(dialog.getByRole('button', { name: 'Keep' })).toBeFocused();
  await checkScreen(page, 'People and places, asking before removing someone in use');
  await dialog.getByRole('button', { name: 'Keep' }).click();
  await expect(dialog).toBeHidden();
  await expect(itemNames(peopleList(page))).toHaveText([AUNT.name]);
}

async function checkIns(page: Page): Promise<void> {
  await goTo(page, 'Check-ins');
  await expect(page.getByRole('button', { name: 'Turn on check-ins' })).toBeVisible();
  await checkScreen(page, 'Check-ins, off');

  await page.getByRole('button', { name: 'Turn on check-ins' }).click();
  await page.getByRole('button', { name: 'Add a part of life' }).click();
  await page
    .getByRole('list', { name: 'Parts of life you check in on' })
    .getByLabel('Part of life', { exact: true })
    .selectOption({ label: 'Physical health' });
  const form = page.getByRole('region', { name: 'How are things now?' });
  for (const score of ['8', '5']) {
    await form.getByRole('radio', { name: score, exact: true }).check();
    await form.getByRole('button', { name: 'Save this check-in' }).click();
    await expect(form.getByText('Thank you for checking in.')).toBeVisible();
  }
  const card = page.getByRole('article', { name: 'Physical health' });
  await expect(card.getByRole('heading', { name: 'What might help?' })).toBeVisible();
  await card.getByText('Show as a table').click();
  await expect(card.getByRole('table')).toBeVisible();
  await form.getByRole('radio', { name: '6', exact: true }).check();
  await checkScreen(page, 'Check-ins, on, with history and a rating under way');
}

async function plans(page: Page): Promise<void> {
  await goTo(page, 'Staying well');
  await checkScreen(page, 'Staying well, empty');
  await addPlanItem(
    page,
    'Things that help me stay well',
    'Add something that helps',
    'Something that helps me',
    'Music',
  );
  await addPlanItem(
    page,
    'Early signs that I’m becoming unwell',
    'Add an early sign',
    'An early sign',
    'I sleep badly',
  );
  const sign = page.getByRole('region', { name: 'Early signs that I’m becoming unwell' });
  await sign.getByRole('button', { name: 'Add an action' }).click();
  await sign.getByLabel('Action 1', { exact: true }).fill('Go to bed at ten');
  await sign.getByRole('checkbox', { name: AUNT.name }).check();
  await sign.getByRole('checkbox', { name: 'Music' }).check();
  await expect(page.getByText(SAVED, { exact: true })).toBeVisible();
  await checkScreen(page, 'Staying well, with items');

  await goTo(page, 'Crisis plan');
  await page.getByRole('button', { name: 'Edit your crisis plan' }).click();
  await addPlanItem(
    page,
    'Signs that I need others to step in',
    'Add a sign',
    'A sign that I need others to step in',
    'I stop eating',
  );
  await addPlanItem(
    page,
    'What does not help me',
    'Add something that does not help',
    'Something that does not help me',
    'Shouting',
  );
  const involved = page.getByRole('region', { name: 'Who I want involved' });
  await involved.getByRole('button', { name: 'Add someone I want involved' }).click();
  await involved.getByLabel('Someone from People and places').selectOption({ label: AUNT.name });
  await involved.getByLabel('What I’d like them to do').fill('Come round.');
  await expect(page.getByText(SAVED, { exact: true })).toBeVisible();
  await checkScreen(page, 'Crisis plan, editing');
  await page.getByRole('button', { name: 'Show as others will read it' }).click();
  await expect(page.getByRole('link', { name: `Call ${AUNT.name}` })).toBeVisible();
  await checkScreen(page, 'Crisis plan, as others will read it');
}

async function dataAndHelp(page: Page): Promise<void> {
  await goTo(page, 'Your data and settings');
  await page.getByLabel('Name', { exact: true }).fill('My care team');
  await page.getByLabel('Phone number').fill('01632 960111');
  await page.getByRole('button', { name: 'Add this line' }).click();
  await expect(page.getByRole('button', { name: 'Remove My care team' })).toBeVisible();
  await expect(page.getByText(/^Space used on this device: /)).toBeVisible();
  await checkScreen(page, 'Your data and settings, with Help now lines');

  await helpNowButton(page).click();
  await expect(helpNowDialog(page).getByRole('link', { name: `Call ${AUNT.name}` })).toBeVisible();
  await checkScreen(page, 'the Help now dialog, open');
  await page.keyboard.press('Escape');
  await expect(helpNowDialog(page)).toBeHidden();

  await open(page, '/help-now', 'Help now');
  await expect(page.getByRole('main').getByRole('link', { name: 'Call 999' })).toBeVisible();
  await checkScreen(page, 'the Help now page');

  await open(page, '/backup', 'Back up and restore');
  await checkScreen(page, 'Back up and restore');

  await goTo(page, 'Share', 'Share your plan');
  await checkScreen(page, 'Share');
}

test("the plan's later screens meet WCAG 2.2 AA, in the light and the dark colour scheme", async ({
  page,
}) => {
  test.setTimeout(120_000); // a dozen screens, each checked in both colour schemes
  await open(page, '/', 'Your plan');
  await dismissWelcome(page);
  await goalsAndProgress(page);
  await peopleAndPlaces(page);
  await checkIns(page);
  await plans(page);
  await writesSettled(page);
  await dataAndHelp(page);
});
