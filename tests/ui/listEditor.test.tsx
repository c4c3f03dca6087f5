/**
 * The list editor on its own, with the list kept in memory instead of the database. Like the
 * database, the harness hands the new list back a moment after each change has been made.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { announcement } from '../../src/ui/announcer';
import { ListEditor } from '../../src/ui/ListEditor';

interface Thing {
  id: string;
  title: string;
}

/** What a removal hands back for Undo: the thing and where it was. */
interface Removed {
  thing: Thing;
  index: number;
}

const later = () => new Promise((resolve) => setTimeout(resolve, 0));

function Harness({
  initial,
  spies = {},
  removeFinds = true,
}: {
  initial: Thing[] | null;
  spies?: { onMove?: (id: string, direction: -1 | 1) => void; onRestore?: (r: Removed) => void };
  removeFinds?: boolean;
}) {
  const [items, setItems] = useState(initial);
  const [nextId, setNextId] = useState(1);
  const list = items ?? [];

  const onAdd = async () => {
    const thing = { id: `new-${nextId}`, title: '' };
    setNextId(nextId + 1);
    void later().then(() => setItems([...list, thing]));
    return thing;
  };
  const onMove = async (id: string, direction: -1 | 1) => {
    spies.onMove?.(id, direction);
    const from = list.findIndex((thing) => thing.id === id);
    const moved = [...list];
    [moved[from], moved[from + direction]] = [moved[from + direction]!, moved[from]!];
    void later().then(() => setItems(moved));
  };
  const onRemove = async (id: string): Promise<Removed | undefined> => {
    const index = list.findIndex((thing) => thing.id === id);
    void later().then(() => setItems(list.filter((thing) => thing.id !== id)));
    return removeFinds ? { thing: list[index]!, index } : undefined;
  };
  const onRestore = async (removed: Removed) => {
    spies.onRestore?.(removed);
    const restored = [...list];
    restored.splice(removed.index, 0, removed.thing);
    void later().then(() => setItems(restored));
  };

  return (
    <ListEditor<Thing, Removed>
      items={items}
      nameOf={(thing, index) => thing.title || `Thing ${index + 1}`}
      renderItem={(thing, name) => (
        <fieldset>
          <legend>{name}</legend>
          <label>
            Title
            <input defaultValue={thing.title} />
          </label>
        </fieldset>
      )}
      actions={{ add: onAdd, move: onMove, remove: onRemove, restore: onRestore }}
      text={{
        listLabel: 'Things',
        add: 'Add a thing',
        empty: 'No things yet.',
        removed: (name) => `Removed ${name}.`,
      }}
    />
  );
}

const THREE: Thing[] = [
  { id: 'a', title: 'Apple' },
  { id: 'b', title: 'Bread' },
  { id: 'c', title: 'Cheese' },
];

const shownNames = () =>
  within(screen.getByRole('list', { name: 'Things' }))
    .getAllByRole('group')
    .map((group) => group.querySelector('legend')?.textContent);

describe('ListEditor', () => {
  it('shows nothing while the list is loading, not even an empty message', () => {
    const { container } = render(<Harness initial={null} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows the empty message and the add button for an empty list', () => {
    render(<Harness initial={[]} />);
    expect(screen.getByText('No things yet.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a thing' })).toBeInTheDocument();
  });

  it('names every control after its item, and disables moves past either end', () => {
    render(<Harness initial={THREE} />);
    expect(shownNames()).toEqual(['Apple', 'Bread', 'Cheese']);
    const bread = screen.getAllByRole('listitem')[1]!;
    expect(within(bread).getByRole('button', { name: 'Move up: Bread' })).toBeEnabled();
    expect(within(bread).getByRole('button', { name: 'Move down: Bread' })).toBeEnabled();
    expect(within(bread).getByRole('button', { name: 'Remove: Bread' })).toHaveTextContent(
      'Remove',
    );
    expect(screen.getByRole('button', { name: 'Move up: Apple' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move down: Cheese' })).toBeDisabled();
  });

  it('puts the cursor in a new item’s first field', async () => {
    const user = userEvent.setup();
    render(<Harness initial={THREE} />);
    await user.click(screen.getByRole('button', { name: 'Add a thing' }));
    const added = await screen.findByRole('group', { name: 'Thing 4' });
    await waitFor(() => expect(within(added).getByLabelText('Title')).toHaveFocus());
  });

  it('moves by keyboard, keeps focus on the same control of the moved item, and says where it is now', async () => {
    const user = userEvent.setup();
    const onMove = vi.fn();
    render(<Harness initial={THREE} spies={{ onMove }} />);

    screen.getByRole('button', { name: 'Move down: Apple' }).focus();
    await user.keyboard('{Enter}');
    expect(onMove).toHaveBeenLastCalledWith('a', 1);
    await waitFor(() => expect(shownNames()).toEqual(['Bread', 'Apple', 'Cheese']));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Move down: Apple' })).toHaveFocus(),
    );
    expect(announcement.get().message).toBe('Moved down: Apple, now 2 of 3.');

    screen.getByRole('button', { name: 'Move up: Cheese' }).focus();
    await user.keyboard(' ');
    expect(onMove).toHaveBeenLastCalledWith('c', -1);
    await waitFor(() => expect(shownNames()).toEqual(['Bread', 'Cheese', 'Apple']));
    expect(announcement.get().message).toBe('Moved up: Cheese, now 2 of 3.');
  });

  it('does nothing when a disabled move button is pressed', async () => {
    const user = userEvent.setup();
    const onMove = vi.fn();
    render(<Harness initial={THREE} spies={{ onMove }} />);
    await user.click(screen.getByRole('button', { name: 'Move up: Apple' }));
    expect(onMove).not.toHaveBeenCalled();
    expect(shownNames()).toEqual(['Apple', 'Bread', 'Cheese']);
  });

  it('offers Undo after a removal, with focus on it, and hands back what the removal returned', async () => {
    const user = userEvent.setup();
    const onRestore = vi.fn();
    render(<Harness initial={THREE} spies={{ onRestore }} />);

    await user.click(screen.getByRole('button', { name: 'Remove: Bread' }));
    const bar = await screen.findByRole('status');
    expect(bar).toHaveTextContent('Removed Bread.');
    await waitFor(() => expect(within(bar).getByRole('button', { name: 'Undo' })).toHaveFocus());
    await waitFor(() => expect(shownNames()).toEqual(['Apple', 'Cheese']));

    await user.keyboard('{Enter}');
    expect(onRestore).toHaveBeenCalledWith({ thing: THREE[1], index: 1 });
    await waitFor(() => expect(shownNames()).toEqual(['Apple', 'Bread', 'Cheese']));
    await waitFor(() =>
      expect(
        within(screen.getByRole('group', { name: 'Bread' })).getByLabelText('Title'),
      ).toHaveFocus(),
    );
    expect(screen.queryByText('Removed Bread.')).not.toBeInTheDocument();
    expect(announcement.get().message).toBe('Put back “Bread”.');
  });

  it('offers Undo for the latest removal only', async () => {
    const user = userEvent.setup();
    const onRestore = vi.fn();
    render(<Harness initial={THREE} spies={{ onRestore }} />);
    await user.click(screen.getByRole('button', { name: 'Remove: Apple' }));
    await screen.findByText('Removed Apple.');
    await waitFor(() => expect(shownNames()).toEqual(['Bread', 'Cheese']));
    await user.click(screen.getByRole('button', { name: 'Remove: Cheese' }));
    await screen.findByText('Removed Cheese.');
    expect(screen.queryByText('Removed Apple.')).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Undo' })).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onRestore).toHaveBeenCalledWith({ thing: THREE[2], index: 1 });
  });

  it('closing the Undo message keeps the removal and returns focus to the add button', async () => {
    const user = userEvent.setup();
    const onRestore = vi.fn();
    render(<Harness initial={THREE} spies={{ onRestore }} />);
    await user.click(screen.getByRole('button', { name: 'Remove: Cheese' }));
    await user.click(await screen.findByRole('button', { name: 'Close this message' }));
    expect(screen.queryByText('Removed Cheese.')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a thing' })).toHaveFocus();
    await waitFor(() => expect(shownNames()).toEqual(['Apple', 'Bread']));
    expect(onRestore).not.toHaveBeenCalled();
  });

  it('offers no Undo when there was nothing left to remove', async () => {
    const user = userEvent.setup();
    render(<Harness initial={THREE} removeFinds={false} />);
    await user.click(screen.getByRole('button', { name: 'Remove: Apple' }));
    await waitFor(() => expect(shownNames()).toEqual(['Bread', 'Cheese']));
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });
});
