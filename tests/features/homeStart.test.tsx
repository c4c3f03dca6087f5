/**
 * An empty plan's Home offers two ways in: start writing (the main action), or bring a plan back
 * from a backup — for someone on a new phone, or after clearing the browser.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { peopleRepository } from '../../src/db/repositories/people';
import { strengthsRepository } from '../../src/db/repositories/strengths';
import { HomeScreen } from '../../src/features/home/HomeScreen';

beforeEach(async () => {
  await openDatabase();
});

const start = () => screen.findByRole('region', { name: 'Where would you like to begin?' });

describe('Home: an empty plan', () => {
  it('offers Start your plan as the main action and Restore from a backup beside it', async () => {
    render(<HomeScreen />);
    const region = await start();
    const begin = within(region).getByRole('link', { name: 'Start your plan' });
    const restore = within(region).getByRole('link', { name: 'Restore from a backup' });
    expect(begin).toHaveAttribute('href', '/about-me');
    expect(restore).toHaveAttribute('href', '/backup');
    // One main action of the two: Start your plan is the primary button, the other is not.
    expect(begin).toHaveClass('button--primary');
    expect(restore).not.toHaveClass('button--primary');
    // And the only one on the whole screen.
    expect(document.querySelectorAll('.button--primary')).toHaveLength(1);
  });

  it('has one main action once the plan has goals: going on with them', async () => {
    const { goalsRepository } = await import('../../src/db/repositories/goals');
    await strengthsRepository.add({ title: 'Good listener' });
    await goalsRepository.add({ title: 'Walk to the park' });
    render(<HomeScreen />);
    await screen.findByText(/Good listener/);
    await waitFor(() => expect(document.querySelectorAll('.button--primary')).toHaveLength(1));
    expect(document.querySelector('.button--primary')).toHaveAccessibleName(/goals/i);
  });

  it('no longer offers them once the plan has something in it', async () => {
    await strengthsRepository.add({ title: 'Good listener' });
    render(<HomeScreen />);
    expect(await screen.findByRole('region', { name: 'Strengths' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(/Good listener/)).toBeInTheDocument());
    expect(
      screen.queryByRole('region', { name: 'Where would you like to begin?' }),
    ).not.toBeInTheDocument();
  });

  it('does not offer a restore over a plan that only has people in it', async () => {
    await peopleRepository.add({ name: 'Maya' });
    render(<HomeScreen />);
    expect(await screen.findByRole('region', { name: 'Strengths' })).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.queryByRole('region', { name: 'Where would you like to begin?' }),
      ).not.toBeInTheDocument(),
    );
  });
});
