import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { goalsRepository } from '../../src/db/repositories/goals';
import { planSection } from '../../src/db/repositories/planItems';
import { peopleRepository, resourcesRepository } from '../../src/db/repositories/people';
import { PeopleScreen } from '../../src/features/people/PeopleScreen';
import { announcement } from '../../src/ui/announcer';

beforeEach(async () => {
  await openDatabase();
});

const renderScreen = () => render(<PeopleScreen />);
const person = (name: string) => screen.findByRole('group', { name });
type User = ReturnType<typeof userEvent.setup>;
/** Opens someone's form with its own Change button: they read first. */
const change = async (user: User, name: string) => {
  await user.click(await screen.findByRole('button', { name: `Change ${name}` }));
  return person(name);
};
/** Opens someone's own menu, where moving and removing are kept. */
const more = async (user: User, name: string) =>
  user.click(await screen.findByRole('button', { name: `More for ${name}` }));

describe('People and places', () => {
  it('has a section for people and one for groups and places, each inviting a first one', async () => {
    renderScreen();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'People and places' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Your people' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Groups and places' })).toBeInTheDocument();
    expect(await screen.findByText(/No one written down yet/)).toBeInTheDocument();
    expect(screen.getByText(/No groups or places written down yet/)).toBeInTheDocument();
    expect(document.title).toBe('People and places — Waymark');
  });

  it('adds a person and saves each detail as it is typed, with no Save button', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Add a person' }));

    const card = await person('Person 1');
    const name = within(card).getByLabelText('Their name');
    await waitFor(() => expect(name).toHaveFocus());
    await user.type(name, 'Aunt Mo');
    await user.selectOptions(within(card).getByLabelText('Who they are to me'), 'family');
    await user.type(within(card).getByLabelText('Their phone number'), '07700 900123');
    await user.type(within(card).getByLabelText('Their email address'), 'mo@example.org');
    await user.type(within(card).getByLabelText('What I’d like them to do'), 'Ring me on Sundays');
    await user.type(within(card).getByLabelText('Notes'), 'Loves dogs');

    await waitFor(async () =>
      expect(await peopleRepository.list()).toMatchObject([
        {
          name: 'Aunt Mo',
          relationship: 'family',
          ownRelationship: '',
          phone: '07700 900123',
          email: 'mo@example.org',
          wouldLikeThemTo: 'Ring me on Sundays',
          notes: 'Loves dogs',
        },
      ]),
    );
    expect(await person('Aunt Mo')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /save/i })).not.toBeInTheDocument();
  });

  it('shows a field for the relationship in the person’s own words only when they choose it', async () => {
    const user = userEvent.setup();
    const added = await peopleRepository.add({ name: 'Jo' });
    renderScreen();
    const card = await change(user, 'Jo');
    expect(
      within(card).queryByLabelText('Who they are to me, in my own words'),
    ).not.toBeInTheDocument();

    await user.selectOptions(within(card).getByLabelText('Who they are to me'), 'own');
    await user.type(
      await within(card).findByLabelText('Who they are to me, in my own words'),
      'My old teacher',
    );
    await waitFor(async () =>
      expect((await peopleRepository.list())[0]).toMatchObject({
        id: added.id,
        relationship: 'own',
        ownRelationship: 'My old teacher',
      }),
    );
    const options = within(within(card).getByLabelText('Who they are to me')).getAllByRole(
      'option',
    );
    expect(options.map((option) => option.textContent)).toContain('Peer supporter');
    expect(options.map((option) => option.textContent)).toContain('Named person');
  });

  it('turns a phone number and an email address into call and email links', async () => {
    const user = userEvent.setup();
    await peopleRepository.add({ name: 'Aunt Mo', phone: '+44 7700 900123', email: 'not yet' });
    renderScreen();
    // Read first, the call link is there already.
    const summary = await person('Aunt Mo');
    expect(within(summary).getByRole('link', { name: 'Call Aunt Mo' })).toHaveAttribute(
      'href',
      'tel:+447700900123',
    );
    expect(within(summary).queryByRole('link', { name: 'Email Aunt Mo' })).not.toBeInTheDocument();

    const card = await change(user, 'Aunt Mo');
    expect(within(card).getByRole('link', { name: 'Call Aunt Mo' })).toHaveAttribute(
      'href',
      'tel:+447700900123',
    );
    expect(within(card).queryByRole('link', { name: 'Email Aunt Mo' })).not.toBeInTheDocument();

    const email = within(card).getByLabelText('Their email address');
    await user.clear(email);
    await user.type(email, 'mo@example.org');
    expect(within(card).getByRole('link', { name: 'Email Aunt Mo' })).toHaveAttribute(
      'href',
      'mailto:mo@example.org',
    );

    const phone = within(card).getByLabelText('Their phone number');
    await user.clear(phone);
    await user.type(phone, 'ask at reception');
    expect(within(card).queryByRole('link', { name: 'Call Aunt Mo' })).not.toBeInTheDocument();
  });

  it('shows no contact links when there is nothing to call or email', async () => {
    await peopleRepository.add({ name: 'Sam' });
    renderScreen();
    const card = await person('Sam');
    expect(within(card).queryAllByRole('link')).toEqual([]);
  });

  it('adds a group or place and saves what it offers, how to reach it and when', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Add a group or place' }));
    const card = await person('Group or place 1');
    await user.type(within(card).getByLabelText('Its name'), 'Tuesday walking group');
    await user.type(within(card).getByLabelText('What it offers me'), 'Fresh air and company');
    await user.type(
      within(card).getByLabelText('How to get in touch or get there'),
      'Meet at the park gates',
    );
    await user.type(within(card).getByLabelText('When it’s on or open'), 'Tuesdays at 10');

    await waitFor(async () =>
      expect(await resourcesRepository.list()).toMatchObject([
        {
          name: 'Tuesday walking group',
          offers: 'Fresh air and company',
          howToReach: 'Meet at the park gates',
          when: 'Tuesdays at 10',
        },
      ]),
    );
    expect(await peopleRepository.list()).toEqual([]);
  });

  it('reorders people from the keyboard, keeping focus on the moved person', async () => {
    const user = userEvent.setup();
    await peopleRepository.add({ name: 'Aunt Mo' });
    await peopleRepository.add({ name: 'Sam' });
    await peopleRepository.add({ name: 'Jo' });
    renderScreen();
    const names = async () => (await peopleRepository.list()).map((p) => p.name);
    const legends = () =>
      within(screen.getByRole('list', { name: 'Your people' }))
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent);

    await more(user, 'Aunt Mo');
    const down = screen.getByRole('button', { name: 'Move down: Aunt Mo' });
    expect(screen.getByRole('button', { name: 'Move up: Aunt Mo' })).toBeDisabled();
    down.focus();
    await user.keyboard('{Enter}');

    await waitFor(async () => expect(await names()).toEqual(['Sam', 'Aunt Mo', 'Jo']));
    await waitFor(() => expect(legends()).toEqual(['Sam', 'Aunt Mo', 'Jo']));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Move down: Aunt Mo' })).toHaveFocus(),
    );
    expect(announcement.get().message).toBe('Moved down: Aunt Mo, now 2 of 3.');

    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(screen.getByRole('button', { name: 'Move up: Aunt Mo' })).toHaveFocus();
    await user.keyboard(' ');
    await waitFor(async () => expect(await names()).toEqual(['Aunt Mo', 'Sam', 'Jo']));
    await waitFor(() => expect(legends()).toEqual(['Aunt Mo', 'Sam', 'Jo']));
    expect(announcement.get().message).toBe('Moved up: Aunt Mo, now 1 of 3.');
  });

  it('removes someone no goal names straight away, and Undo puts them back', async () => {
    const user = userEvent.setup();
    const sam = await peopleRepository.add({ name: 'Sam', phone: '07700 900123' });
    renderScreen();
    await more(user, 'Sam');
    await user.click(screen.getByRole('button', { name: 'Remove: Sam' }));

    expect(await screen.findByText('Removed “Sam”.')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await peopleRepository.list()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await person('Sam')).toBeInTheDocument();
    expect(await peopleRepository.list()).toEqual([sam]);
  });

  it('removes a place no goal names, and Undo puts it back', async () => {
    const user = userEvent.setup();
    const library = await resourcesRepository.add({ name: 'The library' });
    renderScreen();
    await more(user, 'The library');
    await user.click(screen.getByRole('button', { name: 'Remove: The library' }));
    expect(await screen.findByText('Removed “The library”.')).toBeInTheDocument();
    expect(await resourcesRepository.list()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await resourcesRepository.list()).toEqual([library]));
  });
});

describe('the number call buttons will dial', () => {
  /** The polite status beside a person's phone number, read out once typing pauses. */
  const spoken = (card: HTMLElement) => within(card).getByRole('status');

  it('shows the number that will be dialled beneath the field, and reads it out once', async () => {
    const user = userEvent.setup();
    await peopleRepository.add({ name: 'Aunt Mo', phone: '07700 900123' });
    renderScreen();
    const card = await change(user, 'Aunt Mo');
    const phone = within(card).getByLabelText('Their phone number');

    // Opening the screen shows what is saved, but does not read it out.
    expect(phone).toHaveAccessibleDescription('Call buttons will dial 07700 900123.');
    expect(within(card).getByText('Call buttons will dial 07700 900123.')).toBeVisible();
    expect(spoken(card)).toBeEmptyDOMElement();

    await user.clear(phone);
    await user.type(phone, '+44 (0)7700 900123');
    expect(phone).toHaveAccessibleDescription('Call buttons will dial +44 7700 900123.');
    expect(within(card).getByRole('link', { name: 'Call Aunt Mo' })).toHaveAttribute(
      'href',
      'tel:+447700900123',
    );
    await waitFor(
      () => expect(spoken(card)).toHaveTextContent('Call buttons will dial +44 7700 900123.'),
      { timeout: 3000 },
    );
    await waitFor(async () =>
      expect((await peopleRepository.list())[0]?.phone).toBe('+44 (0)7700 900123'),
    );
  });

  it('says which extension to ask for, and dials the number without it', async () => {
    const user = userEvent.setup();
    await peopleRepository.add({ name: 'Priya' });
    renderScreen();
    const card = await change(user, 'Priya');
    const phone = within(card).getByLabelText('Their phone number');
    await user.type(phone, '0161 496 0000 ext. 12');

    expect(phone).toHaveAccessibleDescription(
      'Call buttons will dial 0161 496 0000, then ask for extension 12.',
    );
    expect(within(card).getByRole('link', { name: 'Call Priya' })).toHaveAttribute(
      'href',
      'tel:01614960000',
    );
  });

  it('kindly says why letters cannot be dialled, keeping what was typed and blocking nothing', async () => {
    const user = userEvent.setup();
    await peopleRepository.add({ name: 'Florist' });
    renderScreen();
    const card = await change(user, 'Florist');
    const phone = within(card).getByLabelText('Their phone number');
    await user.type(phone, '0800 FLOWERS');

    const kind =
      'Letters can’t be dialled — please write the number in digits. What you typed is kept.';
    expect(phone).toHaveAccessibleDescription(kind);
    expect(phone).not.toHaveAttribute('aria-invalid');
    expect(within(card).queryByRole('link', { name: 'Call Florist' })).not.toBeInTheDocument();
    await waitFor(() => expect(spoken(card)).toHaveTextContent(kind), { timeout: 3000 });
    await waitFor(async () =>
      expect((await peopleRepository.list())[0]?.phone).toBe('0800 FLOWERS'),
    );
  });

  it('says when a number looks too short or too long to dial', async () => {
    const user = userEvent.setup();
    await peopleRepository.add({ name: 'Jo' });
    await peopleRepository.add({ name: 'Sam' });
    renderScreen();
    const jo = await change(user, 'Jo');
    const joPhone = within(jo).getByLabelText('Their phone number');
    expect(joPhone).not.toHaveAccessibleDescription(/Call buttons/);
    await user.type(joPhone, '0161 496');
    expect(joPhone).toHaveAccessibleDescription(/too short to dial yet/);
    expect(within(jo).queryByRole('link', { name: 'Call Jo' })).not.toBeInTheDocument();

    const sam = await change(user, 'Sam');
    const samPhone = within(sam).getByLabelText('Their phone number');
    await user.type(samPhone, '0161 496 0000 12');
    expect(samPhone).toHaveAccessibleDescription(/longer than one phone number.*write “ext”/);
    expect(within(sam).queryByRole('link', { name: 'Call Sam' })).not.toBeInTheDocument();
  });
});

describe('removing someone your goals name', () => {
  async function moInTwoGoals() {
    const mo = await peopleRepository.add({ name: 'Aunt Mo' });
    const sam = await peopleRepository.add({ name: 'Sam' });
    const walk = await goalsRepository.add({ title: 'Walk to the park', helperIds: [mo.id] });
    const read = await goalsRepository.add({ title: 'Read again', helperIds: [sam.id, mo.id] });
    return { mo, sam, walk, read };
  }

  it('says which goals name them and asks first, starting on Keep', async () => {
    const user = userEvent.setup();
    await moInTwoGoals();
    renderScreen();
    await more(user, 'Aunt Mo');
    await user.click(screen.getByRole('button', { name: 'Remove: Aunt Mo' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Aunt Mo?' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveAccessibleDescription(
      /Aunt Mo is named in 2 of your goals:\s*Walk to the park\s*Read again\s*Remove Aunt Mo from those goals too\?/,
    );
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Walk to the park', 'Read again']);
    expect(within(dialog).getByRole('button', { name: 'Keep' })).toHaveFocus();
    expect(within(dialog).getByRole('button', { name: 'Remove' })).toBeInTheDocument();
  });

  it('Keep leaves the person and their goals as they were', async () => {
    const user = userEvent.setup();
    const { mo, walk, read, sam } = await moInTwoGoals();
    renderScreen();
    await more(user, 'Aunt Mo');
    await user.click(screen.getByRole('button', { name: 'Remove: Aunt Mo' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Keep' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.queryByText('Removed “Aunt Mo”.')).not.toBeInTheDocument();
    expect((await peopleRepository.list()).map((p) => p.id)).toEqual([mo.id, sam.id]);
    expect((await goalsRepository.get(walk.id))?.helperIds).toEqual([mo.id]);
    expect((await goalsRepository.get(read.id))?.helperIds).toEqual([sam.id, mo.id]);
  });

  it('closing the dialog (for example with Escape) also keeps everything', async () => {
    const user = userEvent.setup();
    const { mo, walk } = await moInTwoGoals();
    renderScreen();
    await more(user, 'Aunt Mo');
    await user.click(screen.getByRole('button', { name: 'Remove: Aunt Mo' }));
    const dialog = (await screen.findByRole('alertdialog')) as HTMLDialogElement;
    dialog.close(); // what the browser does on Escape

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect((await peopleRepository.list()).map((p) => p.id)).toContain(mo.id);
    expect((await goalsRepository.get(walk.id))?.helperIds).toEqual([mo.id]);
  });

  it('Remove takes them off those goals too, and Undo puts everything back', async () => {
    const user = userEvent.setup();
    const { mo, sam, walk, read } = await moInTwoGoals();
    renderScreen();
    await more(user, 'Aunt Mo');
    await user.click(screen.getByRole('button', { name: 'Remove: Aunt Mo' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));

    expect(await screen.findByText('Removed “Aunt Mo”.')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect((await peopleRepository.list()).map((p) => p.id)).toEqual([sam.id]);
    expect((await goalsRepository.get(walk.id))?.helperIds).toEqual([]);
    expect((await goalsRepository.get(read.id))?.helperIds).toEqual([sam.id]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await person('Aunt Mo')).toBeInTheDocument();
    expect(await peopleRepository.list()).toEqual([mo, sam]);
    expect((await goalsRepository.get(walk.id))?.helperIds).toEqual([mo.id]);
    expect((await goalsRepository.get(read.id))?.helperIds).toEqual([sam.id, mo.id]);
  });

  it('asks about a place too, in the words for one goal', async () => {
    const user = userEvent.setup();
    const library = await resourcesRepository.add({ name: 'The library' });
    const goal = await goalsRepository.add({ title: '', helperIds: [library.id] });
    renderScreen();
    await more(user, 'The library');
    await user.click(screen.getByRole('button', { name: 'Remove: The library' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Remove The library?' });
    expect(within(dialog).getByText('The library is named in one of your goals:')).toBeVisible();
    expect(within(dialog).getByText('A goal with no name yet')).toBeVisible();
    expect(within(dialog).getByText('Remove The library from that goal too?')).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(async () => expect(await resourcesRepository.list()).toEqual([]));
    expect((await goalsRepository.get(goal.id))?.helperIds).toEqual([]);

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await resourcesRepository.list()).toEqual([library]));
    expect((await goalsRepository.get(goal.id))?.helperIds).toEqual([library.id]);
  });
});

describe('accessibility', () => {
  it('has nothing axe can find to trip up a screen reader or keyboard', async () => {
    const user = userEvent.setup();
    const mo = await peopleRepository.add({
      name: 'Aunt Mo',
      relationship: 'own',
      phone: '07700 900123',
      email: 'mo@example.org',
    });
    await peopleRepository.add({ name: '' });
    await resourcesRepository.add({ name: 'The library' });
    await goalsRepository.add({ title: 'Walk to the park', helperIds: [mo.id] });
    renderScreen();
    // A person read, a person's form and a place, with the question about removing.
    await change(user, 'Aunt Mo');
    await more(user, 'Aunt Mo');
    await user.click(screen.getByRole('button', { name: 'Remove: Aunt Mo' }));
    await screen.findByRole('alertdialog');

    const results = await axe.run(document.body, {
      rules: {
        // jsdom cannot compute colours; the screen is rendered without the app's <main>.
        'color-contrast': { enabled: false },
        region: { enabled: false },
      },
    });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('says where the crisis and staying-well plans name someone, and Undo puts them back', async () => {
    const user = userEvent.setup();
    const maya = await peopleRepository.add({ name: 'Maya' });
    await goalsRepository.add({ title: 'Swim again', helperIds: [maya.id] });
    const involved = planSection('involved');
    const call = await involved.add({ detail: 'Call me first', personIds: [maya.id] });
    renderScreen();
    await more(user, 'Maya');
    await user.click(screen.getByRole('button', { name: 'Remove: Maya' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Maya?' });
    expect(dialog).toHaveAccessibleDescription(
      /Maya is named in one of your goals:\s*Swim again\s*Maya is also named in:\s*Crisis plan: Who I want involved.*\s*Remove Maya from all of these too\?/,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Removed “Maya”.')).toBeInTheDocument();
    expect((await involved.list()).find((item) => item.id === call.id)?.personIds).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await person('Maya')).toBeInTheDocument();
    await waitFor(async () =>
      expect((await involved.list()).find((item) => item.id === call.id)?.personIds).toEqual([
        maya.id,
      ]),
    );
  });
});
