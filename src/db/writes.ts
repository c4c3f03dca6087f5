/**
 * Every change the person makes goes through runWrite, so that the app can say "saved" only
 * when it is true, notice a full disk or a closed database, offer to try again, ask once for
 * persistent storage, wait for pending writes before an update reloads the page, and never
 * overwrite what another tab stored (see lib/writeGuard.ts). The work is done by the write queue
 * of this tab's database connection (writeQueue.ts); these are its doors.
 */
import { WriteQueue, type WriteOptions } from './writeQueue';

export { saveStatus, type SaveStatus, type WriteOptions } from './writeQueue';

let queue: WriteQueue | null = null;

/**
 * For connection.ts: the queue of the connection just opened, or null when it is forgotten. This
 * module imports no Dexie, so the shell can ask about pending writes before the database loads.
 */
export function setWriteQueue(owned: WriteQueue | null): void {
  queue = owned;
}

/** The connection's queue; before any connection, one that can only run unchecked writes. */
function getWriteQueue(): WriteQueue {
  queue ??= new WriteQueue(null);
  return queue;
}

export function onSuccessfulWrite(hook: () => void): void {
  getWriteQueue().onSuccessfulWrite(hook);
}

export function runWrite<T>(write: () => Promise<T>, options?: WriteOptions): Promise<T> {
  return getWriteQueue().run(write, options);
}

export function hasPendingWrites(): boolean {
  return getWriteQueue().hasPendingWrites();
}

export function hasFailedWrites(): boolean {
  return getWriteQueue().hasFailedWrites();
}

/** Repeats each failed write once, in the order they first failed. */
export function retryFailedWrites(): Promise<void> {
  return getWriteQueue().retryFailedWrites();
}

/** Resolves once no write is in flight, e.g. before an update reloads the page. */
export function whenWritesSettled(): Promise<void> {
  return getWriteQueue().whenWritesSettled();
}

/** Starts every write still waiting now: the page is being hidden or closed. */
export function flushWrites(): void {
  getWriteQueue().flush();
}
