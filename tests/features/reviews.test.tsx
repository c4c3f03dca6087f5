import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { getReview, setReviewDate } from '../../src/db/repositories/reviews';
import { strengthsRepository } from '../../src/db/repositories/strengths';
import { HomeScreen } from '../../src/features/home/HomeScreen';
import { StrengthsScreen } from '../../src/features/strengths/StrengthsScreen';

beforeEach(async () => {
  await openDatabase();
});

describe('reviews', () => {
  it('records when a part was last looked over and when to look again', async () => {
    const user = userEvent.setup();
    // The invitation comes once a part has something in it.
    await strengthsRepository.add({ title: 'Patience' });
    render(<StrengthsScreen />);
    expect(await screen.findByText(/^Now and then, read this part through/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'I’ve looked over this today' }));
    expect(await screen.findByText(/^You last looked over this on /)).toBeInTheDocument();
    // The day to look again is one deliberate tap further.
    expect(screen.getByLabelText('Look at this again on (optional)')).not.toBeVisible();
    await user.click(screen.getByText('Choose a day to look at this again'));
    await user.type(screen.getByLabelText('Look at this again on (optional)'), '2027-05-01');
    await waitFor(async () => expect((await getReview('strengths')).reviewDate).toBe('2027-05-01'));
    expect(
      await screen.findByText('You plan to look at this again on 1 May 2027. Change the day'),
    ).toBeInTheDocument();
    expect((await getReview('strengths')).lastReviewedAt).not.toBeNull();
  });

  it('shows a part on Home when its review day has come, and not before', async () => {
    await setReviewDate('crisis', '2020-01-01');
    await setReviewDate('hopes', '2999-01-01');
    render(<HomeScreen />);
    expect(await screen.findByRole('link', { name: 'Look again at Crisis plan' })).toHaveAttribute(
      'href',
      '/crisis-plan',
    );
    expect(
      screen.queryByRole('link', { name: 'Look again at Hopes and dreams' }),
    ).not.toBeInTheDocument();
  });
});
