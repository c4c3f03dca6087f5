/**
 * A first visit, start to finish: the words a person writes are kept, in the order they chose,
 * and Home shows them back. Autosave keeps a sentence cut off by a reload.
 */
import { expect, test } from '@playwright/test';
import {
  addHope,
  addStrength,
  changeItem,
  chosen,
  dismissWelcome,
  goTo,
  hopesList,
  item,
  open,
  SAVED,
  strengthsList,
  watchErrors,
  writesSettled,
  itemNames,
} from './helpers';

const ABOUT_ME: [label: string, value: string][] = [
  ['The name I like to be called', 'Sam'],
  ['My pronouns', 'they/them'],
  ['What recovery means to me', 'Living a life I value,\nwith the ups and the downs.'],
  ['What I am like when I am well', 'Curious, up early, walking the dog.'],
  ['What matters most to me', 'My niece, my allotment, being useful.'],
  ['My story', 'It started the winter I lost my job.\n\nThis is how I found my feet again.'],
];

const LISTENING = {
  title: 'I listen well',
  kind: 'A personal quality',
  howItHelps: 'People open up to me, and I feel connected.',
};
const ALLOTMENT = {
  title: 'The allotment',
  kind: 'A place',
  howItHelps: 'Digging clears my head.',
};
const VOLUNTEER = {
  title: 'Volunteer at the food bank',
  area: 'Work and volunteering',
  notes: 'Tuesdays, to start with.',
};
const AUNT = {
  title: 'Be there for my niece',
  area: 'In my own words',
  ownArea: 'Being an aunt',
};

test('a first visit: welcome, About me, strengths and hopes are all kept, in order', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await open(page, '/', 'Your plan');
  await dismissWelcome(page);

  await test.step('About me: every field', async () => {
    await goTo(page, 'About me');
    for (const [label, value] of ABOUT_ME) {
      await page.getByLabel(label, { exact: true }).fill(value);
    }
    await expect(page.getByText(SAVED)).toBeVisible();
  });

  await test.step('Strengths: add two, move one down with the keyboard', async () => {
    await goTo(page, 'Strengths');
    await expect(page.getByText('No strengths written down yet.')).toBeVisible();
    await addStrength(page, LISTENING);
    await addStrength(page, ALLOTMENT);
    await expect(itemNames(strengthsList(page))).toHaveText([LISTENING.title, ALLOTMENT.title]);
    // Moving is kept in each strength's own menu.
    await page.getByRole('button', { name: `More for ${LISTENING.title}` }).click();
    await expect(page.getByRole('button', { name: `Move up: ${LISTENING.title}` })).toBeDisabled();

    await page.getByRole('button', { name: `Move down: ${LISTENING.title}` }).focus();
    await page.keyboard.press('Enter');
    await expect(itemNames(strengthsList(page))).toHaveText([ALLOTMENT.title, LISTENING.title]);
    await expect(page.getByText(`Moved down: ${LISTENING.title}, now 2 of 2.`)).toBeAttached();
    // Focus stays with the strength that moved, so the person can keep going from there.
    await expect(item(strengthsList(page), LISTENING.title).locator(':focus')).toHaveCount(1);
  });

  await test.step('Hopes: add two, remove one and undo', async () => {
    await goTo(page, 'Hopes and dreams');
    await addHope(page, VOLUNTEER);
    await addHope(page, AUNT);
    const hopes = hopesList(page);
    await expect(itemNames(hopes)).toHaveText([VOLUNTEER.title, AUNT.title]);

    await page.getByRole('button', { name: `More for ${VOLUNTEER.title}` }).click();
    await page.getByRole('button', { name: `Remove: ${VOLUNTEER.title}` }).click();
    await expect(itemNames(hopes)).toHaveText([AUNT.title]);
    await expect(page.getByText(`Removed “${VOLUNTEER.title}”.`)).toBeVisible();
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect(undo).toBeFocused();
    await undo.click();

    await expect(itemNames(hopes)).toHaveText([VOLUNTEER.title, AUNT.title]);
    await expect(page.getByText(`Put back “${VOLUNTEER.title}”.`)).toBeAttached();
    await expect(item(hopes, VOLUNTEER.title).getByLabel('What I hope for')).toBeFocused();
    await expect(item(hopes, VOLUNTEER.title).getByLabel('More about this hope')).toHaveValue(
      VOLUNTEER.notes,
    );
  });

  await writesSettled(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hopes and dreams' })).toBeVisible();

  await test.step('after a reload, the hopes are there in order', async () => {
    const hopes = hopesList(page);
    await expect(itemNames(hopes)).toHaveText([VOLUNTEER.title, AUNT.title]);
    // Each reads first; its Change button opens its fields.
    await expect(item(hopes, VOLUNTEER.title)).toContainText(VOLUNTEER.notes);
    const volunteer = await changeItem(hopes, VOLUNTEER.title);
    await expect(volunteer.getByLabel('What I hope for')).toHaveValue(VOLUNTEER.title);
    await expect(chosen(volunteer.getByLabel('Part of my life', { exact: true }))).toHaveText(
      VOLUNTEER.area,
    );
    await expect(volunteer.getByLabel('More about this hope')).toHaveValue(VOLUNTEER.notes);
    await expect(item(hopes, AUNT.title)).toContainText(AUNT.ownArea);
    const aunt = await changeItem(hopes, AUNT.title);
    await expect(chosen(aunt.getByLabel('Part of my life', { exact: true }))).toHaveText(AUNT.area);
    await expect(aunt.getByLabel('Part of my life, in my own words')).toHaveValue(AUNT.ownArea);
  });

  await test.step('after a reload, the strengths are there in the order chosen', async () => {
    await goTo(page, 'Strengths');
    const strengths = strengthsList(page);
    await expect(itemNames(strengths)).toHaveText([ALLOTMENT.title, LISTENING.title]);
    for (const strength of [ALLOTMENT, LISTENING]) {
      await expect(item(strengths, strength.title)).toContainText(strength.howItHelps);
      const saved = await changeItem(strengths, strength.title);
      await expect(saved.getByLabel('My strength')).toHaveValue(strength.title);
      await expect(chosen(saved.getByLabel('What kind of strength is it?'))).toHaveText(
        strength.kind,
      );
      await expect(saved.getByLabel('How it helps me')).toHaveValue(strength.howItHelps);
    }
  });

  await test.step('after a reload, About me is there', async () => {
    await goTo(page, 'About me');
    // It reads first, in the person's words; Change opens the form with every field as written.
    const main = page.locator('main');
    for (const [, value] of ABOUT_ME) {
      await expect(main.getByText(value, { exact: true })).toBeVisible();
    }
    await page.getByRole('button', { name: 'Change About me' }).click();
    for (const [label, value] of ABOUT_ME) {
      await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
    }
  });

  await test.step('Home greets the person and shows their words', async () => {
    await goTo(page, 'Your plan');
    await expect(page.getByRole('heading', { level: 2, name: 'Hello, Sam' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Welcome to Waymark' })).toHaveCount(0);
    await expect(page.getByText('with the ups and the downs.')).toBeVisible();

    const strengths = page.getByRole('region', { name: 'Strengths' });
    await expect(strengths.getByText('You have written down 2 strengths.')).toBeVisible();
    await expect(strengths.getByRole('listitem')).toHaveText([ALLOTMENT.title, LISTENING.title]);

    const hopes = page.getByRole('region', { name: 'Hopes and dreams' });
    await expect(hopes.getByText('You have written down 2 hopes.')).toBeVisible();
    await expect(hopes.getByRole('listitem')).toHaveText([VOLUNTEER.title, AUNT.title]);
  });

  expect(errors).toEqual([]);
});

/*
 * Typed at a brisk person's pace (50 ms a key), then reloaded as soon as the status says "Saved on
 * this device". Keystrokes at machine speed (no delay) can still be cut short by a reload even
 * though the status already says saved: it shows the same words while writes are pending.
 */
test('autosave keeps a sentence cut off by a reload', async ({ page }) => {
  await open(page, '/about-me', 'About me');
  const story = page.getByLabel('My story');
  await story.click();
  await story.pressSequentially('I was halfway through a sent', { delay: 50 });
  await expect(page.getByText(SAVED)).toBeVisible();
  await page.reload();
  // About me now has words, so it reads first: Change opens the form.
  await page.getByRole('button', { name: 'Change About me' }).click();
  await expect(page.getByLabel('My story')).toHaveValue('I was halfway through a sent');
});
