import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import {
  goalsRepository,
  journalRepository,
  stepsRepository,
} from '../../src/db/repositories/goals';
import { peopleRepository } from '../../src/db/repositories/people';
import { strengthsRepository } from '../../src/db/repositories/strengths';
import { GoalScreen } from '../../src/features/goals/GoalScreen';
import { GoalsScreen } from '../../src/features/goals/GoalsScreen';
import { ProgressScreen } from '../../src/features/goals/ProgressScreen';
import { HomeScreen } from '../../src/features/home/HomeScreen';

beforeEach(async () => {
  await openDatabase();
});

const renderGoal = (id: string) => render(<GoalScreen params={{ id }} />);

describe('goals list', () => {
  it('invites the person to add a goal, and shows each goal with its steps', async () => {
    render(<GoalsScreen />);
    expect(await screen.findByText(/No goals yet/)).toBeInTheDocument();

    const goal = await goalsRepository.add({ title: 'Swim again' });
    await stepsRepository.add(goal.id, { title: 'Find the pool' });
    const done = await stepsRepository.add(goal.id, { title: 'Buy a swimsuit' });
    await stepsRepository.setAchieved(done.id, true);

    expect(await screen.findByRole('link', { name: 'Open “Swim again”' })).toHaveAttribute(
      'href',
      `/goals/${goal.id}`,
    );
    // The list follows the database: it may show the goal before the last tick has reached it.
    expect(await screen.findByText('1 of 2 small steps achieved')).toBeInTheDocument();
    expect(screen.getByText('Working on it')).toBeInTheDocument();
  });

  it('removes a goal with its steps, and Undo brings them back', async () => {
    const user = userEvent.setup();
    const goal = await goalsRepository.add({ title: 'Swim again' });
    await stepsRepository.add(goal.id, { title: 'Find the pool' });
    render(<GoalsScreen />);
    await user.click(await screen.findByRole('button', { name: 'Remove: Swim again' }));
    expect(
      await screen.findByText('Removed “Swim again” with its steps and journal.'),
    ).toBeInTheDocument();
    expect(await goalsRepository.list()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await stepsRepository.listFor(goal.id)).toHaveLength(1));
    expect(await screen.findByRole('link', { name: 'Open “Swim again”' })).toBeInTheDocument();
  });
});

describe('a goal', () => {
  it('says kindly when a goal cannot be found', async () => {
    renderGoal('nope');
    expect(
      await screen.findByRole('heading', { name: 'We couldn’t find that goal' }),
    ).toBeInTheDocument();
  });

  it('saves every detail as it is typed or chosen', async () => {
    const user = userEvent.setup();
    const strength = await strengthsRepository.add({ title: 'Patience' });
    const person = await peopleRepository.add({ name: 'Aunt Mo' });
    const goal = await goalsRepository.add();
    renderGoal(goal.id);

    await user.click(
      await screen.findByRole('button', { name: 'Change the details of this goal' }),
    );
    await user.type(await screen.findByLabelText('My goal'), 'Go back to college');
    await user.selectOptions(screen.getByLabelText('Part of my life'), 'own');
    await user.type(await screen.findByLabelText('Part of my life, in my own words'), 'Growing');
    await user.type(screen.getByLabelText('What might get in the way'), 'Mornings');
    await user.type(screen.getByLabelText('What I’ll do if it does'), 'Afternoon class');
    await user.click(await screen.findByRole('checkbox', { name: 'Patience' }));
    await user.click(screen.getByRole('checkbox', { name: 'Aunt Mo' }));

    await waitFor(async () =>
      expect(await goalsRepository.get(goal.id)).toMatchObject({
        title: 'Go back to college',
        area: 'own',
        ownArea: 'Growing',
        mightGetInTheWay: 'Mornings',
        ifItDoes: 'Afternoon class',
        strengthIds: [strength.id],
        helperIds: [person.id],
      }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Go back to college' }),
    ).toBeInTheDocument();
  });

  it('celebrates achieving a goal, dates it, and asks how it felt', async () => {
    const user = userEvent.setup();
    const goal = await goalsRepository.add({ title: 'Sing in the concert' });
    renderGoal(goal.id);
    await user.click(await screen.findByRole('button', { name: 'Mark as achieved' }));
    expect(await screen.findByText(/You did it! Take a moment to enjoy it/)).toBeInTheDocument();
    expect(screen.getByText(/^Achieved on /)).toBeInTheDocument();
    await user.type(screen.getByLabelText('How did it feel? (optional)'), 'Proud');
    await waitFor(async () =>
      expect(await goalsRepository.get(goal.id)).toMatchObject({
        status: 'achieved',
        feeling: 'Proud',
      }),
    );
  });

  it('lets a goal go without calling it failure, and keeps what was learned', async () => {
    const user = userEvent.setup();
    const goal = await goalsRepository.add({ title: 'Run a marathon' });
    renderGoal(goal.id);
    await user.click(await screen.findByRole('button', { name: 'Let it go' }));
    expect(await screen.findByText(/That is your choice to make/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('What did you learn? (optional)'), 'Walking suits me');
    await waitFor(async () =>
      expect(await goalsRepository.get(goal.id)).toMatchObject({
        status: 'letGo',
        learned: 'Walking suits me',
      }),
    );
    expect(document.body.textContent).not.toMatch(/fail(ed)?\b/i);
    await user.click(screen.getByRole('button', { name: 'Pick it up again' }));
    await waitFor(async () => expect((await goalsRepository.get(goal.id))?.status).toBe('active'));
  });

  it('adds small steps, ticks them off with a date, reorders by keyboard and promotes one', async () => {
    const user = userEvent.setup();
    const goal = await goalsRepository.add({ title: 'Get fit' });
    renderGoal(goal.id);
    await user.click(await screen.findByRole('button', { name: 'Add a small step' }));
    await waitFor(() => expect(screen.getByLabelText('Small step')).toHaveFocus());
    await user.keyboard('Walk to the shop');
    await user.click(screen.getByRole('button', { name: 'Add a small step' }));
    await waitFor(() => expect(screen.getAllByLabelText('Small step')[1]).toHaveFocus());
    await user.keyboard('Join the walking group');

    // Done reads the first step again, where one tap on it ticks it off.
    await user.click(screen.getByRole('button', { name: 'Done changing Walk to the shop' }));
    const steps = await screen.findByRole('list', { name: 'Small steps for this goal' });
    await user.click(within(steps).getByRole('checkbox', { name: 'Walk to the shop' }));
    expect(await screen.findByText('That’s a step forward, and you took it.')).toBeInTheDocument();
    expect(await screen.findByText('1 of 2 small steps achieved')).toBeInTheDocument();

    // The step is named by what was saved, which lands a moment after the typing.
    await user.click(
      await screen.findByRole('button', { name: 'More for Join the walking group' }),
    );
    const moveUp = screen.getByRole('button', { name: 'Move up: Join the walking group' });
    moveUp.focus();
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect((await stepsRepository.listFor(goal.id)).map((s) => s.title)).toEqual([
        'Join the walking group',
        'Walk to the shop',
      ]),
    );

    const first = await waitFor(() => {
      const group = within(steps).getAllByRole('group')[0]!;
      expect(group).toHaveAccessibleName('Join the walking group');
      return group;
    });
    await user.click(within(first).getByRole('button', { name: 'Make it a goal of its own' }));
    await waitFor(async () =>
      expect((await goalsRepository.list()).map((g) => g.title)).toEqual([
        'Get fit',
        'Join the walking group',
      ]),
    );
  });

  it('keeps a journal of progress, setbacks as learning, and celebrations', async () => {
    const user = userEvent.setup();
    const goal = await goalsRepository.add({ title: 'Get fit' });
    renderGoal(goal.id);
    await user.click(await screen.findByRole('button', { name: 'Add to journal' }));
    expect(
      await screen.findByText('Write a few words first, so there is something to keep.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Setback' }));
    await user.type(screen.getByLabelText('What happened'), 'Missed the class');
    await user.type(screen.getByLabelText('What I learned'), 'I need an alarm');
    await user.type(screen.getByLabelText('What I’ll try next'), 'Thursday class');
    await user.click(screen.getByRole('button', { name: 'Add to journal' }));

    const journal = await screen.findByRole('list', { name: 'Journal entries, newest first' });
    expect(await within(journal).findByText('Missed the class')).toBeInTheDocument();
    expect(within(journal).getByText(/I need an alarm/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('What happened')).toHaveValue(''));
    const [entry] = await journalRepository.listFor(goal.id);
    expect(entry).toMatchObject({
      kind: 'setback',
      learned: 'I need an alarm',
      tryNext: 'Thursday class',
    });

    await user.click(within(journal).getByRole('button', { name: /^Remove this entry: Setback/ }));
    expect(await screen.findByText('Removed a journal entry.')).toBeInTheDocument();
    expect(await journalRepository.listFor(goal.id)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await journalRepository.listFor(goal.id)).toHaveLength(1));
  });
});

describe('progress and What’s next', () => {
  it('shows achievements by month as a chart with a table, filtered by part of life', async () => {
    const user = userEvent.setup();
    const learning = await goalsRepository.add({ title: 'College', area: 'learning' });
    const home = await goalsRepository.add({ title: 'Tidy flat', area: 'home' });
    const a = await stepsRepository.add(learning.id, { title: 'Ring them' });
    const b = await stepsRepository.add(home.id, { title: 'One shelf' });
    await stepsRepository.setAchieved(a.id, true);
    await stepsRepository.setAchieved(b.id, true);
    render(<ProgressScreen />);
    expect(
      await screen.findByRole('img', { name: /2 steps and goals achieved/ }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Steps and goals achieved each month' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('2');
    await user.selectOptions(screen.getByLabelText('Part of life'), 'home');
    expect(await screen.findByRole('img', { name: /1 step or goal achieved/ })).toBeInTheDocument();
  });

  it('shows each active goal’s next small step on Home, and goals due a fresh look', async () => {
    const goal = await goalsRepository.add({ title: 'Get fit', reviewDate: '2020-01-01' });
    const first = await stepsRepository.add(goal.id, { title: 'Walk to the shop' });
    await stepsRepository.add(goal.id, { title: 'Join the walking group' });
    await stepsRepository.setAchieved(first.id, true);
    render(<HomeScreen />);
    expect(await screen.findByText('Next small step: Join the walking group')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Recent achievements' })).toBeInTheDocument();
    expect(screen.getByText(/Walk to the shop \(a step towards “Get fit”\)/)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Time to look at this again?' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Look again at “Get fit”' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/overdue/i);
  });
});
