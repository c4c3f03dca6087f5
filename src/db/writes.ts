/**
 * Every change the person makes goes through runWrite, so that the app can say "saved" only
 * when it is true, notice a full disk or a closed database, offer to try again, ask once for
 * persistent storage, and wait for pending writes before an update reloads the page.
 */
import { createStore } from '../lib/store';
import { classifyWriteError, type WriteFailure } from './errors';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: number }
  | { state: 'failed'; reason: WriteFailure };

export const saveStatus = createStore<SaveStatus>({ state: 'idle' });

let pending = 0;
const settledWaiters: (() => void)[] = [];
const afterSuccessHooks: (() => void)[] = [];
/** The latest failed write of each thing; repeating one is safe because each sets a value. */
const failedWrites = new Map<string, { write: () => Promise<unknown>; reason: WriteFailure }>();

interface Waiter {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}
/** For "latest wins" writes: the one running per key, and the newest one waiting behind it. */
const lanes = new Map<string, { next?: { write: () => Promise<unknown>; waiters: Waiter[] } }>();

export function onSuccessfulWrite(hook: () => void): void {
  afterSuccessHooks.push(hook);
}

export interface WriteOptions {
  /**
   * Names what is being written (e.g. `aboutMe:story`), so that a later successful write of the
   * same thing clears an earlier failure of it, and "Try again" repeats only the latest.
   */
  key?: string;
  /**
   * For writes that set a value (typing in a field): while one write of this key runs, only
   * the newest next value waits, so fast typing never builds a queue that a reload could cut.
   */
  latestWins?: boolean;
  /** False for preferences: they are not the person's words, so they don't count as a first save. */
  isPlanContent?: boolean;
}

function settle(): void {
  if (pending > 0) return;
  const stillFailing = failedWrites.values().next().value;
  saveStatus.set(
    stillFailing
      ? { state: 'failed', reason: stillFailing.reason }
      : { state: 'saved', at: Date.now() },
  );
  settledWaiters.splice(0).forEach((resolve) => resolve());
}

async function execute<T>(
  write: () => Promise<T>,
  key: string,
  isPlanContent: boolean,
): Promise<T> {
  try {
    const result = await write();
    failedWrites.delete(key);
    if (isPlanContent) afterSuccessHooks.forEach((hook) => hook());
    return result;
  } catch (error) {
    const reason = classifyWriteError(error);
    failedWrites.set(key, { write, reason });
    saveStatus.set({ state: 'failed', reason });
    throw error;
  }
}

async function runLane(
  key: string,
  write: () => Promise<unknown>,
  isPlanContent: boolean,
): Promise<unknown> {
  try {
    return await execute(write, key, isPlanContent);
  } finally {
    const lane = lanes.get(key);
    const next = lane?.next;
    if (lane && next) {
      lane.next = undefined;
      runLane(key, next.write, isPlanContent).then(
        (value) => next.waiters.forEach((waiter) => waiter.resolve(value)),
        (error: unknown) => next.waiters.forEach((waiter) => waiter.reject(error)),
      );
    } else {
      lanes.delete(key);
    }
  }
}

let unnamed = 0;

export async function runWrite<T>(
  write: () => Promise<T>,
  { key: givenKey, latestWins = false, isPlanContent = true }: WriteOptions = {},
): Promise<T> {
  // Every write has a key, so any failure can be shown and tried again; unnamed ones never merge.
  const key = givenKey ?? `write:${(unnamed += 1)}`;
  pending += 1;
  if (saveStatus.get().state !== 'failed') saveStatus.set({ state: 'saving' });
  try {
    if (!givenKey || !latestWins) return await execute(write, key, isPlanContent);
    const lane = lanes.get(key);
    if (!lane) {
      lanes.set(key, {});
      return (await runLane(key, write, isPlanContent)) as T;
    }
    return (await new Promise<unknown>((resolve, reject) => {
      const waiters = [...(lane.next?.waiters ?? []), { resolve, reject }];
      // Any value still waiting is out of date: the newest replaces it, and all wait for that.
      lane.next = { write, waiters };
    })) as T;
  } finally {
    pending -= 1;
    settle();
  }
}

export function hasPendingWrites(): boolean {
  return pending > 0;
}

export function hasFailedWrites(): boolean {
  return failedWrites.size > 0;
}

/** Repeats each failed write once, in the order they first failed. */
export async function retryFailedWrites(): Promise<void> {
  for (const [key, { write }] of [...failedWrites]) {
    await runWrite(write, { key }).catch(() => undefined);
  }
}

/** Resolves once no write is in flight, e.g. before an update reloads the page. */
export function whenWritesSettled(): Promise<void> {
  return pending === 0 ? Promise.resolve() : new Promise((resolve) => settledWaiters.push(resolve));
}
