/**
 * Every change the person makes goes through runWrite, so that the app can say "saved", notice a
 * full disk or a closed database, offer to try again, ask once for persistent storage, and wait
 * for pending writes before an update reloads the page.
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

export function onSuccessfulWrite(hook: () => void): void {
  afterSuccessHooks.push(hook);
}

export interface WriteOptions {
  /**
   * Names what is being written (e.g. `aboutMe:story`), so that a later successful write of the
   * same thing clears an earlier failure of it, and "Try again" repeats only the latest.
   */
  key?: string;
  /** False for preferences: they are not the person's words, so they don't count as a first save. */
  isPlanContent?: boolean;
}

export async function runWrite<T>(
  write: () => Promise<T>,
  { key, isPlanContent = true }: WriteOptions = {},
): Promise<T> {
  pending += 1;
  saveStatus.set({ state: 'saving' });
  try {
    const result = await write();
    if (key) failedWrites.delete(key);
    const stillFailing = failedWrites.values().next().value;
    saveStatus.set(
      stillFailing
        ? { state: 'failed', reason: stillFailing.reason }
        : { state: 'saved', at: Date.now() },
    );
    if (isPlanContent) afterSuccessHooks.forEach((hook) => hook());
    return result;
  } catch (error) {
    const reason = classifyWriteError(error);
    if (key) failedWrites.set(key, { write, reason });
    saveStatus.set({ state: 'failed', reason });
    throw error;
  } finally {
    pending -= 1;
    if (pending === 0) settledWaiters.splice(0).forEach((resolve) => resolve());
  }
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
