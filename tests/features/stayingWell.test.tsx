import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { peopleRepository } from '../../src/db/repositories/people';
import { planSection } from '../../src/db/repositories/planItems';
import { StayingWellScreen } from '../../src/features/staying-well/StayingWellScreen';

beforeEach(async () => {
  await openDatabase();
});

const section = (name: string) => screen.findByRole('region', { name });

/** The texts of one section's items, in order. */
const textsIn = async (id: Parameters<typeof planSection>[0]) =>
  (await planSection(id).list()).map((item) => item.text);

describe('staying-well plan', () => {
  it('shows one section per part of the plan, in the person’s own voice', async () => {
    render(<StayingWellScreen />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Staying well' }),
    ).toBeInTheDocument();
    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings.map((heading) => heading.textContent)).toEqual([
      'Things that help me stay well',
      'What I do every day to stay well',
      'Things that can throw me',
      'Early signs that I’m becoming unwell',
      'Signs that things are getting worse',
    ]);
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/\b(WRAP|relapse|patient|compliance|suffering|failed)\b/i);
    expect(screen.getByText(/Every part is optional/)).toBeInTheDocument();
  });

  it('adds to the toolbox with how it helps, saving as the person types', async () => {
    const user = userEvent.setup();
    render(<StayingWellScreen />);
    const toolbox = await section('Things that help me stay well');
    await user.click(
      await within(toolbox).findByRole('button', { name: 'Add something that helps' }),
    );
    await waitFor(() =>
      expect(within(toolbox).getByLabelText('Something that helps me')).toHaveFocus(),
    );
    await user.keyboard('A walk by the canal');
    await user.type(within(toolbox).getByLabelText('How it helps me'), 'Clears my head');
    await waitFor(async () =>
      expect(await planSection('toolbox').list()).toMatchObject([
        { text: 'A walk by the canal', detail: 'Clears my head' },
      ]),
    );
    // The item is named by its words once they are saved.
    expect(
      await within(toolbox).findByRole('group', { name: 'A walk by the canal' }),
    ).toBeInTheDocument();
  });

  it('adds what I do every day', async () => {
    const user = userEvent.setup();
    render(<StayingWellScreen />);
    const daily = await section('What I do every day to stay well');
    await user.click(
      await within(daily).findByRole('button', { name: 'Add something I do every day' }),
    );
    await waitFor(() =>
      expect(within(daily).getByLabelText('Something I do every day')).toHaveFocus(),
    );
    await user.keyboard('Eat breakfast');
    await waitFor(async () => expect(await textsIn('daily')).toEqual(['Eat breakfast']));
    expect(within(daily).queryByRole('group', { name: 'What I’ll do' })).not.toBeInTheDocument();
  });

  it('writes what I’ll do about a trigger, with people and tools that help', async () => {
    const user = userEvent.setup();
    const mo = await peopleRepository.add({ name: 'Aunt Mo', phone: '07700 900123' });
    const walk = await planSection('toolbox').add({ text: 'A walk' });
    await planSection('toolbox').add({ text: '' }); // not offered until it has words
    render(<StayingWellScreen />);

    const triggers = await section('Things that can throw me');
    await user.click(
      await within(triggers).findByRole('button', { name: 'Add something that can throw me' }),
    );
    await waitFor(() =>
      expect(within(triggers).getByLabelText('Something that can throw me')).toHaveFocus(),
    );
    await user.keyboard('Money worries');

    const actions = within(triggers).getByRole('group', { name: 'What I’ll do if it happens' });
    await user.click(within(actions).getByRole('button', { name: 'Add an action' }));
    await waitFor(() => expect(within(actions).getByLabelText('Action 1')).toHaveFocus());
    await user.keyboard('Open the post with someone');
    await user.click(within(actions).getByRole('button', { name: 'Add an action' }));
    await waitFor(() => expect(within(actions).getByLabelText('Action 2')).toHaveFocus());
    await user.keyboard('Ring the advice line');

    const people = within(triggers).getByRole('group', { name: 'People who can help' });
    await user.click(within(people).getByRole('checkbox', { name: 'Aunt Mo' }));
    const tools = within(triggers).getByRole('group', { name: 'Things from my toolbox that help' });
    expect(within(tools).getAllByRole('checkbox')).toHaveLength(1);
    await user.click(within(tools).getByRole('checkbox', { name: 'A walk' }));

    await waitFor(async () =>
      expect(await planSection('triggers').list()).toMatchObject([
        {
          text: 'Money worries',
          actions: ['Open the post with someone', 'Ring the advice line'],
          personIds: [mo.id],
          toolIds: [walk.id],
        },
      ]),
    );

    await user.click(
      within(actions).getByRole('button', { name: 'Remove action: Open the post with someone' }),
    );
    await waitFor(async () =>
      expect((await planSection('triggers').list())[0]?.actions).toEqual(['Ring the advice line']),
    );
    expect(within(actions).getAllByRole('textbox')).toHaveLength(1);
  });

  it('keeps early signs and signs of things getting worse, each with what I’ll do', async () => {
    const user = userEvent.setup();
    render(<StayingWellScreen />);
    const early = await section('Early signs that I’m becoming unwell');
    await user.click(await within(early).findByRole('button', { name: 'Add an early sign' }));
    await waitFor(() => expect(within(early).getByLabelText('An early sign')).toHaveFocus());
    await user.keyboard('Sleeping badly');
    const earlyActions = within(early).getByRole('group', { name: 'What I’ll do if I notice it' });
    await user.click(within(earlyActions).getByRole('button', { name: 'Add an action' }));
    await waitFor(() => expect(within(earlyActions).getByLabelText('Action 1')).toHaveFocus());
    await user.keyboard('No screens after ten');

    const worse = await section('Signs that things are getting worse');
    await user.click(await within(worse).findByRole('button', { name: 'Add a sign' }));
    await waitFor(() =>
      expect(within(worse).getByLabelText('A sign that things are getting worse')).toHaveFocus(),
    );
    await user.keyboard('Not leaving the flat');
    const worseActions = within(worse).getByRole('group', { name: 'What I’ll do' });
    await user.click(within(worseActions).getByRole('button', { name: 'Add an action' }));
    await waitFor(() => expect(within(worseActions).getByLabelText('Action 1')).toHaveFocus());
    await user.keyboard('Tell my GP');

    await waitFor(async () =>
      expect(await planSection('earlySigns').list()).toMatchObject([
        { text: 'Sleeping badly', actions: ['No screens after ten'] },
      ]),
    );
    await waitFor(async () =>
      expect(await planSection('gettingWorse').list()).toMatchObject([
        { text: 'Not leaving the flat', actions: ['Tell my GP'] },
      ]),
    );
  });

  it('reorders by keyboard, and a removed item comes back with Undo', async () => {
    const user = userEvent.setup();
    const repo = planSection('earlySigns');
    await repo.add({ text: 'Sleeping badly' });
    await repo.add({ text: 'Skipping meals', actions: ['Eat something small'] });
    render(<StayingWellScreen />);

    // Moving and removing are kept in each item's own menu.
    await user.click(await screen.findByRole('button', { name: 'More for Skipping meals' }));
    const moveUp = screen.getByRole('button', { name: 'Move up: Skipping meals' });
    moveUp.focus();
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect(await textsIn('earlySigns')).toEqual(['Skipping meals', 'Sleeping badly']),
    );
    // Focus stays with the item that moved, so the person can keep going.
    const moved = screen.getByRole('group', { name: 'Skipping meals' }).closest('li')!;
    await waitFor(() => expect(moved).toContainElement(document.activeElement as HTMLElement));

    await user.click(screen.getByRole('button', { name: 'Remove: Skipping meals' }));
    expect(await screen.findByText('Removed “Skipping meals”.')).toBeInTheDocument();
    expect(await textsIn('earlySigns')).toEqual(['Sleeping badly']);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect(await textsIn('earlySigns')).toEqual(['Skipping meals', 'Sleeping badly']),
    );
    expect((await repo.list())[0]?.actions).toEqual(['Eat something small']);
    expect(await screen.findByRole('group', { name: 'Skipping meals' })).toBeInTheDocument();
  });

  it('has no accessibility problems that axe can find', async () => {
    const user = userEvent.setup();
    await peopleRepository.add({ name: 'Aunt Mo' });
    await planSection('toolbox').add({ text: 'Music', detail: 'Calms me' });
    await planSection('triggers').add({ text: 'Crowds', actions: ['Leave early'] });
    const { container } = render(<StayingWellScreen />);
    await screen.findByRole('group', { name: 'Crowds' });
    const options = { rules: { 'color-contrast': { enabled: false } } };
    expect((await axe.run(container, options)).violations.map((v) => v.id)).toEqual([]);
    // And with an item's form open and another's menu open.
    await user.click(screen.getByRole('button', { name: 'Change Crowds' }));
    await user.click(screen.getByRole('button', { name: 'More for Music' }));
    expect(screen.getByRole('button', { name: 'Done changing Crowds' })).toBeInTheDocument();
    expect((await axe.run(container, options)).violations.map((v) => v.id)).toEqual([]);
  });
});
