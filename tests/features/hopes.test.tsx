/**
 * What only Hopes and dreams does: a hope's part of life, with a field for it in the person's own
 * words. What it shares with Strengths (adding, arranging, removing with Undo) is proven for both
 * in ownWordsLists.test.tsx.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { hopesRepository } from '../../src/db/repositories/hopes';
import { HopesScreen } from '../../src/features/hopes/HopesScreen';

beforeEach(async () => {
  await openDatabase();
});

describe('Hopes and dreams', () => {
  it('saves every field, and asks for the part of life in the person’s own words only when chosen', async () => {
    const user = userEvent.setup();
    const { id } = await hopesRepository.add();
    render(<HopesScreen />);
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
    render(<HopesScreen />);
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
});
