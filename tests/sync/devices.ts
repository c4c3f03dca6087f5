/**
 * Several devices in one test: each is its own IndexedDB (the plan, sync's state and PouchDB's
 * mirror), switched in the way tests/setup.ts starts each test afresh. Sync runs on one device
 * at a time; the server keeps what they share.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect } from 'vitest';
import { openDatabase, resetConnection } from '../../src/db/connection';
import { stopSync, SYNC_ON_KEY } from '../../src/db/syncCapture';
import { resetLock } from '../../src/lock/lock';

const devices = new Map<string, IDBFactory>();

export async function onDevice(name: string): Promise<void> {
  await stopSync();
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
  // Each test starts sync itself, when it means to.
  localStorage.removeItem(SYNC_ON_KEY);
  expect(await openDatabase()).toEqual({ state: 'ready' });
}

export function forgetDevices(): void {
  devices.clear();
}

/** Waits for `check` to hold (it may throw until then), as a person waits for a screen. */
export async function until<T>(check: () => Promise<T> | T, timeoutMs = 15_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      const value = await check();
      if (value !== false && value !== undefined && value !== null) return value;
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
    }
    if (Date.now() - started > timeoutMs) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
