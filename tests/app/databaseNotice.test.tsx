/**
 * When the plan's database can't be used, the app says what happened and what the person can do,
 * in place of the screen (or, when another tab upgraded it, over a screen that can no longer be
 * changed).
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { openDatabase } from '../../src/db/connection';
import { DB_NAME } from '../../src/db/database';
import type { OpenFailure } from '../../src/db/errors';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/db/schema';
import { dbStatus, type DbStatus } from '../../src/db/status';

const FAILURES: { reason: OpenFailure; title: string; says: RegExp }[] = [
  {
    reason: 'unavailable',
    title: 'Waymark can’t keep your plan in this browser',
    says: /private or incognito windows/,
  },
  {
    reason: 'newerVersion',
    title: 'A newer Waymark is already on this device',
    says: /Your plan is safe/,
  },
  { reason: 'quota', title: 'This device is full', says: /Your plan is not lost/ },
  {
    reason: 'unknown',
    title: 'Waymark could not open your plan',
    says: /usually fixed by reloading/,
  },
];

const main = () => screen.getByRole('main');
const notice = () => screen.getByRole('alert');

function renderAppWith(status: DbStatus) {
  dbStatus.set(status);
  return render(<App />);
}

describe('database notices', () => {
  it.each(FAILURES)(
    'explains a failure to open ($reason) in place of the screen, with a Reload button',
    ({ reason, title, says }) => {
      renderAppWith({ state: 'failed', reason });
      const alert = within(main()).getByRole('alert');
      expect(within(alert).getByRole('heading', { name: title })).toBeInTheDocument();
      expect(within(alert).getByText(says)).toBeInTheDocument();
      expect(within(alert).getByRole('button', { name: 'Reload' })).toBeEnabled();
      // No screen, and no "saved" status, while there is nowhere to save to.
      expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
      expect(screen.queryByText('Saved on this device')).not.toBeInTheDocument();
      expect(main()).not.toHaveAttribute('inert');
    },
  );

  it('asks the person to close other tabs while an upgrade waits, without a Reload button', () => {
    renderAppWith({ state: 'blocked' });
    const alert = within(main()).getByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Waymark is waiting for another tab' }),
    ).toBeInTheDocument();
    expect(within(alert).getByText(/close the other Waymark tabs/)).toBeInTheDocument();
    expect(within(alert).getByText(/This page will carry on by itself/)).toBeInTheDocument();
    expect(within(alert).queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
  });

  it('waits for an older tab, then carries on by itself once it closes', async () => {
    // Another tab still has the plan open with the first Waymark, and does not let go.
    const olderTab = new Dexie(DB_NAME);
    olderTab.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    await olderTab.open();
    olderTab.on('versionchange', () => false);

    render(<App />);
    const opening = openDatabase();
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Waymark is waiting for another tab' }),
    ).toBeInTheDocument();

    olderTab.close();
    expect(await opening).toEqual({ state: 'ready' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your plan' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the screen but makes it unchangeable when another tab updated Waymark', async () => {
    await openDatabase();
    renderAppWith({ state: 'ready' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your plan' })).toBeInTheDocument();

    act(() => dbStatus.set({ state: 'outdated' }));
    const alert = notice();
    expect(
      within(alert).getByRole('heading', { name: 'Waymark was updated in another tab' }),
    ).toBeInTheDocument();
    expect(within(alert).getByText(/Everything you wrote here has been saved/)).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeEnabled();

    // The notice sits outside <main>, which stays on screen but can no longer be used.
    expect(main()).not.toContainElement(alert);
    expect(main()).toHaveAttribute('inert');
    expect(
      within(main()).getByRole('heading', { level: 1, name: 'Your plan' }),
    ).toBeInTheDocument();
  });

  it('shows the "updated in another tab" notice when another tab really upgrades the database', async () => {
    await openDatabase();
    renderAppWith({ state: 'ready' });
    await screen.findByRole('heading', { level: 1, name: 'Your plan' });

    const otherTab = new Dexie(DB_NAME);
    otherTab.version(LATEST_SCHEMA_VERSION + 1).stores({ aboutMe: 'id', later: 'id' });
    await otherTab.open();
    otherTab.close();

    await waitFor(() => expect(main()).toHaveAttribute('inert'));
    expect(
      within(notice()).getByRole('heading', { name: 'Waymark was updated in another tab' }),
    ).toBeInTheDocument();
  });

  it('shows the "newer Waymark" notice when the plan was last opened by a newer version', async () => {
    const newer = new Dexie(DB_NAME);
    newer.version(LATEST_SCHEMA_VERSION + 5).stores({ aboutMe: 'id', somethingNew: 'id' });
    await newer.open();
    newer.close();

    render(<App />);
    expect(screen.getByText('Opening your plan…')).toBeInTheDocument();
    await openDatabase();
    expect(
      await within(notice()).findByRole('heading', {
        name: 'A newer Waymark is already on this device',
      }),
    ).toBeInTheDocument();
    expect(within(notice()).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('shows no notice once the plan is open', async () => {
    await openDatabase();
    renderAppWith({ state: 'ready' });
    await screen.findByRole('heading', { level: 1, name: 'Your plan' });
    expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
    expect(main()).not.toHaveAttribute('inert');
  });
});
