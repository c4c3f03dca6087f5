/**
 * A live query can deliver a result it read before the form's own latest save landed. That is
 * old news, not another tab's change: the form must neither put the old words back in the field
 * nor treat them as a clash (issue #12: `0161 496` + ` 0000 12` became `016 0000 12`).
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { SaveStatusBar } from '../../src/app/SaveStatusBar';
import { openDatabase } from '../../src/db/connection';
import { peopleRepository } from '../../src/db/repositories/people';
import type { Person } from '../../src/domain/people';
import { PersonEditor } from '../../src/features/people/PersonEditor';
import {
  openConflicts,
  takeWriteGuard,
  WriteConflict,
  type WriteGuard,
} from '../../src/lib/writeGuard';
import { useAutosaveForm } from '../../src/ui/useAutosaveForm';

beforeEach(async () => {
  await openDatabase();
});

const storedNotes = async (id: string) =>
  (await peopleRepository.list()).find((each) => each.id === id)?.notes;

describe('A stale live-query result in a real screen', () => {
  it('does not put back older words after the form’s own save: typing carries on', async () => {
    const user = userEvent.setup();
    const added = await peopleRepository.add({ name: 'Mo' });
    const item: Person = (await peopleRepository.list())[0]!;
    const view = (shown: Person) => (
      <>
        <SaveStatusBar />
        <PersonEditor item={shown} name="Mo" />
      </>
    );
    const { rerender } = render(view(item));
    const notes = screen.getByLabelText('Notes');

    await user.type(notes, 'abc');
    await waitFor(async () => expect(await storedNotes(added.id)).toBe('abc'));
    expect(await screen.findByText('Saved on this device')).toBeInTheDocument();

    // An older stored value arrives late, after the form's save of "abc" has finished.
    rerender(view({ ...item, notes: 'ab' }));
    expect(notes).toHaveValue('abc');

    await user.type(notes, 'd');
    await waitFor(async () => expect(await storedNotes(added.id)).toBe('abcd'));
    expect(notes).toHaveValue('abcd');
    expect(
      screen.queryByRole('region', { name: /changed in another tab/ }),
    ).not.toBeInTheDocument();

    // The fresh value arriving afterwards changes nothing either.
    rerender(view({ ...item, notes: 'abcd' }));
    expect(notes).toHaveValue('abcd');
  });

  it('still follows a change another tab makes after the form’s own save', async () => {
    const user = userEvent.setup();
    const added = await peopleRepository.add({ name: 'Mo' });
    const item: Person = (await peopleRepository.list())[0]!;
    const { rerender } = render(<PersonEditor item={item} name="Mo" />);
    const notes = screen.getByLabelText('Notes');
    await user.type(notes, 'abc');
    await waitFor(async () => expect(await storedNotes(added.id)).toBe('abc'));
    await act(() => peopleRepository.update(added.id, { notes: 'abc, from the other tab' }));
    rerender(<PersonEditor item={{ ...item, notes: 'abc, from the other tab' }} name="Mo" />);
    await waitFor(() => expect(notes).toHaveValue('abc, from the other tab'));
  });
});

/**
 * The form on its own, with a write path the test drives (as db/writeQueue.ts does, through the
 * guard each save carries), so saves land, are superseded and are read back in a chosen order.
 */
const phoneSchema = z.object({ phone: z.string() });
type Phone = z.infer<typeof phoneSchema>;

interface Sent {
  value: string;
  guard: WriteGuard;
  done: () => void;
  refuse: (error: unknown) => void;
}

function harness() {
  const database = { phone: '' };
  const sent: Sent[] = [];
  let showStored: (stored: Phone) => void = () => undefined;
  const save = (patch: Partial<Phone>) => {
    const guard = takeWriteGuard();
    if (!guard) throw new Error('saved without a guard');
    return new Promise<void>((resolve, reject) => {
      sent.push({ value: patch.phone ?? '', guard, done: resolve, refuse: reject });
    });
  };
  function Form() {
    const [stored, setStored] = useState<Phone>({ phone: '' });
    showStored = setStored;
    const { register } = useAutosaveForm(phoneSchema, stored, save);
    return (
      <label>
        Phone
        <input {...register('phone')} />
      </label>
    );
  }
  const sentValue = (value: string) => {
    const found = sent.find((each) => each.value === value);
    if (!found) throw new Error(`“${value}” was never sent`);
    return found;
  };
  return {
    database,
    render: () => render(<Form />),
    /** The write of `value` is stored, as the write queue stores it: checked, then written. */
    land(value: string) {
      const write = sentValue(value);
      expect(write.guard.mayOverwrite('phone', database.phone)).toBe(true);
      database.phone = value;
      write.guard.written();
      write.done();
    },
    /** The write of `value` finds another tab's words and stops, as the write queue does. */
    clash(value: string) {
      const write = sentValue(value);
      expect(write.guard.mayOverwrite('phone', database.phone)).toBe(false);
      write.refuse(new WriteConflict({ phone: database.phone }));
    },
    /** A newer value took this one's place in the queue: it resolves, but is never written. */
    supersede: (value: string) => sentValue(value).done(),
    /** A live query delivers what it read, whenever it read it. */
    deliver: (phone: string) => act(() => showStored({ phone })),
  };
}

const typeEach = (field: HTMLElement, from: string, text: string) => {
  let value = from;
  for (const character of text) {
    value += character;
    fireEvent.change(field, { target: { value } });
  }
  return value;
};

describe('A stale live-query result while typing fast', () => {
  it('keeps every character when reads arrive late and saves resolve out of order', async () => {
    const form = harness();
    form.render();
    const phone = screen.getByLabelText('Phone');

    typeEach(phone, '', '0161 496');
    // The first three keystrokes are written; the next four are superseded by the eighth.
    form.land('0');
    form.land('01');
    form.land('016');
    form.land('0161 496');
    ['0161', '0161 ', '0161 4', '0161 49'].forEach(form.supersede);
    await act(() => Promise.resolve());

    // Reads made along the way arrive now, oldest first, each after the save that outdated it.
    form.deliver('01');
    expect(phone).toHaveValue('0161 496');
    form.deliver('016');
    expect(phone).toHaveValue('0161 496');
    // A re-render with the same old result changes nothing either.
    form.deliver('016');
    expect(phone).toHaveValue('0161 496');

    typeEach(phone, '0161 496', ' 0000');
    form.land('0161 496 ');
    // A superseded value of this form's arriving late is old news too.
    form.deliver('0161 49');
    form.land('0161 496 0000');
    form.deliver('0161 496 ');
    ['0161 496 0', '0161 496 00', '0161 496 000'].forEach(form.supersede);
    typeEach(phone, '0161 496 0000', ' 12');
    form.deliver('0161 496 0000');
    form.land('0161 496 0000 12');
    ['0161 496 0000 ', '0161 496 0000 1'].forEach(form.supersede);
    form.deliver('0161 496 0000');
    await act(() => Promise.resolve());

    expect(phone).toHaveValue('0161 496 0000 12');
    expect(form.database.phone).toBe('0161 496 0000 12');
    expect(openConflicts.get()).toEqual([]);

    // The read that shows the latest save, then another tab's change, are still followed.
    form.deliver('0161 496 0000 12');
    form.deliver('0161 496 0000 13');
    await waitFor(() => expect(phone).toHaveValue('0161 496 0000 13'));
    expect(openConflicts.get()).toEqual([]);
  });

  it('still asks when another tab changed the field while the person was typing', async () => {
    const form = harness();
    form.render();
    const phone = screen.getByLabelText('Phone');
    typeEach(phone, '', '0161');
    form.land('0');
    ['01', '016'].forEach(form.supersede);
    form.land('0161');
    typeEach(phone, '0161', ' 4');
    // Another tab stores its number before this form's next save is checked.
    form.database.phone = '0207 946 0000';
    form.deliver('0207 946 0000');
    form.supersede('0161 ');
    form.clash('0161 4');
    await waitFor(() => expect(openConflicts.get()).toHaveLength(1));
    render(<SaveStatusBar />);
    const choice = await screen.findByRole('region', { name: /changed in another tab too/ });
    expect(within(choice).getByText('0207 946 0000')).toBeInTheDocument();
    expect(within(choice).getByText('0161 4')).toBeInTheDocument();
    expect(phone).toHaveValue('0161 4');
  });
});
