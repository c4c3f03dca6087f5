import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { strengthsRepository } from '../../src/db/repositories/strengths';
import { StrengthsScreen } from '../../src/features/strengths/StrengthsScreen';
import { LiveAnnouncer } from '../../src/ui/LiveAnnouncer';

beforeEach(async () => {
  await openDatabase();
});

const renderScreen = () =>
  render(
    <>
      <StrengthsScreen />
      <LiveAnnouncer />
    </>,
  );

const titles = async () => (await strengthsRepository.list()).map((strength) => strength.title);

/** The list as a person reads it: the name of each strength, top to bottom. */
const shownNames = () =>
  within(screen.getByRole('list', { name: 'Your strengths' }))
    .getAllByRole('group')
    .map((group) => group.getAttribute('aria-label') ?? group.querySelector('legend')?.textContent);

/** Opens a strength's own menu (More), where moving and removing are. */
async function openMenu(name: string) {
  const more = await screen.findByRole('button', { name: `More for ${name}` });
  if (more.getAttribute('aria-expanded') !== 'true') await userEvent.click(more);
}

/** Opens a strength's form with its Change button, as a person does. */
async function change(name: string) {
  await userEvent.click(await screen.findByRole('button', { name: `Change ${name}` }));
}

async function threeStrengths() {
  for (const title of ['Patience', 'Cooking', 'My sister']) {
    await strengthsRepository.add({ title });
  }
}

describe('Strengths', () => {
  it('invites the person to add a first strength when there are none', async () => {
    renderScreen();
    expect(screen.getByRole('heading', { level: 1, name: 'Strengths' })).toBeInTheDocument();
    expect(
      await screen.findByText('No strengths written down yet. Add one when you are ready.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Your strengths' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a strength' })).toBeInTheDocument();
  });

  it('adds a strength and puts the cursor in its first field', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Add a strength' }));

    const item = await screen.findByRole('group', { name: 'Strength 1' });
    await waitFor(() => expect(within(item).getByLabelText('My strength')).toHaveFocus());
    expect(await strengthsRepository.list()).toHaveLength(1);

    // Typing straight away lands in the new strength.
    await user.keyboard('Good listener');
    await waitFor(async () => expect(await titles()).toEqual(['Good listener']));
  });

  it('moves the cursor to the newest strength when others are already there', async () => {
    const user = userEvent.setup();
    await threeStrengths();
    renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Add a strength' }));
    const item = await screen.findByRole('group', { name: 'Strength 4' });
    await waitFor(() => expect(within(item).getByLabelText('My strength')).toHaveFocus());
  });

  it('saves every field, and asks for the kind in the person’s own words only when chosen', async () => {
    const user = userEvent.setup();
    const { id } = await strengthsRepository.add();
    renderScreen();
    await change('Strength 1');
    const item = await screen.findByRole('group', { name: 'Strength 1' });

    await user.type(within(item).getByLabelText('My strength'), 'The allotment');
    expect(within(item).queryByLabelText('Kind, in my own words')).not.toBeInTheDocument();
    await user.selectOptions(
      within(item).getByLabelText('What kind of strength is it?'),
      'In my own words',
    );
    await user.type(await within(item).findByLabelText('Kind, in my own words'), 'A refuge');
    await user.type(within(item).getByLabelText('How it helps me'), 'Fresh air and quiet');

    await waitFor(async () =>
      expect((await strengthsRepository.list())[0]).toMatchObject({
        id,
        title: 'The allotment',
        kind: 'own',
        ownKind: 'A refuge',
        howItHelps: 'Fresh air and quiet',
      }),
    );
    // The fieldset is named after the strength once it has a title.
    expect(await screen.findByRole('group', { name: 'The allotment' })).toBeInTheDocument();
  });

  it('hides the own-words field again for another kind, and saves that kind', async () => {
    const user = userEvent.setup();
    await strengthsRepository.add({ title: 'Patience', kind: 'own', ownKind: 'Gift' });
    renderScreen();
    await change('Patience');
    const item = await screen.findByRole('group', { name: 'Patience' });
    expect(within(item).getByLabelText('Kind, in my own words')).toHaveValue('Gift');

    await user.selectOptions(
      within(item).getByLabelText('What kind of strength is it?'),
      'A personal quality',
    );
    expect(within(item).queryByLabelText('Kind, in my own words')).not.toBeInTheDocument();
    await waitFor(async () => expect((await strengthsRepository.list())[0]?.kind).toBe('quality'));
  });

  it('shows what was saved when the person comes back', async () => {
    await strengthsRepository.add({
      title: 'Cooking',
      kind: 'skill',
      howItHelps: 'It calms me',
    });
    renderScreen();
    // It reads first, in the person's words, with no form fields.
    const read = await screen.findByRole('group', { name: 'Cooking' });
    expect(within(read).getByRole('heading', { name: 'Cooking' })).toBeInTheDocument();
    expect(within(read).getByText('A skill')).toBeInTheDocument();
    expect(within(read).getByText('It calms me')).toBeInTheDocument();
    expect(within(read).queryByRole('textbox')).not.toBeInTheDocument();
    await change('Cooking');
    const item = await screen.findByRole('group', { name: 'Cooking' });
    expect(within(item).getByLabelText('My strength')).toHaveValue('Cooking');
    expect(within(item).getByLabelText('What kind of strength is it?')).toHaveDisplayValue(
      'A skill',
    );
    expect(within(item).getByLabelText('How it helps me')).toHaveValue('It calms me');
  });

  describe('arranging with the keyboard', () => {
    it('cannot move the first strength up or the last one down', async () => {
      await threeStrengths();
      renderScreen();
      await openMenu('Patience');
      await openMenu('My sister');
      expect(await screen.findByRole('button', { name: 'Move up: Patience' })).toBeDisabled();
      expect(screen.getByRole('button', { name: 'Move down: Patience' })).toBeEnabled();
      expect(screen.getByRole('button', { name: 'Move up: My sister' })).toBeEnabled();
      expect(screen.getByRole('button', { name: 'Move down: My sister' })).toBeDisabled();
    });

    it('moves a strength down with Enter, keeps focus on it, says where it is, and saves the order', async () => {
      const user = userEvent.setup();
      await threeStrengths();
      renderScreen();
      await openMenu('Patience');
      const down = await screen.findByRole('button', { name: 'Move down: Patience' });
      down.focus();
      await user.keyboard('{Enter}');

      await waitFor(async () =>
        expect(await titles()).toEqual(['Cooking', 'Patience', 'My sister']),
      );
      await waitFor(() => expect(shownNames()).toEqual(['Cooking', 'Patience', 'My sister']));
      await waitFor(() =>
        expect(screen.getByRole('button', { name: 'Move down: Patience' })).toHaveFocus(),
      );
      expect(await screen.findByText('Moved down: Patience, now 2 of 3.')).toBeInTheDocument();

      // Focus stayed put, so pressing again carries on down the list.
      await user.keyboard('{Enter}');
      await waitFor(async () =>
        expect(await titles()).toEqual(['Cooking', 'My sister', 'Patience']),
      );
      expect(await screen.findByText('Moved down: Patience, now 3 of 3.')).toBeInTheDocument();
    });

    it('moves a strength up with Space, and the order is kept after leaving the screen', async () => {
      const user = userEvent.setup();
      await threeStrengths();
      const first = renderScreen();
      await openMenu('My sister');
      const up = await screen.findByRole('button', { name: 'Move up: My sister' });
      up.focus();
      await user.keyboard(' ');

      await waitFor(async () =>
        expect(await titles()).toEqual(['Patience', 'My sister', 'Cooking']),
      );
      await waitFor(() =>
        expect(screen.getByRole('button', { name: 'Move up: My sister' })).toHaveFocus(),
      );
      expect(await screen.findByText('Moved up: My sister, now 2 of 3.')).toBeInTheDocument();
      first.unmount();

      renderScreen();
      await screen.findByRole('list', { name: 'Your strengths' });
      expect(shownNames()).toEqual(['Patience', 'My sister', 'Cooking']);
      await openMenu('Patience');
      expect(screen.getByRole('button', { name: 'Move up: Patience' })).toBeDisabled();
    });

    it('keeps focus on the strength when it reaches the top and can go no further', async () => {
      const user = userEvent.setup();
      await threeStrengths();
      renderScreen();
      await openMenu('Cooking');
      (await screen.findByRole('button', { name: 'Move up: Cooking' })).focus();
      await user.keyboard('{Enter}');
      await waitFor(async () =>
        expect(await titles()).toEqual(['Cooking', 'Patience', 'My sister']),
      );
      // Move up is now disabled, so focus goes to a control of the same strength that still works.
      await waitFor(() => {
        const moved = screen.getByRole('group', { name: 'Cooking' }).closest('li')!;
        const focused = document.activeElement as HTMLElement;
        expect(moved).toContainElement(focused);
        expect(focused).toBeEnabled();
      });
      expect(screen.getByRole('button', { name: 'Move up: Cooking' })).toBeDisabled();
    });
  });

  describe('removing', () => {
    it('removes a strength and offers Undo, which puts it back exactly where it was', async () => {
      const user = userEvent.setup();
      await threeStrengths();
      const before = await strengthsRepository.list();
      renderScreen();

      await openMenu('Cooking');
      await user.click(await screen.findByRole('button', { name: 'Remove: Cooking' }));
      expect(await screen.findByText('Removed “Cooking”.')).toBeInTheDocument();
      const undo = screen.getByRole('button', { name: 'Undo' });
      await waitFor(() => expect(undo).toHaveFocus());
      expect(await titles()).toEqual(['Patience', 'My sister']);
      await waitFor(() => expect(shownNames()).toEqual(['Patience', 'My sister']));

      await user.keyboard('{Enter}');
      await waitFor(async () => expect(await strengthsRepository.list()).toEqual(before));
      await waitFor(() => expect(shownNames()).toEqual(['Patience', 'Cooking', 'My sister']));
      expect(screen.queryByText('Removed “Cooking”.')).not.toBeInTheDocument();
      expect(await screen.findByText('Put back “Cooking”.')).toBeInTheDocument();
      await waitFor(() =>
        expect(screen.getByRole('button', { name: 'Change Cooking' })).toHaveFocus(),
      );
    });

    it('keeps a strength removed when the Undo message is closed', async () => {
      const user = userEvent.setup();
      await threeStrengths();
      renderScreen();

      await openMenu('Patience');
      await user.click(await screen.findByRole('button', { name: 'Remove: Patience' }));
      await user.click(await screen.findByRole('button', { name: 'Close this message' }));
      expect(screen.queryByText('Removed “Patience”.')).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Add a strength' })).toHaveFocus();
      expect(await titles()).toEqual(['Cooking', 'My sister']);
      expect(shownNames()).toEqual(['Cooking', 'My sister']);
    });

    it('closes the Undo message with Escape', async () => {
      const user = userEvent.setup();
      await threeStrengths();
      renderScreen();
      await openMenu('My sister');
      await user.click(await screen.findByRole('button', { name: 'Remove: My sister' }));
      const undo = await screen.findByRole('button', { name: 'Undo' });
      await waitFor(() => expect(undo).toHaveFocus());
      await user.tab();
      expect(screen.getByRole('button', { name: 'Close this message' })).toHaveFocus();
      await user.keyboard('{Escape}');
      expect(screen.queryByText('Removed “My sister”.')).not.toBeInTheDocument();
      expect(await titles()).toEqual(['Patience', 'Cooking']);
    });

    it('shows the empty invitation after the last strength is removed, and Undo brings it back', async () => {
      const user = userEvent.setup();
      const only = await strengthsRepository.add({ title: 'Humour', howItHelps: 'Lightens days' });
      renderScreen();
      await openMenu('Humour');
      await user.click(await screen.findByRole('button', { name: 'Remove: Humour' }));
      expect(
        await screen.findByText('No strengths written down yet. Add one when you are ready.'),
      ).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Undo' }));
      expect(await screen.findByRole('group', { name: 'Humour' })).toBeInTheDocument();
      expect(await strengthsRepository.list()).toEqual([only]);
    });
  });
});
