/**
 * What only Strengths does: a strength's kind, with a field for it in the person's own words.
 * What it shares with Hopes and dreams (adding, arranging, removing with Undo) is proven for both
 * in ownWordsLists.test.tsx.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { strengthsRepository } from '../../src/db/repositories/strengths';
import { StrengthsScreen } from '../../src/features/strengths/StrengthsScreen';

beforeEach(async () => {
  await openDatabase();
});

describe('Strengths', () => {
  it('saves every field, and asks for the kind in the person’s own words only when chosen', async () => {
    const user = userEvent.setup();
    const { id } = await strengthsRepository.add();
    render(<StrengthsScreen />);
    await user.click(await screen.findByRole('button', { name: 'Change Strength 1' }));
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
    render(<StrengthsScreen />);
    await user.click(await screen.findByRole('button', { name: 'Change Patience' }));
    const item = await screen.findByRole('group', { name: 'Patience' });
    expect(within(item).getByLabelText('Kind, in my own words')).toHaveValue('Gift');

    await user.selectOptions(
      within(item).getByLabelText('What kind of strength is it?'),
      'A personal quality',
    );
    expect(within(item).queryByLabelText('Kind, in my own words')).not.toBeInTheDocument();
    await waitFor(async () => expect((await strengthsRepository.list())[0]?.kind).toBe('quality'));
  });
});
