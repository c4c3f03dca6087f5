/**
 * Read first, edit on purpose (#14): parts open as calm summaries in the person's words, changing
 * is one deliberate tap away, adding a goal asks for its name first, a step is ticked with one tap,
 * and review prompts come after the person's words.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { goalsRepository, stepsRepository } from '../../src/db/repositories/goals';
import { peopleRepository, resourcesRepository } from '../../src/db/repositories/people';
import { strengthsRepository } from '../../src/db/repositories/strengths';
import { AboutMeScreen } from '../../src/features/about-me/AboutMeScreen';
import { GoalScreen } from '../../src/features/goals/GoalScreen';
import { GoalsScreen } from '../../src/features/goals/GoalsScreen';
import { PeopleScreen } from '../../src/features/people/PeopleScreen';
import { StrengthsScreen } from '../../src/features/strengths/StrengthsScreen';
import { saveAboutMe } from '../../src/db/repositories/aboutMe';
import { LiveAnnouncer } from '../../src/ui/LiveAnnouncer';

beforeEach(async () => {
  await openDatabase();
  window.history.replaceState(null, '', '/goals');
});

describe('People and places, read first', () => {
  beforeEach(async () => {
    await peopleRepository.add({
      name: 'Sam',
      relationship: 'friend',
      phone: '07700 900123',
      wouldLikeThemTo: 'Ring me on Sundays.',
    });
    await peopleRepository.add({ name: 'Aunt Mo', relationship: 'family' });
    await peopleRepository.add({ name: 'Dr Patel', relationship: 'gp', phone: '0161 496 0101' });
    await resourcesRepository.add({ name: 'The library', offers: 'Quiet and books' });
  });

  it('shows each person in their own words, with no form fields or example text, and a tap to call', async () => {
    render(<PeopleScreen />);
    const sam = await screen.findByRole('group', { name: 'Sam' });
    expect(within(sam).getByRole('heading', { name: 'Sam' })).toBeInTheDocument();
    expect(within(sam).getByText('Friend')).toBeInTheDocument();
    expect(within(sam).getByText('Ring me on Sundays.')).toBeInTheDocument();
    expect(within(sam).getByRole('link', { name: 'Call Sam' })).toHaveAttribute(
      'href',
      'tel:07700900123',
    );
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByText(/For example: ring me on Sundays/)).not.toBeInTheDocument();
    // Places are read separately from people, so they may come a moment later.
    expect(await screen.findByRole('group', { name: 'The library' })).toHaveTextContent(
      'Quiet and books',
    );
  });

  it('opens one person’s form with its own Change button, and Done reads it again', async () => {
    const user = userEvent.setup();
    render(<PeopleScreen />);
    await user.click(await screen.findByRole('button', { name: 'Change Aunt Mo' }));
    const form = await screen.findByRole('group', { name: 'Aunt Mo' });
    await waitFor(() => expect(within(form).getByLabelText('Their name')).toHaveFocus());
    expect(within(form).getByLabelText('Their name')).toHaveValue('Aunt Mo');
    // Only that person is open.
    expect(screen.getAllByRole('textbox', { name: 'Their name' })).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Done changing Aunt Mo' }));
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Change Aunt Mo' })).toHaveFocus(),
    );
  });

  it('keeps moving and removing in each item’s own menu, named after the item', async () => {
    const user = userEvent.setup();
    render(<PeopleScreen />);
    const more = await screen.findByRole('button', { name: 'More for Dr Patel' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Remove: Dr Patel' })).not.toBeInTheDocument();
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Move down: Dr Patel' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move up: Dr Patel' }));
    await waitFor(async () =>
      expect((await peopleRepository.list()).map((person) => person.name)).toEqual([
        'Sam',
        'Dr Patel',
        'Aunt Mo',
      ]),
    );
    // Escape closes the menu and puts focus back on its button.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Move up: Dr Patel' })).toHaveFocus(),
    );
    await user.keyboard('{Escape}');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveFocus();
  });

  it('asks to look it over after the person’s words, not before', async () => {
    render(<PeopleScreen />);
    const review = await screen.findByRole('region', { name: 'Looking over this part' });
    const places = screen.getByRole('list', { name: 'Your groups and places' });
    expect(places.compareDocumentPosition(review) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('review prompts', () => {
  it('are not shown on an empty part, and appear once there is something in it', async () => {
    render(<StrengthsScreen />);
    expect(await screen.findByText(/No strengths written down yet/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Looking over this part' })).toBeNull();
    await strengthsRepository.add({ title: 'Patience' });
    expect(
      await screen.findByRole('region', { name: 'Looking over this part' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Now and then, read this part through/)).toBeInTheDocument();
  });
});

describe('About me, read first', () => {
  it('opens ready to write when nothing is written yet', async () => {
    render(<AboutMeScreen />);
    expect(await screen.findByLabelText('The name I like to be called')).toHaveValue('');
    expect(screen.queryByRole('region', { name: 'Looking over this part' })).toBeNull();
  });

  it('reads what is written, leaves out what is not, and changes on purpose', async () => {
    const user = userEvent.setup();
    await saveAboutMe({ preferredName: 'Jo', whenWell: 'I sing in the kitchen.' });
    render(<AboutMeScreen />);
    expect(await screen.findByText('I sing in the kitchen.')).toBeInTheDocument();
    expect(screen.getByText('Jo')).toBeInTheDocument();
    expect(screen.queryByText('My pronouns')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change About me' }));
    expect(screen.getByLabelText('The name I like to be called')).toHaveValue('Jo');
    expect(screen.getByRole('button', { name: 'Done changing About me' })).toHaveFocus();
  });
});

describe('adding a goal', () => {
  it('asks for its name first, and leaves nothing behind when the person cancels', async () => {
    const user = userEvent.setup();
    render(<GoalsScreen />);
    await user.click(await screen.findByRole('button', { name: 'Add a goal' }));
    const dialog = screen.getByRole('dialog', { name: 'A new goal' });
    const name = within(dialog).getByLabelText('What is your goal?');
    await waitFor(() => expect(name).toHaveFocus());
    await user.type(name, 'Half-written');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await goalsRepository.list()).toEqual([]);
    expect(screen.getByText(/No goals yet/)).toBeInTheDocument();
    expect(screen.queryByText('A goal with no name yet')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a goal' })).toHaveFocus();
    expect(window.location.pathname).toBe('/goals');
  });

  it('makes nothing without a name, and says so kindly', async () => {
    const user = userEvent.setup();
    render(<GoalsScreen />);
    await user.click(await screen.findByRole('button', { name: 'Add a goal' }));
    const dialog = screen.getByRole('dialog', { name: 'A new goal' });
    await user.type(within(dialog).getByLabelText('What is your goal?'), '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Add this goal' }));
    expect(
      within(dialog).getByText('Write a name for your goal, or choose Cancel.'),
    ).toBeInTheDocument();
    expect(await goalsRepository.list()).toEqual([]);
  });

  it('makes the goal with its name and opens it', async () => {
    const user = userEvent.setup();
    render(<GoalsScreen />);
    await user.click(await screen.findByRole('button', { name: 'Add a goal' }));
    const dialog = screen.getByRole('dialog', { name: 'A new goal' });
    await user.type(within(dialog).getByLabelText('What is your goal?'), 'Swim again{Enter}');
    await waitFor(async () =>
      expect((await goalsRepository.list()).map((goal) => goal.title)).toEqual(['Swim again']),
    );
    const [goal] = await goalsRepository.list();
    expect(window.location.pathname).toBe(`/goals/${goal!.id}`);
  });
});

describe('a goal, read first', () => {
  it('puts its steps first, each ticked with one tap, with change, move and remove in its menu', async () => {
    const user = userEvent.setup();
    const goal = await goalsRepository.add({
      title: 'Swim again',
      whyItMatters: 'I feel free in the water.',
    });
    await stepsRepository.add(goal.id, { title: 'Find the pool' });
    await stepsRepository.add(goal.id, { title: 'Buy a swimsuit' });
    render(
      <>
        <GoalScreen params={{ id: goal.id }} />
        <LiveAnnouncer />
      </>,
    );
    const tick = await screen.findByRole('checkbox', { name: 'Buy a swimsuit' });
    // The first thing to press is a step, not "Mark as achieved".
    expect(screen.getAllByRole('button')[0]).not.toHaveTextContent('Mark as achieved');
    expect(screen.queryByRole('textbox', { name: 'Small step' })).not.toBeInTheDocument();
    // The details read in the person's words.
    expect(screen.getByText('I feel free in the water.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Why it matters to me' })).toBeNull();

    await user.click(tick);
    await waitFor(async () =>
      expect((await stepsRepository.listFor(goal.id))[1]?.achievedAt).not.toBeNull(),
    );
    // A moment, with the person's own reason, spoken once.
    const steps = screen.getByRole('list', { name: 'Small steps for this goal' });
    expect(
      within(steps).getByText('You said this matters because: I feel free in the water.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'That’s a step forward, and you took it. You said this matters because: I feel free in the water.',
    );
    expect(within(steps).getByLabelText('How did it feel? (optional)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'More for Find the pool' }));
    await user.click(screen.getByRole('button', { name: 'Change Find the pool' }));
    expect(await screen.findByRole('textbox', { name: 'Small step' })).toHaveValue('Find the pool');
    // Choosing "Change" closed the menu; it opens again for the rest.
    const more = screen.getByRole('button', { name: 'More for Find the pool' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(screen.getByRole('button', { name: 'Remove: Find the pool' })).toBeInTheDocument();
  });

  it('celebrates achieving the goal with why it matters', async () => {
    const user = userEvent.setup();
    const goal = await goalsRepository.add({ title: 'Swim again', whyItMatters: 'Freedom.' });
    render(<GoalScreen params={{ id: goal.id }} />);
    await user.click(await screen.findByRole('button', { name: 'Mark as achieved' }));
    expect(await screen.findByText('You said this matters because: Freedom.')).toBeInTheDocument();
  });

  it('names the details Change button after what it changes', async () => {
    const user = userEvent.setup();
    const goal = await goalsRepository.add({ title: 'Swim again' });
    render(<GoalScreen params={{ id: goal.id }} />);
    expect(await screen.findByText(/Nothing more written yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change the details of this goal' }));
    expect(screen.getByLabelText('My goal')).toHaveValue('Swim again');
  });
});
