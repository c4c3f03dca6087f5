/**
 * The staying-well plan and the crisis plan, written through their screens: a toolbox item, a
 * trigger with what I'll do, who and which tool helps; the crisis plan's signs, what helps and
 * what does not, who I want involved (and what they should do) and who I do not. After a reload
 * all of it is there, and the crisis plan's read view puts the most urgent parts first, with
 * tap-to-call links for the people it asks to be involved.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  changeItem,
  goTo,
  item,
  itemNames,
  open,
  SAVED,
  watchErrors,
  writesSettled,
} from './helpers';
import { addPerson } from './planHelpers';

const AUNT = {
  name: 'Aunt Mo',
  relationship: 'Family',
  phone: '07700 900123',
};
const JO = { name: 'Jo', relationship: 'Friend', phone: '01632 960000' };
const TOOL = { text: 'A walk by the canal', detail: 'It clears my head.' };
const TRIGGER = {
  text: 'Money worries',
  actions: ['Open the post with Jo', 'Ring the debt advice line'],
} as const;
const STEP_IN = 'I stop eating';
const HELPS = 'Speak slowly and calmly';
const DOES_NOT_HELP = 'Lots of questions at once';
const AUNT_SHOULD = 'Come and stay, and feed the cat.';
const JO_SHOULD = 'Ring my work and tell them I am off sick.';
const NOT_INVOLVED = { who: 'My cousin Dave', why: 'He makes decisions for me without asking.' };
const OVER = 'I start cooking again.';

/** A section of a plan's edit view: its region, named by its heading. */
function section(page: Page, heading: string): Locator {
  return page.getByRole('region', { name: heading, exact: true });
}

/** Adds an item to a section with its button; focus lands in the item's first field. */
async function addItem(page: Page, heading: string, button: string): Promise<Locator> {
  const list = section(page, heading).getByRole('list', { name: heading, exact: true });
  const before = await list.getByRole('listitem').count();
  await section(page, heading).getByRole('button', { name: button, exact: true }).click();
  const added = list.getByRole('listitem').nth(before);
  await expect(added.locator(':focus')).toHaveCount(1);
  return added;
}

test('the staying-well and crisis plans are kept, and the crisis plan reads most urgent first', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await open(page, '/about-me', 'About me');
  await page.getByLabel('The name I like to be called').fill('Sam');
  await expect(page.getByText(SAVED, { exact: true })).toBeVisible();

  await test.step('People and places: two people with phone numbers', async () => {
    await goTo(page, 'People and places');
    await addPerson(page, AUNT);
    await addPerson(page, JO);
  });

  await test.step('Staying well: a toolbox item', async () => {
    await goTo(page, 'Staying well');
    const tool = await addItem(page, 'Things that help me stay well', 'Add something that helps');
    await tool.getByLabel('Something that helps me').fill(TOOL.text);
    await tool.getByLabel('How it helps me').fill(TOOL.detail);
    await expect(tool.getByRole('group', { name: TOOL.text })).toBeVisible();
  });

  await test.step('Staying well: a trigger with two actions, a person and the tool', async () => {
    const trigger = await addItem(
      page,
      'Things that can throw me',
      'Add something that can throw me',
    );
    await trigger.getByLabel('Something that can throw me').fill(TRIGGER.text);
    await expect(trigger.getByRole('group', { name: TRIGGER.text })).toBeVisible();
    const actions = trigger.getByRole('group', { name: 'What I’ll do if it happens' });
    for (const [index, action] of TRIGGER.actions.entries()) {
      await actions.getByRole('button', { name: 'Add an action' }).click();
      const line = actions.getByLabel(`Action ${index + 1}`, { exact: true });
      await expect(line).toBeFocused();
      await line.fill(action);
    }
    const people = trigger.getByRole('group', { name: 'People who can help' });
    await expect(people.locator('label')).toHaveText([AUNT.name, JO.name]);
    await people.getByRole('checkbox', { name: JO.name }).check();
    const tools = trigger.getByRole('group', { name: 'Things from my toolbox that help' });
    await expect(tools.locator('label')).toHaveText([TOOL.text]);
    await tools.getByRole('checkbox', { name: TOOL.text }).check();
    await expect(page.getByText(SAVED, { exact: true })).toBeVisible();
  });

  await test.step('Crisis plan: signs, what helps and what does not', async () => {
    await goTo(page, 'Crisis plan');
    await page.getByRole('button', { name: 'Edit your crisis plan' }).click();
    const sign = await addItem(page, 'Signs that I need others to step in', 'Add a sign');
    await sign.getByLabel('A sign that I need others to step in').fill(STEP_IN);
    const helps = await addItem(page, 'What helps me in a crisis', 'Add something that helps');
    await helps.getByLabel('Something that helps me').fill(HELPS);
    const not = await addItem(page, 'What does not help me', 'Add something that does not help');
    await not.getByLabel('Something that does not help me').fill(DOES_NOT_HELP);
    await expect(not.getByRole('group', { name: DOES_NOT_HELP })).toBeVisible();
  });

  await test.step('Crisis plan: two people I want involved, and what they should do', async () => {
    for (const [person, should] of [
      [AUNT, AUNT_SHOULD],
      [JO, JO_SHOULD],
    ] as const) {
      const added = await addItem(page, 'Who I want involved', 'Add someone I want involved');
      const who = added.getByLabel('Someone from People and places');
      await expect(who).toBeFocused();
      await who.selectOption({ label: person.name });
      await added.getByLabel('What I’d like them to do').fill(should);
      // The item takes the person's name.
      await expect(added.getByRole('group', { name: person.name })).toBeVisible();
    }
  });

  await test.step('Crisis plan: someone I do not want involved, and why', async () => {
    const added = await addItem(
      page,
      'Who I do not want involved',
      'Add someone I do not want involved',
    );
    await added.getByLabel('Or write who it is').fill(NOT_INVOLVED.who);
    await added.getByLabel('Why (optional)').fill(NOT_INVOLVED.why);
    await page.getByLabel('How others will know the crisis is over').fill(OVER);
    await expect(added.getByRole('group', { name: NOT_INVOLVED.who })).toBeVisible();
    await expect(page.getByText(SAVED, { exact: true })).toBeVisible();
  });

  await writesSettled(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Crisis plan' })).toBeVisible();

  await test.step('after a reload, the crisis plan is all there', async () => {
    // It opens as others will read it; writing is one deliberate tap away.
    await expect(page.getByText('This is my crisis plan, in my own words.')).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await page.getByRole('button', { name: 'Edit your crisis plan' }).click();
    const involved = section(page, 'Who I want involved').getByRole('list');
    // Each item reads first; its Change button opens its fields.
    await expect(itemNames(involved)).toHaveText([AUNT.name, JO.name]);
    await expect(item(involved, AUNT.name)).toContainText(AUNT_SHOULD);
    await expect(
      (await changeItem(involved, AUNT.name)).getByLabel('What I’d like them to do'),
    ).toHaveValue(AUNT_SHOULD);
    await expect(
      (await changeItem(involved, JO.name)).getByLabel('What I’d like them to do'),
    ).toHaveValue(JO_SHOULD);
    const not = await changeItem(
      section(page, 'Who I do not want involved').getByRole('list'),
      NOT_INVOLVED.who,
    );
    await expect(not.getByLabel('Why (optional)')).toHaveValue(NOT_INVOLVED.why);
    await expect(
      (
        await changeItem(
          section(page, 'Signs that I need others to step in').getByRole('list'),
          STEP_IN,
        )
      ).getByLabel('A sign that I need others to step in'),
    ).toHaveValue(STEP_IN);
    await expect(page.getByLabel('How others will know the crisis is over')).toHaveValue(OVER);
  });

  await test.step('the read view: most urgent first, with tap-to-call links', async () => {
    const read = page.getByRole('button', { name: 'Show as others will read it' });
    await read.click();
    // The same button now goes back to editing, and keeps focus as the view changes.
    await expect(page.getByRole('button', { name: 'Edit your crisis plan' })).toBeFocused();
    const main = page.getByRole('main');
    await expect(main.getByText('This is my crisis plan, in my own words.')).toBeVisible();
    await expect(main.getByText('I like to be called Sam.')).toBeVisible();
    await expect(main.getByRole('heading', { level: 2 })).toHaveText([
      'Signs I need you to step in',
      'What helps me',
      'What does not help me',
      'Who I want involved',
      'Please do not involve',
      'How you’ll know the crisis is over',
    ]);
    // Empty sections are left out, and nothing is editable here.
    await expect(main.getByRole('textbox')).toHaveCount(0);

    const signs = main.getByRole('region', { name: 'Signs I need you to step in' });
    await expect(signs.getByRole('listitem')).toHaveText([STEP_IN]);
    await expect(main.getByRole('region', { name: 'What helps me' })).toContainText(HELPS);
    await expect(main.getByRole('region', { name: 'What does not help me' })).toContainText(
      DOES_NOT_HELP,
    );

    const involved = main.getByRole('region', { name: 'Who I want involved' });
    await expect(involved.getByRole('heading', { level: 3 })).toHaveText([AUNT.name, JO.name]);
    const [aunt, jo] = [
      involved.getByRole('listitem').nth(0),
      involved.getByRole('listitem').nth(1),
    ];
    await expect(aunt).toContainText(AUNT_SHOULD);
    await expect(aunt).toContainText(`Phone: ${AUNT.phone}`);
    await expect(aunt.getByRole('link', { name: `Call ${AUNT.name}` })).toHaveAttribute(
      'href',
      'tel:07700900123',
    );
    await expect(aunt.getByRole('link', { name: `Text ${AUNT.name}` })).toHaveAttribute(
      'href',
      'sms:07700900123',
    );
    await expect(jo).toContainText(JO_SHOULD);
    await expect(jo.getByRole('link', { name: `Call ${JO.name}` })).toHaveAttribute(
      'href',
      'tel:01632960000',
    );

    const notInvolved = main.getByRole('region', { name: 'Please do not involve' });
    await expect(notInvolved).toContainText(NOT_INVOLVED.who);
    await expect(notInvolved).toContainText(`Why: ${NOT_INVOLVED.why}`);
    await expect(notInvolved.getByRole('link')).toHaveCount(0);
  });

  await test.step('after a reload, the staying-well plan is all there', async () => {
    await goTo(page, 'Staying well');
    // Each item reads first; its Change button opens its fields.
    const tools = section(page, 'Things that help me stay well').getByRole('list');
    await expect(item(tools, TOOL.text)).toContainText(TOOL.detail);
    const tool = await changeItem(tools, TOOL.text);
    await expect(tool.getByLabel('How it helps me')).toHaveValue(TOOL.detail);
    const trigger = await changeItem(
      section(page, 'Things that can throw me').getByRole('list'),
      TRIGGER.text,
    );
    const actions = trigger.getByRole('group', { name: 'What I’ll do if it happens' });
    await expect(actions.getByRole('textbox')).toHaveCount(2);
    await expect(actions.getByLabel('Action 1', { exact: true })).toHaveValue(TRIGGER.actions[0]);
    await expect(actions.getByLabel('Action 2', { exact: true })).toHaveValue(TRIGGER.actions[1]);
    const people = trigger.getByRole('group', { name: 'People who can help' });
    await expect(people.getByRole('checkbox', { name: JO.name })).toBeChecked();
    await expect(people.getByRole('checkbox', { name: AUNT.name })).not.toBeChecked();
    await expect(
      trigger
        .getByRole('group', { name: 'Things from my toolbox that help' })
        .getByRole('checkbox', { name: TOOL.text }),
    ).toBeChecked();
  });

  expect(errors).toEqual([]);
});
