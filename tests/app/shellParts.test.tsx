/**
 * The save status and the update note are not in the shell's code (#15): each arrives when it is
 * first needed — once the plan is open, once a new version is waiting — and shows as before.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { openDatabase } from '../../src/db/connection';
import { updateState } from '../../src/pwa/serviceWorker';
import { currentPath } from '../../src/ui/router';

afterEach(() => {
  updateState.set('none');
  currentPath.set('/');
});

describe('parts of the shell fetched when needed', () => {
  it('shows the save status once the plan is open', async () => {
    currentPath.set('/help-now');
    const { container } = render(<App />);
    const bar = container.querySelector('.app-bar__status')!;
    expect(bar).toBeEmptyDOMElement();
    await act(async () => void (await openDatabase()));
    await waitFor(() => expect(bar.querySelector('.save-status [role=status]')).not.toBeNull());
  });

  it('shows the update note only once a new version is waiting', async () => {
    currentPath.set('/help-now');
    render(<App />);
    expect(screen.queryByText('A new version of Waymark is ready.')).not.toBeInTheDocument();
    act(() => updateState.set('ready'));
    expect(await screen.findByText('A new version of Waymark is ready.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Update now' })).toBeEnabled();
  });
});
