/**
 * A goal over several weeks, with the page's clock moved on between visits as real days pass:
 * small steps achieved on different days (and in different months), a setback and a
 * celebration in the journal, Home's "What's next", and the progress chart and table. Everything
 * is still there after a reload, and offline once the service worker has taken over. Then people
 * and places (one of them linked to a goal), and check-ins with their chart.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  dismissWelcome,
  goTo,
  changeItem,
  item,
  open,
  waitForServiceWorkerControl,
  watchErrors,
  writesSettled,
  itemNames,
} from './helpers';
import {
  addGoal,
  addJournalEntry,
  addPerson,
  addPlace,
  addStep,
  journalList,
  peopleList,
  placesList,
  stepsList,
  changeGoalDetails,
} from './planHelpers';

test.use({ timezoneId: 'Europe/London' });

const GOAL = 'Swim a length of the pool';
const WHY = 'I used to love the water, and I want that back.';
const STEPS = ['Find my swimming things', 'Go to the pool and just sit', 'Get in the shallow end'];
const SETBACK = {
  kind: 'Setback',
  text: 'The pool was too busy and I went home.',
  learned: 'Saturday mornings are packed.',
  tryNext: 'Go on a weekday evening.',
} as const;
const CELEBRATION = {
  kind: 'Celebration',
  text: 'I sat by the pool for twenty minutes!',
} as const;
const AUNT = { name: 'Aunt Mo', relationship: 'Family', phone: '07700 900123' };
const JO = { name: 'Jo', relationship: 'Friend', phone: '+44 1632 960000' };
const PLACE = {
  name: 'Tuesday walking group',
  offers: 'A chat and fresh air',
  when: 'Tuesdays, 10 till 12',
};

/** Days in the person's life: each is a fresh visit, so the app reads the new date. */
const FIRST_DAY = new Date('2026-03-20T09:30:00');
const STEP_ONE_DAY = new Date('2026-03-25T18:00:00');
const SETBACK_DAY = new Date('2026-03-28T11:00:00');
const STEP_TWO_DAY = new Date('2026-04-08T19:15:00');

/** The person comes back on another day: the clock moves on and the page opens afresh. */
async function anotherDay(page: Page, when: Date, path: string, heading: string) {
  await writesSettled(page);
  await page.clock.setSystemTime(when);
  await open(page, path, heading);
}

test('a goal over weeks: steps on different days, a journal, What’s next and progress; kept offline', async ({
  page,
  context,
}) => {
  const errors = watchErrors(page);
  await page.clock.install({ time: FIRST_DAY });
  await open(page, '/', 'Your plan');
  await dismissWelcome(page);

  let goalPath = '';
  await test.step('create a goal with three small steps', async () => {
    goalPath = await addGoal(page, GOAL);
    expect(goalPath).toMatch(/^\/goals\/[^/]+$/);
    await changeGoalDetails(page);
    await page.getByLabel('Why it matters to me').fill(WHY);
    await expect(page.getByText('No small steps yet. What is one small thing')).toBeVisible();
    for (const step of STEPS) await addStep(page, step);
    await expect(itemNames(stepsList(page))).toHaveText(STEPS);
    await expect(page.getByText('0 of 3 small steps achieved')).toBeVisible();
  });

  await test.step('five days later: the first step is achieved', async () => {
    await anotherDay(page, STEP_ONE_DAY, goalPath, GOAL);
    const first = item(stepsList(page), STEPS[0]!);
    await first.getByRole('checkbox', { name: STEPS[0]! }).check();
    await expect(first.getByText('That’s a step forward, and you took it.')).toBeVisible();
    await expect(first.getByText('Achieved on 25 March 2026')).toBeVisible();
    await first.getByLabel('How did it feel? (optional)').fill('Like a start.');
    await expect(page.getByText('1 of 3 small steps achieved')).toBeVisible();
  });

  await test.step('a setback, logged as learning', async () => {
    await anotherDay(page, SETBACK_DAY, goalPath, GOAL);
    const form = page.getByRole('form', { name: 'Add to your journal' });
    // The day to date it is today, and no later.
    await expect(form.getByLabel('When')).toHaveValue('2026-03-28');
    await expect(form.getByLabel('When')).toHaveAttribute('max', '2026-03-28');
    await expect(form.getByLabel('What I learned')).toHaveCount(0);
    await addJournalEntry(page, SETBACK);
    // The kind goes back to "Progress", and the setback's own fields with it.
    await expect(form.getByRole('radio', { name: 'Progress' })).toBeChecked();
    await expect(form.getByLabel('What I learned')).toHaveCount(0);
  });

  await test.step('two weeks on, in April: the second step, and a celebration', async () => {
    await anotherDay(page, STEP_TWO_DAY, goalPath, GOAL);
    const second = item(stepsList(page), STEPS[1]!);
    await second.getByRole('checkbox', { name: STEPS[1]! }).check();
    await expect(second.getByText('Achieved on 8 April 2026')).toBeVisible();
    await expect(
      item(stepsList(page), STEPS[0]!).getByText('Achieved on 25 March 2026'),
    ).toBeVisible();
    await expect(
      item(stepsList(page), STEPS[2]!).getByRole('checkbox', { name: STEPS[2]! }),
    ).not.toBeChecked();
    await expect(page.getByText('2 of 3 small steps achieved')).toBeVisible();
    await addJournalEntry(page, CELEBRATION);
  });

  const checkGoal = async () => {
    await expect(page.getByRole('heading', { level: 1, name: GOAL })).toBeVisible();
    await expect(page.getByText(WHY)).toBeVisible();
    await expect(itemNames(stepsList(page))).toHaveText(STEPS);
    await expect(page.getByText('2 of 3 small steps achieved')).toBeVisible();
    const first = item(stepsList(page), STEPS[0]!);
    await expect(first.getByRole('checkbox', { name: STEPS[0]! })).toBeChecked();
    await expect(first.getByText('Achieved on 25 March 2026')).toBeVisible();
    // The step reads first: how it felt, in the person's words.
    await expect(first).toContainText('How it felt: Like a start.');
    await expect(
      item(stepsList(page), STEPS[1]!).getByText('Achieved on 8 April 2026'),
    ).toBeVisible();
    // Newest first, each dated the day it was written.
    const entries = journalList(page).getByRole('listitem');
    await expect(entries.getByRole('heading', { level: 3 })).toHaveText([
      'Celebration — 8 April 2026',
      'Setback — 28 March 2026',
    ]);
    await expect(entries.nth(0)).toContainText(CELEBRATION.text);
    await expect(entries.nth(1)).toContainText(SETBACK.text);
    await expect(entries.nth(1)).toContainText(`What I learned: ${SETBACK.learned}`);
    await expect(entries.nth(1)).toContainText(`What I’ll try next: ${SETBACK.tryNext}`);
  };

  const checkHome = async () => {
    const next = page.getByRole('region', { name: 'What’s next' });
    await expect(next.locator('.next-list__step')).toHaveText([`Next small step: ${STEPS[2]}`]);
    await expect(next.getByRole('link', { name: `For your goal “${GOAL}”` })).toHaveAttribute(
      'href',
      goalPath,
    );
    await expect(
      next.getByRole('heading', { level: 3, name: 'Recent achievements' }),
    ).toBeVisible();
    await expect(next.locator('.summary-list').first().getByRole('listitem')).toHaveText([
      `${STEPS[1]} (a step towards “${GOAL}”) (8 April 2026)`,
      `${STEPS[0]} (a step towards “${GOAL}”) (25 March 2026)`,
    ]);
  };

  await test.step('Home: what’s next is the third step; the two achieved are recent', async () => {
    await writesSettled(page);
    await goTo(page, 'Your plan');
    await checkHome();
  });

  const checkProgress = async () => {
    const chart = page.getByRole('region', { name: 'Steps and goals achieved each month' });
    await expect(chart.getByRole('img')).toHaveAccessibleName(
      '2 steps and goals achieved between March 2026 and April 2026.',
    );
    await chart.getByText('Show as a table').click();
    const table = chart.getByRole('table', { name: 'Steps and goals achieved each month' });
    await expect(table.getByRole('columnheader')).toHaveText(['Month', 'Small steps', 'Goals']);
    await expect(table.getByRole('rowheader')).toHaveText(['March 2026', 'April 2026']);
    await expect(table.getByRole('row', { name: /March 2026/ }).getByRole('cell')).toHaveText([
      '1',
      '0',
    ]);
    await expect(table.getByRole('row', { name: /April 2026/ }).getByRole('cell')).toHaveText([
      '1',
      '0',
    ]);
  };

  await test.step('Your progress: a chart and a table over two months', async () => {
    await goTo(page, 'Goals');
    const goals = page.getByRole('list', { name: 'Your goals' });
    await expect(goals.getByRole('link', { name: `Open “${GOAL}”` })).toBeVisible();
    await expect(goals.getByText('2 of 3 small steps achieved')).toBeVisible();
    await page.getByRole('link', { name: 'See your progress over time' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
    await checkProgress();
    // Filtered to a part of life the goal is not in, nothing shows.
    await page.getByLabel('Part of life').selectOption({ label: 'Money' });
    await expect(page.getByText('Nothing marked as achieved yet.')).toBeVisible();
  });

  await test.step('after a reload, all of it is still there', async () => {
    await writesSettled(page);
    await open(page, goalPath, GOAL);
    await checkGoal();
    await open(page, '/goals/progress', 'Your progress');
    await checkProgress();
  });

  await test.step('offline, after a reload: the goal, steps and journal are there', async () => {
    await open(page, goalPath, GOAL);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await page.reload();
    await checkGoal();
  });

  await test.step('offline: a new small step still saves, and survives a reload', async () => {
    await addStep(page, 'Buy new goggles');
    await expect(page.getByText('2 of 4 small steps achieved')).toBeVisible();
    await writesSettled(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: GOAL })).toBeVisible();
    await expect(itemNames(stepsList(page))).toHaveText([...STEPS, 'Buy new goggles']);
    await goTo(page, 'Your plan');
    await checkHome();
  });

  expect(errors).toEqual([]);
});

test('people and places: two people and a place, one of them helping with a goal', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await open(page, '/people', 'People and places');
  await expect(page.getByText('No one written down yet.')).toBeVisible();

  await test.step('add two people with phone numbers, and a place', async () => {
    const aunt = await addPerson(page, AUNT);
    const jo = await addPerson(page, JO);
    await addPlace(page, PLACE);
    await expect(itemNames(peopleList(page))).toHaveText([AUNT.name, JO.name]);
    await expect(itemNames(placesList(page))).toHaveText([PLACE.name]);
    // Each person with a number can be called straight from here.
    await expect(aunt.getByRole('link', { name: 'Call Aunt Mo' })).toHaveAttribute(
      'href',
      'tel:07700900123',
    );
    await expect(jo.getByRole('link', { name: 'Call Jo' })).toHaveAttribute(
      'href',
      'tel:+441632960000',
    );
  });

  let goalPath = '';
  await test.step('a goal names Aunt Mo under “Who and what can help”', async () => {
    goalPath = await addGoal(page, GOAL);
    await changeGoalDetails(page);
    const helpers = page.getByRole('group', { name: 'Who and what can help' });
    await expect(helpers.getByRole('checkbox')).toHaveCount(3);
    await expect(helpers.locator('label')).toHaveText([AUNT.name, JO.name, PLACE.name]);
    await helpers.getByRole('checkbox', { name: AUNT.name }).check();
    await expect(helpers.getByRole('checkbox', { name: AUNT.name })).toBeChecked();
  });

  await test.step('after a reload, the goal still names Aunt Mo, and only her', async () => {
    await writesSettled(page);
    await open(page, goalPath, GOAL);
    // The details read first: Aunt Mo, and only her, under who can help.
    const details = page.getByRole('region', { name: 'About this goal' });
    await expect(details.getByRole('listitem')).toHaveText([AUNT.name]);
    await changeGoalDetails(page);
    const helpers = page.getByRole('group', { name: 'Who and what can help' });
    await expect(helpers.getByRole('checkbox', { name: AUNT.name })).toBeChecked();
    await expect(helpers.getByRole('checkbox', { name: JO.name })).not.toBeChecked();
    await expect(helpers.getByRole('checkbox', { name: PLACE.name })).not.toBeChecked();
  });

  await test.step('two quick ticks in a row are both kept', async () => {
    // As fast as a double tap on a slow phone: the second comes before the first is saved.
    const helpers = page.getByRole('group', { name: 'Who and what can help' });
    const shown = await helpers.evaluate(
      async (group, names) => {
        const box = (name: string) =>
          Array.from(group.querySelectorAll('label'))
            .find((label) => label.textContent === name)!
            .querySelector('input')!;
        box(names[0]!).click();
        await new Promise((resolve) => setTimeout(resolve, 5));
        box(names[1]!).click();
        return names.map((name) => box(name).checked);
      },
      [JO.name, PLACE.name],
    );
    expect(shown, 'each tick shows at once').toEqual([true, true]);
    await writesSettled(page);
    await open(page, goalPath, GOAL);
    await changeGoalDetails(page);
    for (const name of [AUNT.name, JO.name, PLACE.name]) {
      await expect(helpers.getByRole('checkbox', { name })).toBeChecked();
    }
  });

  await test.step('and People and places kept everyone, with their details', async () => {
    await goTo(page, 'People and places');
    const aunt = await changeItem(peopleList(page), AUNT.name);
    await expect(aunt.getByLabel('Their phone number')).toHaveValue(AUNT.phone);
    await expect(aunt.getByLabel('Who they are to me', { exact: true })).toHaveValue('family');
    const place = await changeItem(placesList(page), PLACE.name);
    await expect(place.getByLabel('What it offers me')).toHaveValue(PLACE.offers);
    await expect(place.getByLabel('When it’s on or open')).toHaveValue(PLACE.when);
  });

  await test.step('removing Aunt Mo asks first, because the goal names her; Keep keeps her', async () => {
    await page.getByRole('button', { name: `More for ${AUNT.name}` }).click();
    await page.getByRole('button', { name: `Remove: ${AUNT.name}` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Remove ${AUNT.name}?` });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Aunt Mo is named in one of your goals:');
    await expect(dialog.getByRole('listitem')).toHaveText([GOAL]);
    await expect(dialog.getByRole('button', { name: 'Keep' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Keep' }).click();
    await expect(dialog).toBeHidden();
    await expect(itemNames(peopleList(page))).toHaveText([AUNT.name, JO.name]);
  });

  expect(errors).toEqual([]);
});

test('check-ins: turned on, a part of life chosen and rated on two days, with its chart', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.clock.install({ time: new Date('2026-11-02T10:00:00') });
  await open(page, '/check-ins', 'Check-ins');

  await test.step('off until the person turns them on', async () => {
    await expect(page.getByRole('heading', { level: 2, name: 'How check-ins work' })).toBeVisible();
    await page.getByRole('button', { name: 'Turn on check-ins' }).click();
    const areas = page.getByRole('heading', { level: 2, name: 'Parts of life that matter to you' });
    await expect(areas).toBeFocused();
    await expect(
      page.getByText('Choose a part of life above, then you can check in here.'),
    ).toBeVisible();
  });

  await test.step('choose a part of life', async () => {
    await page.getByRole('button', { name: 'Add a part of life' }).click();
    const choose = page
      .getByRole('list', { name: 'Parts of life you check in on' })
      .getByLabel('Part of life', { exact: true });
    await expect(choose).toBeFocused();
    await choose.selectOption({ label: 'Mental wellbeing' });
  });

  const form = page.getByRole('region', { name: 'How are things now?' });
  await test.step('rate it, with a note', async () => {
    const rating = form.getByRole('group', { name: 'Mental wellbeing' });
    await expect(rating.getByRole('radio')).toHaveCount(10);
    await rating.getByRole('radio', { name: '7', exact: true }).check();
    await rating.getByLabel('A note about Mental wellbeing (optional)').fill('A good week.');
    await form.getByRole('button', { name: 'Save this check-in' }).click();
    await expect(
      form.getByText('Thank you for checking in. It is saved on this device.'),
    ).toBeVisible();
  });

  const card = page.getByRole('article', { name: 'Mental wellbeing' });
  await test.step('the chart shows it', async () => {
    await expect(card.getByText('Latest: 7 out of 10, on 2 November 2026.')).toBeVisible();
    await expect(card.getByRole('img')).toHaveAccessibleName(
      'Mental wellbeing: one check-in, on 2 November 2026. You picked 7 out of 10.',
    );
  });

  await test.step('a week later, a lower number: the chart follows, and offers ideas', async () => {
    await writesSettled(page);
    await page.clock.setSystemTime(new Date('2026-11-09T20:00:00'));
    await open(page, '/check-ins', 'Check-ins');
    await form
      .getByRole('group', { name: 'Mental wellbeing' })
      .getByRole('radio', { name: '4', exact: true })
      .check();
    await form.getByRole('button', { name: 'Save this check-in' }).click();
    await expect(form.getByText('Thank you for checking in.')).toBeVisible();
    await expect(card.getByRole('img')).toHaveAccessibleName(
      'Mental wellbeing: 2 check-ins from 2 November 2026 to 9 November 2026. Your numbers were between 4 and 7 out of 10. The latest is 4.',
    );
    await expect(card.locator('circle')).toHaveCount(2);
    await expect(card.getByRole('heading', { name: 'What might help?' })).toBeVisible();
    await expect(card.getByRole('link', { name: 'Look at your strengths' })).toBeVisible();
  });

  await test.step('after a reload, the table holds both, with the note', async () => {
    await writesSettled(page);
    await page.reload();
    await card.getByText('Show as a table').click();
    const table = card.getByRole('table', { name: 'Your check-ins for Mental wellbeing' });
    await expect(table.getByRole('rowheader')).toHaveText([
      /^2 November 2026 at 10:0\d$/,
      /^9 November 2026 at 20:0\d$/,
    ]);
    await expect(table.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('7');
    await expect(table.getByRole('row').nth(1)).toContainText('A good week.');
    await expect(table.getByRole('row').nth(2).getByRole('cell').first()).toHaveText('4');
  });

  expect(errors).toEqual([]);
});
