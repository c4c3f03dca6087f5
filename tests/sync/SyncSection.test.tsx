/**
 * The settings section, as a person uses it, against the in-process server: set up sync, see it
 * up to date, pair another device by its link, be told kindly about a wrong key, choose between
 * two versions, and turn sync off keeping the plan.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { strengthsRepository } from '../../src/db/repositories/strengths';
import { isSyncOn, stopSync } from '../../src/db/syncCapture';
import { SyncSection } from '../../src/features/sync';
import { newSecret } from '../../src/sync/keys';
import { pairingLink } from '../../src/sync/pairing';
import { makePairingLink, runningEngine, startSync, turnSyncOn } from '../../src/sync/engine';
import { syncStatus } from '../../src/sync/status';
import { onDevice, serverForTests, until } from './devices';

// This build's deployment names the test server as its sync server (WAYMARK_SYNC_ORIGINS).
const allowed = vi.hoisted(() => ({ origins: [] as string[] }));
vi.mock('../../src/sync/allowedServers', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/sync/allowedServers')>();
  return {
    ...real,
    syncOrigins: () => allowed.origins,
  };
});

const { freshUrl } = serverForTests();
afterEach(() => window.history.replaceState(null, '', '/'));

const LONG = { timeout: 15_000 };

describe('Use this plan on another device', () => {
  it('sets up sync with a database, says it is up to date, and turns off keeping the plan', async () => {
    await onDevice('A');
    await strengthsRepository.add({ title: 'Patience' });
    const user = userEvent.setup();
    render(<SyncSection />);
    await screen.findByRole('heading', { name: 'Use this plan on another device' });
    expect(screen.getByText('Sync is off. Your plan is only on this device.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Address of your database'), 'http://couch.example/x');
    await user.click(screen.getByRole('button', { name: 'Start syncing' }));
    expect(await screen.findByText(/Check the address/)).toBeInTheDocument();

    // A server this build's deployment has not named is refused kindly, before any request.
    const url = freshUrl();
    await user.clear(screen.getByLabelText('Address of your database'));
    await user.type(screen.getByLabelText('Address of your database'), url);
    await user.click(screen.getByRole('button', { name: 'Start syncing' }));
    expect(
      await screen.findByText(/This Waymark can only sync with a database at/),
    ).toBeInTheDocument();
    expect(isSyncOn()).toBe(false);

    allowed.origins = [new URL(url).origin];
    await user.clear(screen.getByLabelText('Address of your database'));
    await user.type(screen.getByLabelText('Address of your database'), url);
    await user.click(screen.getByRole('button', { name: 'Start syncing' }));
    expect(await screen.findByText('Up to date.', {}, LONG)).toBeInTheDocument();
    expect(screen.getByText(/Last synced/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Pair another device' }));
    const link = await screen.findByTestId('sync-pairing-link');
    expect(link.getAttribute('href')).toMatch(/\/settings#sync=v1\./);
    expect(screen.getByRole('img', { name: 'Code to scan with your other device' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Turn sync off' }));
    await user.click(screen.getByRole('button', { name: 'Yes, turn sync off' }));
    expect(await screen.findByText('Sync is off. Your plan is only on this device.')).toBeVisible();
    expect(isSyncOn()).toBe(false);
    expect((await strengthsRepository.list()).map((s) => s.title)).toEqual(['Patience']);
  });

  it('pairs from a link opened on this device, and says kindly when its key is wrong', async () => {
    const url = freshUrl();
    await onDevice('A');
    await strengthsRepository.add({ title: 'Walking' });
    await turnSyncOn({ url });
    await until(() => syncStatus.get().phase === 'upToDate');
    const good = (await makePairingLink('http://localhost:3000'))!;

    await onDevice('B');
    const user = userEvent.setup();
    const wrong = pairingLink('http://localhost:3000', { settings: { url }, secret: newSecret() });
    window.history.replaceState(null, '', new URL(wrong).pathname + new URL(wrong).hash);
    const { unmount } = render(<SyncSection />);
    await screen.findByRole('heading', { name: 'Pair this device with your other one?' });
    expect(window.location.hash).toBe('');
    const pairButtons = screen.getAllByRole('button', { name: 'Pair this device' });
    await user.click(pairButtons[0]!);
    expect(
      await screen.findByText(/That link’s key doesn’t open the plan on this server/, {}, LONG),
    ).toBeVisible();
    expect(isSyncOn()).toBe(false);
    expect(await strengthsRepository.list()).toEqual([]);
    unmount();

    render(<SyncSection />);
    await user.type(await screen.findByLabelText('Link from your other device'), good);
    await user.click(screen.getByRole('button', { name: 'Pair this device' }));
    await waitFor(async () => {
      expect((await strengthsRepository.list()).map((s) => s.title)).toEqual(['Walking']);
    }, LONG);
    expect(await screen.findByText('Up to date.', {}, LONG)).toBeInTheDocument();
  });

  it('shows both versions of something changed on two devices, with words about devices', async () => {
    const url = freshUrl();
    await onDevice('A');
    const item = await strengthsRepository.add({ title: 'Cooking', howItHelps: 'Before' });
    await turnSyncOn({ url });
    await until(() => syncStatus.get().phase === 'upToDate');
    const link = (await makePairingLink('http://localhost:3000'))!;
    await onDevice('B');
    window.history.replaceState(null, '', new URL(link).pathname + new URL(link).hash);
    const { unmount } = render(<SyncSection />);
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Pair this device with your other one?' });
    await user.click(screen.getAllByRole('button', { name: 'Pair this device' })[0]!);
    await waitFor(async () => expect(await strengthsRepository.list()).toHaveLength(1), LONG);
    unmount();
    await stopSync();
    await strengthsRepository.update(item.id, { howItHelps: 'Slow Sunday soup' });

    await onDevice('A');
    await startSync();
    await strengthsRepository.update(item.id, { howItHelps: 'Quick weekday pasta' });
    await until(async () => {
      await runningEngine()?.settled();
      return syncStatus.get().phase === 'upToDate' && syncStatus.get().waiting === 0;
    });

    await onDevice('B');
    render(<SyncSection />);
    const heading = await screen.findByText(
      '“A strength: Cooking” was changed on two devices',
      {},
      LONG,
    );
    const choice = heading.closest('section')!;
    expect(within(choice).getByText('What this device shows now')).toBeVisible();
    expect(within(choice).getByText('The version from your other device')).toBeVisible();
    expect(within(choice).getByText('Slow Sunday soup')).toBeVisible();
    expect(within(choice).getByText('Quick weekday pasta')).toBeVisible();
    await user.click(within(choice).getByRole('button', { name: 'Keep both' }));
    await waitFor(async () => expect(await strengthsRepository.list()).toHaveLength(2), LONG);
    await waitFor(() => expect(screen.queryByText(/was changed on two devices/)).toBeNull());
  });
});
