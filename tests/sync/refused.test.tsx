/**
 * A server that refuses the name or password (HTTP 401), with the in-process server asking for
 * a name and password as a CouchDB that requires a valid user does: setting up or pairing with
 * the wrong ones keeps nothing and sends nothing, the settings section says so kindly and keeps
 * what was typed, and a server that starts refusing (its password changed) is reported as such
 * while every change waits safely here.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { saveAboutMe } from '../../src/db/repositories/aboutMe';
import { strengthsRepository } from '../../src/db/repositories/strengths';
import {
  isSyncOn,
  POUCH_PREFIX,
  readSyncedRecords,
  stopSync,
  SYNC_MIRROR_DB,
  SYNC_ON_KEY,
  SYNC_STATE_DB,
} from '../../src/db/syncCapture';
import { SyncSection } from '../../src/features/sync';
import { pair, setUp } from '../../src/features/sync/syncActions';
import {
  makePairingLink,
  pairThisDevice,
  readPairing,
  runningEngine,
  startSync,
  syncNow,
  turnSyncOn,
  WrongSyncKey,
} from '../../src/sync/engine';
import { SyncStateDb } from '../../src/sync/state';
import { syncStatus } from '../../src/sync/status';
import { startCouchServer, type CouchServer, type Credentials } from './couchServer';
import { forgetDevices, onDevice, until } from './devices';

// This build's deployment names the test server as its sync server (WAYMARK_SYNC_ORIGINS).
const allowed = vi.hoisted(() => ({ origins: [] as string[] }));
vi.mock('../../src/sync/allowedServers', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/sync/allowedServers')>();
  return {
    ...real,
    syncOrigins: () => allowed.origins,
  };
});

const OPTIONS = { maxRetryMs: 300 };
const LONG = { timeout: 15_000 };
const RIGHT: Credentials = { username: 'alex', password: 'lantern-orchard-pebble' };
const WRONG_PASSWORD = 'velvet-thunder-wrong';

// One server for the file, asking for RIGHT; a database of its own for each test. As
// serverForTests (devices.ts) does, with the name and password asked for.
let server: CouchServer;
let count = 0;
beforeAll(async () => {
  server = await startCouchServer({ credentials: RIGHT });
});
afterAll(() => server.stop());
afterEach(async () => {
  await stopSync();
  forgetDevices();
  server.setCredentials(RIGHT);
  allowed.origins = [];
  window.history.replaceState(null, '', '/');
});

function freshDatabase() {
  const name = `waymark-refused-${Date.now()}-${(count += 1)}`;
  return { name, url: server.url(name) };
}

/** Every record of the plan on this device, exactly as stored. */
async function planHere() {
  return Object.fromEntries(await readSyncedRecords());
}

/** Device A, with a plan of a few parts on it; returns the plan as stored. */
async function planOnDeviceA() {
  await onDevice('A');
  await strengthsRepository.add({ title: 'Patience', howItHelps: 'I wait for the wave to pass' });
  await strengthsRepository.add({ title: 'Humour' });
  await saveAboutMe({ preferredName: 'Alex', story: 'A sentence only I would write.' });
  return planHere();
}

/** Device A with its plan, syncing with the database at `url` and up to date. */
async function syncingOnA(url: string) {
  const plan = await planOnDeviceA();
  await turnSyncOn({ url, ...RIGHT }, OPTIONS);
  await until(upToDate);
  return plan;
}

/** What a call threw (or null when it did not). */
const thrown = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

/** The engine's own test for a refused name or password (engine.ts, `refused`): 401 or 403. */
const refusedByServer = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  'status' in error &&
  [401, 403].includes(Number(error.status));

/** Sync is off on this device, and nothing of the attempt was kept: no address, name, password. */
async function nothingKept() {
  expect(isSyncOn()).toBe(false);
  expect(localStorage.getItem(SYNC_ON_KEY)).toBeNull();
  expect(syncStatus.get().phase).toBe('off');
  expect(runningEngine()).toBeNull();
  for (let index = 0; index < localStorage.length; index += 1) {
    expect(localStorage.getItem(localStorage.key(index)!)).not.toContain(WRONG_PASSWORD);
  }
  expect(await Dexie.exists(`${POUCH_PREFIX}${SYNC_MIRROR_DB}`)).toBe(false);
  if (await Dexie.exists(SYNC_STATE_DB)) {
    const state = new SyncStateDb();
    try {
      expect(await state.config.toArray()).toEqual([]);
      expect(await state.docs.count()).toBe(0);
    } finally {
      state.close();
    }
  }
  // Opening the app again does not start anything either.
  await startSync(OPTIONS);
  expect(syncStatus.get().phase).toBe('off');
  expect(runningEngine()).toBeNull();
}

const upToDate = () => syncStatus.get().phase === 'upToDate' && syncStatus.get().waiting === 0;

describe('a server that refuses the name or password', () => {
  it('turning sync on with a wrong password, a wrong name or none is refused: nothing is kept or sent, and the plan is unchanged', async () => {
    const { name, url } = freshDatabase();
    const before = await planOnDeviceA();

    for (const settings of [
      { url, username: RIGHT.username, password: WRONG_PASSWORD },
      { url, username: 'someone-else', password: RIGHT.password },
      { url },
    ]) {
      const error = await thrown(turnSyncOn(settings, OPTIONS));
      expect(error).not.toBeNull();
      expect(error).not.toBeInstanceOf(WrongSyncKey);
      expect(error).toMatchObject({ status: 401 });
      expect(refusedByServer(error)).toBe(true);
      await nothingKept();
      expect(await planHere()).toEqual(before);
    }
    // The settings section reads the same failure as “the server didn’t accept the name or
    // password”, not as an unreachable server or a wrong key.
    expect(await setUp({ url, username: RIGHT.username, password: WRONG_PASSWORD })).toBe('denied');
    await nothingKept();
    expect(await planHere()).toEqual(before);
    // Nothing reached the server's database: not the check document, not a word of the plan.
    expect((await server.db(name).info()).doc_count).toBe(0);
  });

  it('with the right name and password the same server syncs the plan, and a device paired by its link gets it', async () => {
    const { name, url } = freshDatabase();
    const before = await planOnDeviceA();

    await turnSyncOn({ url, ...RIGHT }, OPTIONS);
    await until(upToDate);
    expect(isSyncOn()).toBe(true);
    expect(await planHere()).toEqual(before);
    // The check document, the two strengths and About me.
    expect((await server.db(name).info()).doc_count).toBe(4);

    const link = await makePairingLink('https://waymark.example');
    await onDevice('B');
    await pairThisDevice(readPairing(new URL(link!).hash)!, OPTIONS);
    await until(async () => {
      await runningEngine()?.settled();
      return upToDate() && (await planHere()).strengths?.length === 2;
    });
    expect(await planHere()).toEqual(before);
  });

  it('pairing with a link whose password is no longer right is refused the same way, and the right one then pairs', async () => {
    const { name, url } = freshDatabase();
    const onA = await syncingOnA(url);
    const good = readPairing(new URL((await makePairingLink('https://waymark.example'))!).hash)!;
    const serverBefore = JSON.stringify(
      (await server.db(name).allDocs({ include_docs: true, conflicts: true })).rows,
    );

    await onDevice('B');
    await strengthsRepository.add({ title: 'Only on this phone' });
    const onB = await planHere();
    const stale = { ...good, settings: { ...good.settings, password: WRONG_PASSWORD } };
    const error = await thrown(pairThisDevice(stale, OPTIONS));
    expect(error).not.toBeInstanceOf(WrongSyncKey);
    expect(error).toMatchObject({ status: 401 });
    expect(refusedByServer(error)).toBe(true);
    expect(await pair(stale)).toBe('denied');
    await nothingKept();
    expect(await planHere()).toEqual(onB);
    const serverAfter = JSON.stringify(
      (await server.db(name).allDocs({ include_docs: true, conflicts: true })).rows,
    );
    expect(serverAfter).toBe(serverBefore);

    await pairThisDevice(good, OPTIONS);
    await until(async () => {
      await runningEngine()?.settled();
      return upToDate() && (await planHere()).strengths?.length === 3;
    });
    const joined = await planHere();
    expect(joined.aboutMe).toEqual(onA.aboutMe);
    expect(joined.strengths).toEqual(
      expect.arrayContaining([...onA.strengths!, ...onB.strengths!]),
    );
  });

  it('when the password is changed on the server, sync says it was refused, every change waits here, and goes once it is accepted again', async () => {
    const { name, url } = freshDatabase();
    await syncingOnA(url);
    const onServer = (await server.db(name).info()).doc_count;

    server.setCredentials({ ...RIGHT, password: 'changed-on-the-server' });
    await strengthsRepository.add({ title: 'Written after the password changed' });
    const before = await planHere();
    await until(() => syncStatus.get().phase === 'denied');
    await runningEngine()?.settled();
    expect(syncStatus.get().phase).toBe('denied');
    expect(syncStatus.get().waiting).toBeGreaterThan(0);
    // Sync stays on (the status tells the person what to do); the plan here is as written.
    expect(isSyncOn()).toBe(true);
    expect(await planHere()).toEqual(before);
    expect((await server.db(name).info()).doc_count).toBe(onServer);

    // Opening the app again while the server still refuses says the same, and loses nothing.
    await stopSync();
    await startSync(OPTIONS);
    await until(() => syncStatus.get().phase === 'denied');
    expect(await planHere()).toEqual(before);

    // Once the server takes the name and password kept here again, the change that waited goes.
    server.setCredentials(RIGHT);
    syncNow();
    await until(async () => {
      await runningEngine()?.settled();
      return upToDate();
    });
    expect((await server.db(name).info()).doc_count).toBe(onServer + 1);
    expect(await planHere()).toEqual(before);
  });
});

describe('a password check in front of the server', () => {
  it('that refuses with a web page is still a refused password, not a server out of reach', async () => {
    const proxied = await startCouchServer({ credentials: RIGHT, refusesWithPage: true });
    try {
      const url = proxied.url(`waymark-proxied-${Date.now()}`);
      const plan = await planOnDeviceA();
      expect(await setUp({ url, username: RIGHT.username, password: WRONG_PASSWORD })).toBe(
        'denied',
      );
      await nothingKept();
      expect(await planHere()).toEqual(plan);
      expect(await setUp({ url, ...RIGHT })).toBeUndefined();
      await until(upToDate);
    } finally {
      await stopSync();
      await proxied.stop();
    }
  });
});

describe('the settings section, with a server that refuses the name or password', () => {
  it('says kindly that the server didn’t accept them, keeps what was typed, and starts with the right ones', async () => {
    const { url } = freshDatabase();
    allowed.origins = [new URL(url).origin];
    const before = await planOnDeviceA();
    const user = userEvent.setup();
    render(<SyncSection />);
    await screen.findByRole('heading', { name: 'Use this plan on another device' });

    const address = screen.getByLabelText('Address of your database');
    const username = screen.getByLabelText('Name for the database (if it has one)');
    const password = screen.getByLabelText('Password for the database (if it has one)');
    await user.type(address, url);
    await user.type(username, RIGHT.username);
    await user.type(password, WRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Start syncing' }));

    const alert = await screen.findByRole('alert', {}, LONG);
    expect(alert).toHaveTextContent(
      'The server didn’t accept the name or password. Check them and try again.',
    );
    expect(screen.getByText('Sync is off. Your plan is only on this device.')).toBeVisible();
    expect(address).toHaveValue(url);
    expect(username).toHaveValue(RIGHT.username);
    expect(password).toHaveValue(WRONG_PASSWORD);
    expect(screen.getByRole('button', { name: 'Start syncing' })).toBeEnabled();
    await nothingKept();
    expect(await planHere()).toEqual(before);

    await user.clear(password);
    await user.type(password, RIGHT.password);
    await user.click(screen.getByRole('button', { name: 'Start syncing' }));
    expect(await screen.findByText('Up to date.', {}, LONG)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(isSyncOn()).toBe(true);
    expect(await planHere()).toEqual(before);
  });

  it('once the password is changed on the server, says so, and takes the new one without losing the key or a change', async () => {
    const { name, url } = freshDatabase();
    await syncingOnA(url);
    const onServer = (await server.db(name).info()).doc_count;
    const user = userEvent.setup();
    render(<SyncSection />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Up to date.'), LONG);

    const CHANGED = 'changed-on-the-server';
    server.setCredentials({ ...RIGHT, password: CHANGED });
    await strengthsRepository.add({ title: 'Written after the password changed' });
    const before = await planHere();
    await waitFor(
      () =>
        expect(screen.getByRole('status')).toHaveTextContent(
          'The server didn’t accept the name or password. Your changes are safe here. If they were changed on the server, give this device the new ones below.',
        ),
      LONG,
    );
    await runningEngine()?.settled();
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(/change(s are| is) waiting to be sent/),
    );
    expect(await planHere()).toEqual(before);

    // The way out the message points to: a wrong one is refused, and nothing changes…
    const form = screen.getByRole('heading', { name: 'The server’s new name and password' });
    expect(form).toBeVisible();
    await user.type(screen.getByLabelText('Name for the database (if it has one)'), RIGHT.username);
    await user.type(screen.getByLabelText('Password for the database (if it has one)'), 'guess');
    await user.click(screen.getByRole('button', { name: 'Use these' }));
    expect(await screen.findByRole('alert', {}, LONG)).toHaveTextContent(
      'The server didn’t accept the name or password. Check them and try again.',
    );
    expect(isSyncOn()).toBe(true);
    expect((await server.db(name).info()).doc_count).toBe(onServer);

    // …and the right one is kept with the same key: the change waiting here goes to the server.
    const password = screen.getByLabelText('Password for the database (if it has one)');
    await user.clear(password);
    await user.type(password, CHANGED);
    await user.click(screen.getByRole('button', { name: 'Use these' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Up to date.'), LONG);
    await until(upToDate);
    expect((await server.db(name).info()).doc_count).toBe(onServer + 1);
    expect(
      screen.queryByRole('heading', { name: 'The server’s new name and password' }),
    ).toBeNull();
    expect(await planHere()).toEqual(before);
    const state = new SyncStateDb();
    try {
      expect((await state.config.get('config'))?.password).toBe(CHANGED);
    } finally {
      state.close();
    }
  });
});
