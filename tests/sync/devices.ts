/**
 * Several devices in one test: each is its own IndexedDB (the plan, sync's state and PouchDB's
 * mirror), switched in the way tests/setup.ts starts each test afresh. Sync runs on one device
 * at a time; the server keeps what they share.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { openDatabase, resetConnection } from '../../src/db/connection';
import { stopSync, SYNC_ON_KEY } from '../../src/db/syncCapture';
import { resetLock } from '../../src/lock/lock';
import { startCouchServer, type CouchServer } from './couchServer';

const devices = new Map<string, IDBFactory>();
/** Whether sync is on, per device (localStorage, which every device here would share). */
const syncOn = new Map<string, string | null>();
let current: string | null = null;

export async function onDevice(name: string): Promise<void> {
  await stopSync();
  if (current) syncOn.set(current, localStorage.getItem(SYNC_ON_KEY));
  current = name;
  let factory = devices.get(name);
  if (!factory) {
    factory = new IDBFactory();
    devices.set(name, factory);
  }
  globalThis.indexedDB = factory;
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  resetConnection();
  resetLock();
  // Each test starts sync itself, when it means to: not a moment after the plan opens.
  localStorage.removeItem(SYNC_ON_KEY);
  expect(await openDatabase()).toEqual({ state: 'ready' });
  const on = syncOn.get(name);
  if (on) localStorage.setItem(SYNC_ON_KEY, on);
}

export function forgetDevices(): void {
  devices.clear();
  syncOn.clear();
  current = null;
  localStorage.removeItem(SYNC_ON_KEY);
}

/** Waits for `check` to hold (it may throw until then), as a person waits for a screen. */
export async function until<T>(
  check: () => Promise<T> | T,
  timeoutMs = 15_000,
): Promise<NonNullable<Exclude<T, false>>> {
  const started = Date.now();
  for (;;) {
    try {
      const value = await check();
      if (value !== false && value !== undefined && value !== null) {
        return value as NonNullable<Exclude<T, false>>;
      }
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
    }
    if (Date.now() - started > timeoutMs) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * One in-process server for a test file, and a database of its own for each test (the memory
 * adapter keeps databases by name). Sync stops and the devices are forgotten after each test.
 */
export function serverForTests(): { server: () => CouchServer; freshUrl: () => string } {
  let server: CouchServer | undefined;
  let count = 0;
  beforeAll(async () => {
    server = await startCouchServer();
  });
  afterAll(() => server?.stop());
  afterEach(async () => {
    await stopSync();
    forgetDevices();
  });
  return {
    server: () => server!,
    freshUrl: () => server!.url(`waymark-test-${Date.now()}-${(count += 1)}`),
  };
}
