/**
 * The lists in the person's own words (Hopes and dreams, Strengths) are one configured screen
 * (`OwnWordsListScreen`): one suite proves what they share, run once for each list with its own
 * words. What only one list does (a hope's part of life, a strength's kind) is tested beside it,
 * in hopes.test.tsx and strengths.test.tsx.
 */
import type { ComponentType } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { hopesRepository } from '../../src/db/repositories/hopes';
import { strengthsRepository } from '../../src/db/repositories/strengths';
import { HopesScreen } from '../../src/features/hopes/HopesScreen';
import { StrengthsScreen } from '../../src/features/strengths/StrengthsScreen';
import { LiveAnnouncer } from '../../src/ui/LiveAnnouncer';

/** One list as the suite drives it: its screen, its words, and how to fill one of its items. */
interface OwnWordsList {
  /** The screen's heading, which also names the list's tests. */
  title: string;
  Screen: ComponentType;
  repository: {
    list(): Promise<{ id: string; title: string }[]>;
    add(fields?: { title?: string }): Promise<{ id: string }>;
  };
  words: {
    listLabel: string;
    add: string;
    empty: string;
    /** What an item without a title is called, by its place in the list. */
    itemName: (position: number) => string;
    /** The label of an item's first field, where its title is written. */
    firstField: string;
  };
  /** Three titles, in the order they are added. */
  titles: [string, string, string];
  /** What a person types into a new item. */
  newTitle: string;
  /** Fills an item's other fields; `reads` is how they read in its summary, `form` in its form. */
  details: {
    fill: (id: string) => Promise<void>;
    reads: string[];
    form: [label: string, shown: string][];
  };
}

const lists: OwnWordsList[] = [
  {
    title: 'Hopes and dreams',
    Screen: HopesScreen,
    repository: hopesRepository,
    words: {
      listLabel: 'Your hopes and dreams',
      add: 'Add a hope',
      empty: 'No hopes written down yet. Add one when you are ready.',
      itemName: (position) => `Hope ${position}`,
      firstField: 'What I hope for',
    },
    titles: ['Own a dog', 'Learn Welsh', 'See Iceland'],
    newTitle: 'Grow tomatoes',
    details: {
      fill: (id) => hopesRepository.update(id, { area: 'learning', notes: 'Duolingo first' }),
      reads: ['Learning', 'Duolingo first'],
      form: [
        ['Part of my life', 'Learning'],
        ['More about this hope', 'Duolingo first'],
      ],
    },
  },
  {
    title: 'Strengths',
    Screen: StrengthsScreen,
    repository: strengthsRepository,
    words: {
      listLabel: 'Your strengths',
      add: 'Add a strength',
      empty: 'No strengths written down yet. Add one when you are ready.',
      itemName: (position) => `Strength ${position}`,
      firstField: 'My strength',
    },
    titles: ['Patience', 'Cooking', 'My sister'],
    newTitle: 'Good listener',
    details: {
      fill: (id) => strengthsRepository.update(id, { kind: 'skill', howItHelps: 'It calms me' }),
      reads: ['A skill', 'It calms me'],
      form: [
        ['What kind of strength is it?', 'A skill'],
        ['How it helps me', 'It calms me'],
      ],
    },
  },
];

beforeEach(async () => {
  await openDatabase();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(lists)('$title', (list) => {
  const { repository, words } = list;
  const [first, middle, last] = list.titles;

  const renderScreen = () =>
    render(
      <>
        <list.Screen />
        <LiveAnnouncer />
      </>,
    );

  const titles = async () => (await repository.list()).map((item) => item.title);

  /** The list as a person reads it: the name of each item, top to bottom. */
  const shownNames = () =>
    within(screen.getByRole('list', { name: words.listLabel }))
      .getAllByRole('group')
      .map(
        (group) => group.getAttribute('aria-label') ?? group.querySelector('legend')?.textContent,
      );

  /** Opens an item's own menu (More), where moving and removing are kept. */
  async function openMenu(user: ReturnType<typeof userEvent.setup>, name: string) {
    const more = await screen.findByRole('button', { name: `More for ${name}` });
    if (more.getAttribute('aria-expanded') !== 'true') await user.click(more);
  }

  async function threeItems() {
    for (const title of list.titles) await repository.add({ title });
  }

  it('invites the person to add a first item when there are none', async () => {
    renderScreen();
    expect(screen.getByRole('heading', { level: 1, name: list.title })).toBeInTheDocument();
    expect(await screen.findByText(words.empty)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: words.listLabel })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: words.add })).toBeInTheDocument();
  });

  it('adds an item and puts the cursor in its first field', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(await screen.findByRole('button', { name: words.add }));

    const item = await screen.findByRole('group', { name: words.itemName(1) });
    await waitFor(() => expect(within(item).getByLabelText(words.firstField)).toHaveFocus());
    expect(await repository.list()).toHaveLength(1);

    // Typing straight away lands in the new item.
    await user.keyboard(list.newTitle);
    await waitFor(async () => expect(await titles()).toEqual([list.newTitle]));
  });

  it('moves the cursor to the newest item when others are already there', async () => {
    const user = userEvent.setup();
    await threeItems();
    renderScreen();
    await user.click(await screen.findByRole('button', { name: words.add }));

    const item = await screen.findByRole('group', { name: words.itemName(4) });
    await waitFor(() => expect(within(item).getByLabelText(words.firstField)).toHaveFocus());
    await user.keyboard(list.newTitle);
    await waitFor(async () => expect(await titles()).toEqual([...list.titles, list.newTitle]));
  });

  it('shows what was saved when the person comes back', async () => {
    const user = userEvent.setup();
    const { id } = await repository.add({ title: middle });
    await list.details.fill(id);
    renderScreen();
    // It reads first, in the person's words, with no form fields.
    const read = await screen.findByRole('group', { name: middle });
    expect(within(read).getByRole('heading', { name: middle })).toBeInTheDocument();
    for (const text of list.details.reads) expect(within(read).getByText(text)).toBeInTheDocument();
    expect(within(read).queryByRole('textbox')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: `Change ${middle}` }));
    const item = await screen.findByRole('group', { name: middle });
    expect(within(item).getByLabelText(words.firstField)).toHaveValue(middle);
    for (const [label, shown] of list.details.form) {
      expect(within(item).getByLabelText(label)).toHaveDisplayValue(shown);
    }
  });

  describe('arranging with the keyboard', () => {
    it('cannot move the first item up or the last one down', async () => {
      const user = userEvent.setup();
      await threeItems();
      renderScreen();
      for (const name of list.titles) await openMenu(user, name);
      expect(await screen.findByRole('button', { name: `Move up: ${first}` })).toBeDisabled();
      expect(screen.getByRole('button', { name: `Move down: ${first}` })).toBeEnabled();
      expect(screen.getByRole('button', { name: `Move up: ${middle}` })).toBeEnabled();
      expect(screen.getByRole('button', { name: `Move down: ${middle}` })).toBeEnabled();
      expect(screen.getByRole('button', { name: `Move up: ${last}` })).toBeEnabled();
      expect(screen.getByRole('button', { name: `Move down: ${last}` })).toBeDisabled();
    });

    it('moves an item down with Enter, keeps focus on it, says where it is, and saves the order', async () => {
      const user = userEvent.setup();
      await threeItems();
      renderScreen();
      await openMenu(user, first);
      (await screen.findByRole('button', { name: `Move down: ${first}` })).focus();
      await user.keyboard('{Enter}');

      await waitFor(async () => expect(await titles()).toEqual([middle, first, last]));
      await waitFor(() => expect(shownNames()).toEqual([middle, first, last]));
      await waitFor(() =>
        expect(screen.getByRole('button', { name: `Move down: ${first}` })).toHaveFocus(),
      );
      expect(await screen.findByText(`Moved down: ${first}, now 2 of 3.`)).toBeInTheDocument();

      // Focus stayed put, so pressing again carries on down the list.
      await user.keyboard('{Enter}');
      await waitFor(async () => expect(await titles()).toEqual([middle, last, first]));
      expect(await screen.findByText(`Moved down: ${first}, now 3 of 3.`)).toBeInTheDocument();
    });

    it('moves another item up with Space after a move, and the order is kept after leaving the screen', async () => {
      const user = userEvent.setup();
      await threeItems();
      const shown = renderScreen();

      await openMenu(user, first);
      (await screen.findByRole('button', { name: `Move down: ${first}` })).focus();
      await user.keyboard('{Enter}');
      // The move is saved before the list shows it: a person carries on from the list they see.
      // (Going on while the list still shows the old order raced the list's re-render, which puts
      // focus back on the moved item's button, away from the next one.)
      await waitFor(() => expect(shownNames()).toEqual([middle, first, last]));
      await waitFor(() =>
        expect(screen.getByRole('button', { name: `Move down: ${first}` })).toHaveFocus(),
      );

      await openMenu(user, last);
      screen.getByRole('button', { name: `Move up: ${last}` }).focus();
      await user.keyboard(' ');
      await waitFor(async () => expect(await titles()).toEqual([middle, last, first]));
      await waitFor(() =>
        expect(screen.getByRole('button', { name: `Move up: ${last}` })).toHaveFocus(),
      );
      expect(await screen.findByText(`Moved up: ${last}, now 2 of 3.`)).toBeInTheDocument();
      shown.unmount();

      renderScreen();
      await screen.findByRole('list', { name: words.listLabel });
      expect(shownNames()).toEqual([middle, last, first]);
      await openMenu(user, middle);
      expect(screen.getByRole('button', { name: `Move up: ${middle}` })).toBeDisabled();
    });

    it('leaves focus where the person went when they carry on before the list shows a move', async () => {
      const user = userEvent.setup();
      await threeItems();
      renderScreen();
      await openMenu(user, first);
      await openMenu(user, last);
      // A slow list (a large plan, a busy device): the move is saved well before it is shown.
      const read = repository.list.bind(repository);
      let slow = true;
      vi.spyOn(repository, 'list').mockImplementation(async () => {
        const items = await read();
        if (slow) await new Promise((resolve) => setTimeout(resolve, 300));
        return items;
      });
      screen.getByRole('button', { name: `Move down: ${first}` }).focus();
      await user.keyboard('{Enter}');
      expect(await screen.findByText(`Moved down: ${first}, now 2 of 3.`)).toBeInTheDocument();
      slow = false;
      const next = screen.getByRole('button', { name: `More for ${last}` });
      next.focus();

      await waitFor(() => expect(shownNames()).toEqual([middle, first, last]));
      expect(next).toHaveFocus();
    });

    it('keeps focus on the item when it reaches the top and can go no further', async () => {
      const user = userEvent.setup();
      await threeItems();
      renderScreen();
      await openMenu(user, middle);
      (await screen.findByRole('button', { name: `Move up: ${middle}` })).focus();
      await user.keyboard('{Enter}');
      await waitFor(async () => expect(await titles()).toEqual([middle, first, last]));
      // Move up is now disabled, so focus goes to a control of the same item that still works.
      await waitFor(() => {
        const moved = screen.getByRole('group', { name: middle }).closest('li')!;
        const focused = document.activeElement as HTMLElement;
        expect(moved).toContainElement(focused);
        expect(focused).toBeEnabled();
      });
      expect(screen.getByRole('button', { name: `Move up: ${middle}` })).toBeDisabled();
    });
  });

  describe('removing', () => {
    it('removes an item and offers Undo, which puts it back exactly as and where it was', async () => {
      const user = userEvent.setup();
      await threeItems();
      await list.details.fill((await repository.list())[1]!.id);
      const before = await repository.list();
      renderScreen();

      await openMenu(user, middle);
      await user.click(await screen.findByRole('button', { name: `Remove: ${middle}` }));
      expect(await screen.findByText(`Removed “${middle}”.`)).toBeInTheDocument();
      const undo = screen.getByRole('button', { name: 'Undo' });
      await waitFor(() => expect(undo).toHaveFocus());
      expect(await titles()).toEqual([first, last]);
      await waitFor(() => expect(shownNames()).toEqual([first, last]));

      await user.keyboard('{Enter}');
      await waitFor(async () => expect(await repository.list()).toEqual(before));
      await waitFor(() => expect(shownNames()).toEqual([first, middle, last]));
      expect(screen.queryByText(`Removed “${middle}”.`)).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
      expect(await screen.findByText(`Put back “${middle}”.`)).toBeInTheDocument();
      await waitFor(() =>
        expect(screen.getByRole('button', { name: `Change ${middle}` })).toHaveFocus(),
      );
    });

    it('keeps an item removed when the Undo message is closed', async () => {
      const user = userEvent.setup();
      await threeItems();
      renderScreen();

      await openMenu(user, first);
      await user.click(await screen.findByRole('button', { name: `Remove: ${first}` }));
      await user.click(await screen.findByRole('button', { name: 'Close this message' }));
      expect(screen.queryByText(`Removed “${first}”.`)).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: words.add })).toHaveFocus();
      expect(await titles()).toEqual([middle, last]);
      await waitFor(() => expect(shownNames()).toEqual([middle, last]));
    });

    it('closes the Undo message with Escape', async () => {
      const user = userEvent.setup();
      await threeItems();
      renderScreen();
      await openMenu(user, last);
      await user.click(await screen.findByRole('button', { name: `Remove: ${last}` }));
      const undo = await screen.findByRole('button', { name: 'Undo' });
      await waitFor(() => expect(undo).toHaveFocus());
      await user.tab();
      expect(screen.getByRole('button', { name: 'Close this message' })).toHaveFocus();
      await user.keyboard('{Escape}');
      expect(screen.queryByText(`Removed “${last}”.`)).not.toBeInTheDocument();
      expect(await titles()).toEqual([first, middle]);
    });

    it('shows the empty invitation after the last item is removed, and Undo (Space) brings it back', async () => {
      const user = userEvent.setup();
      const { id } = await repository.add({ title: first });
      await list.details.fill(id);
      const only = await repository.list();
      renderScreen();
      await openMenu(user, first);
      await user.click(await screen.findByRole('button', { name: `Remove: ${first}` }));
      expect(await screen.findByText(words.empty)).toBeInTheDocument();

      const undo = screen.getByRole('button', { name: 'Undo' });
      await waitFor(() => expect(undo).toHaveFocus());
      await user.keyboard(' ');
      expect(await screen.findByRole('group', { name: first })).toBeInTheDocument();
      expect(await repository.list()).toEqual(only);
    });
  });
});
