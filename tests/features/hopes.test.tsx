import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { hopesRepository } from '../../src/db/repositories/hopes';
import { HopesScreen } from '../../src/features/hopes/HopesScreen';
import { LiveAnnouncer } from '../../src/ui/LiveAnnouncer';

beforeEach(async () => {
  await openDatabase();
});

const renderScreen = () =>
  render(
    <>
      <HopesScreen />
      <LiveAnnouncer />
    </>,
  );

const titles = async () => (await hopesRepository.list()).map((hope) => hope.title);

/** The hopes as a person reads them, top to bottom (each read as a summary headed by its name). */
const shownNames = () =>
  within(screen.getByRole('list', { name: 'Your hopes and dreams' }))
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);

/** Opens a hope's own menu, where moving and removing are kept. */
const openMenu = async (user: ReturnType<typeof userEvent.setup>, name: string) =>
  user.click(await screen.findByRole('button', { name: `More for ${name}` }));

async function threeHopes() {
  for (const title of ['Own a dog', 'Learn Welsh', 'See Iceland']) {
    await hopesRepository.add({ title });
  }
}

describe('Hopes and dreams', () => {
  it('invites the person to add a first hope when there are none', async () => {
    renderScreen();
    expect(screen.getByRole('heading', { level: 1, name: 'Hopes and dreams' })).toBeInTheDocument();
    expect(
      await screen.findByText('No hopes written down yet. Add one when you are ready.'),
    ).toBeInTheDocument();
  });

  it('adds a hope and puts the cursor in its first field', async () => {
    const user = userEvent.setup();
    await hopesRepository.add({ title: 'Own a dog' });
    renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Add a hope' }));

    const item = await screen.findByRole('group', { name: 'Hope 2' });
    await waitFor(() => expect(within(item).getByLabelText('What I hope for')).toHaveFocus());
    await user.keyboard('Grow tomatoes');
    await waitFor(async () => expect(await titles()).toEqual(['Own a dog', 'Grow tomatoes']));
  });

  it('saves every field, and asks for the part of life in the person’s own words only when chosen', async () => {
    const user = userEvent.setup();
    const { id } = await hopesRepository.add();
    renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Change Hope 1' }));
    const item = await screen.findByRole('group', { name: 'Hope 1' });

    await user.type(within(item).getByLabelText('What I hope for'), 'Sing in a choir');
    const area = within(item).getByLabelText('Part of my life');
    // Whole life, not symptoms: every standard part of life is offered.
    expect(within(area).getByRole('option', { name: 'Faith and meaning' })).toBeInTheDocument();
    expect(within(area).getByRole('option', { name: 'Friends and community' })).toBeInTheDocument();
    expect(
      within(item).queryByLabelText('Part of my life, in my own words'),
    ).not.toBeInTheDocument();

    await user.selectOptions(area, 'In my own words');
    await user.type(
      await within(item).findByLabelText('Part of my life, in my own words'),
      'Music',
    );
    await user.type(within(item).getByLabelText('More about this hope'), 'Tuesdays, maybe');

    await waitFor(async () =>
      expect((await hopesRepository.list())[0]).toMatchObject({
        id,
        title: 'Sing in a choir',
        area: 'own',
        ownArea: 'Music',
        notes: 'Tuesdays, maybe',
      }),
    );
    expect(await screen.findByRole('group', { name: 'Sing in a choir' })).toBeInTheDocument();
  });

  it('saves a standard part of life, and hides the own-words field for it', async () => {
    const user = userEvent.setup();
    await hopesRepository.add({ title: 'A job I enjoy', area: 'own', ownArea: 'Purpose' });
    renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Change A job I enjoy' }));
    const item = await screen.findByRole('group', { name: 'A job I enjoy' });
    expect(within(item).getByLabelText('Part of my life, in my own words')).toHaveValue('Purpose');

    await user.selectOptions(
      within(item).getByLabelText('Part of my life'),
      'Work and volunteering',
    );
    expect(
      within(item).queryByLabelText('Part of my life, in my own words'),
    ).not.toBeInTheDocument();
    await waitFor(async () => expect((await hopesRepository.list())[0]?.area).toBe('work'));
  });

  describe('arranging with the keyboard', () => {
    it('cannot move the first hope up or the last one down', async () => {
      const user = userEvent.setup();
      await threeHopes();
      renderScreen();
      for (const name of ['Own a dog', 'Learn Welsh', 'See Iceland']) await openMenu(user, name);
      expect(await screen.findByRole('button', { name: 'Move up: Own a dog' })).toBeDisabled();
      expect(screen.getByRole('button', { name: 'Move down: See Iceland' })).toBeDisabled();
      expect(screen.getByRole('button', { name: 'Move up: Learn Welsh' })).toBeEnabled();
    });

    it('moves hopes with Enter and Space, and the order is kept', async () => {
      const user = userEvent.setup();
      await threeHopes();
      const first = renderScreen();

      await openMenu(user, 'Own a dog');
      screen.getByRole('button', { name: 'Move down: Own a dog' }).focus();
      await user.keyboard('{Enter}');
      await waitFor(async () =>
        expect(await titles()).toEqual(['Learn Welsh', 'Own a dog', 'See Iceland']),
      );
      expect(await screen.findByText('Moved down: Own a dog, now 2 of 3.')).toBeInTheDocument();
      // The move is saved before the list shows it: a person carries on from the list they see.
      // (Going on while the list still shows the old order raced the list's re-render, which puts
      // focus back on the moved hope's button, away from the next one.)
      await waitFor(() =>
        expect(shownNames()).toEqual(['Learn Welsh', 'Own a dog', 'See Iceland']),
      );
      await waitFor(() =>
        expect(screen.getByRole('button', { name: 'Move down: Own a dog' })).toHaveFocus(),
      );

      await openMenu(user, 'See Iceland');
      screen.getByRole('button', { name: 'Move up: See Iceland' }).focus();
      await user.keyboard(' ');
      await waitFor(async () =>
        expect(await titles()).toEqual(['Learn Welsh', 'See Iceland', 'Own a dog']),
      );
      await waitFor(() =>
        expect(screen.getByRole('button', { name: 'Move up: See Iceland' })).toHaveFocus(),
      );
      expect(await screen.findByText('Moved up: See Iceland, now 2 of 3.')).toBeInTheDocument();
      first.unmount();

      renderScreen();
      await screen.findByRole('list', { name: 'Your hopes and dreams' });
      expect(shownNames()).toEqual(['Learn Welsh', 'See Iceland', 'Own a dog']);
      await openMenu(user, 'Learn Welsh');
      expect(screen.getByRole('button', { name: 'Move up: Learn Welsh' })).toBeDisabled();
    });

    it('leaves focus where the person went when they carry on before the list shows a move', async () => {
      const user = userEvent.setup();
      await threeHopes();
      renderScreen();
      await openMenu(user, 'Own a dog');
      await openMenu(user, 'See Iceland');
      // A slow list (a large plan, a busy device): the move is saved well before it is shown.
      const list = hopesRepository.list.bind(hopesRepository);
      let slow = true;
      vi.spyOn(hopesRepository, 'list').mockImplementation(async () => {
        const hopes = await list();
        if (slow) await new Promise((resolve) => setTimeout(resolve, 300));
        return hopes;
      });
      screen.getByRole('button', { name: 'Move down: Own a dog' }).focus();
      await user.keyboard('{Enter}');
      expect(await screen.findByText('Moved down: Own a dog, now 2 of 3.')).toBeInTheDocument();
      slow = false;
      const next = screen.getByRole('button', { name: 'More for See Iceland' });
      next.focus();

      await waitFor(() =>
        expect(shownNames()).toEqual(['Learn Welsh', 'Own a dog', 'See Iceland']),
      );
      expect(next).toHaveFocus();
      vi.restoreAllMocks();
    });
  });

  describe('removing', () => {
    it('offers Undo, which puts the hope back exactly as and where it was', async () => {
      const user = userEvent.setup();
      await threeHopes();
      await hopesRepository.update((await hopesRepository.list())[1]!.id, {
        area: 'learning',
        notes: 'Duolingo first',
      });
      const before = await hopesRepository.list();
      renderScreen();

      await openMenu(user, 'Learn Welsh');
      await user.click(screen.getByRole('button', { name: 'Remove: Learn Welsh' }));
      expect(await screen.findByText('Removed “Learn Welsh”.')).toBeInTheDocument();
      expect(await titles()).toEqual(['Own a dog', 'See Iceland']);

      const undo = screen.getByRole('button', { name: 'Undo' });
      await waitFor(() => expect(undo).toHaveFocus());
      await user.keyboard(' ');
      await waitFor(async () => expect(await hopesRepository.list()).toEqual(before));
      await waitFor(() =>
        expect(shownNames()).toEqual(['Own a dog', 'Learn Welsh', 'See Iceland']),
      );
      expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    });

    it('keeps the hope removed when the Undo message is closed', async () => {
      const user = userEvent.setup();
      await threeHopes();
      renderScreen();
      await openMenu(user, 'See Iceland');
      await user.click(screen.getByRole('button', { name: 'Remove: See Iceland' }));
      await user.click(await screen.findByRole('button', { name: 'Close this message' }));
      expect(screen.queryByText('Removed “See Iceland”.')).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Add a hope' })).toHaveFocus();
      expect(await titles()).toEqual(['Own a dog', 'Learn Welsh']);
    });
  });
});
