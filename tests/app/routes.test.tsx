/**
 * Screens have chunks of their own. One whose code is still on its way shows "Loading…" first; one
 * fetched beforehand (the app fetches them all once the plan is open) shows at once.
 */
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { preloadScreen, preloadScreens } from '../../src/app/routes';
import { openDatabase } from '../../src/db/connection';
import { currentPath, navigate } from '../../src/ui/router';

const main = () => screen.getByRole('main');

beforeEach(async () => {
  await openDatabase();
});

afterEach(() => {
  currentPath.set('/');
});

describe('moving between screens', () => {
  it('shows a screen not yet fetched once its code is here', async () => {
    currentPath.set('/strengths');
    render(<App />);
    expect(within(main()).getByText('Loading…')).toBeInTheDocument();
    expect(
      await within(main()).findByRole('heading', { level: 1, name: 'Strengths' }),
    ).toBeInTheDocument();
  });

  it('shows a screen fetched beforehand at once', async () => {
    await preloadScreen('/goals');
    currentPath.set('/goals');
    render(<App />);
    expect(within(main()).getByRole('heading', { level: 1, name: 'Goals' })).toBeInTheDocument();
    expect(within(main()).queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('fetches every screen ahead of time, so no move waits for one', async () => {
    await preloadScreens();
    currentPath.set('/hopes');
    render(<App />);
    expect(
      within(main()).getByRole('heading', { level: 1, name: 'Hopes and dreams' }),
    ).toBeVisible();
    for (const [path, title] of [
      ['/people', 'People and places'],
      ['/settings', 'Your data and settings'],
      ['/goals/progress', 'Your progress'],
    ] as const) {
      act(() => navigate(path));
      expect(within(main()).getByRole('heading', { level: 1, name: title })).toBeVisible();
      expect(within(main()).queryByText('Loading…')).not.toBeInTheDocument();
    }
  });
});
