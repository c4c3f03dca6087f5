/**
 * The writes of one database connection: what is in flight, what failed, the newest value of each
 * field waiting to be written, and the check that keeps a form from overwriting another tab's
 * words. One queue belongs to one connection (see connection.ts) and goes with it, so a test that
 * opens a fresh database also starts with a fresh queue.
 */
import type Dexie from 'dexie';
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';
import { createStore } from '../lib/store';
import { sameValue } from '../lib/sameValue';
import { takeWriteGuard, WriteConflict, type WriteGuard } from '../lib/writeGuard';
import { classifyWriteError, type WriteFailure } from './errors';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: number }
  | { state: 'failed'; reason: WriteFailure };

/** What the app shows about saving. One for the page; each new queue starts it from idle. */
export const saveStatus = createStore<SaveStatus>({ state: 'idle' });

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

interface Waiter {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Queued {
  write: () => Promise<unknown>;
  waiters: Waiter[];
  isPlanContent: boolean;
}

/** A guard on its way through one transaction: where it found another tab's change. */
interface GuardInUse {
  guard: WriteGuard;
  theirs?: Record<string, unknown>;
  /** Whether the guard has been told which record the write reaches. */
  located?: boolean;
}

/** DBCoreRangeType.Equal (a const enum, which isolated modules cannot import). */
const EQUAL_RANGE = 1;

/** Transactions that carry a form's guard, by the IndexedDB transaction underneath. */
const guardsInUse = new WeakMap<DBCoreTransaction, GuardInUse>();

/**
 * Before a guarded transaction overwrites a record, compares the fields the form sets with what
 * is stored, in the same transaction. Another tab's change stops the write (and with it the
 * whole transaction): nothing is overwritten.
 *
 * It also tells the form which record its words go to as early as it can: a repository's save
 * reads the one record it changes, by its key, before writing it, and that read is asked for as
 * soon as the write starts — long before the database answers when it is busy (a first save on
 * a new profile, or another tab's transaction). So words typed while the first save waits can be
 * kept at close (see useAutosaveForm). The put, when it comes, confirms the record.
 */
export const conflictCheck: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'waymarkConflictCheck',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      const { extractKey } = table.schema.primaryKey;
      /** The record a guarded write reads by its key, before it writes. */
      const reading = (trans: DBCoreTransaction, key: unknown) => {
        const inUse = guardsInUse.get(trans);
        if (!inUse || inUse.located || (typeof key !== 'string' && typeof key !== 'number')) return;
        inUse.located = true;
        inUse.guard.located?.(name, String(key));
      };
      return {
        ...table,
        get(request) {
          reading(request.trans, request.key);
          return table.get(request);
        },
        query(request) {
          const { index, range } = request.query;
          if (index.isPrimaryKey && range.type === EQUAL_RANGE) reading(request.trans, range.lower);
          return table.query(request);
        },
        async mutate(request: DBCoreMutateRequest) {
          const inUse = guardsInUse.get(request.trans);
          if (!inUse || request.type !== 'put' || !extractKey) return table.mutate(request);
          const { guard } = inUse;
          const fields = Object.keys(guard.values);
          const ours = request.values.filter((value: Record<string, unknown>) =>
            fields.every((field) => sameValue(value[field], guard.values[field])),
          );
          const keys = request.keys ?? ours.map((value) => extractKey(value) as string);
          const stored = (await table.getMany({
            trans: request.trans,
            keys: request.keys ? request.keys : keys,
          })) as (Record<string, unknown> | undefined)[];
          const theirs: Record<string, unknown> = {};
          for (const record of stored) {
            if (!record) continue; // nothing there yet: nobody's words to keep
            for (const field of fields) {
              if (!guard.mayOverwrite(field, record[field])) theirs[field] = record[field];
            }
          }
          if (Object.keys(theirs).length > 0) {
            inUse.theirs = theirs;
            throw new WriteConflict(theirs);
          }
          if (ours.length === 1) {
            inUse.located = true;
            guard.located?.(name, String(extractKey(ours[0])));
          }
          return table.mutate(request);
        },
      };
    },
  }),
};

export class WriteQueue {
  private pending = 0;
  private settledWaiters: (() => void)[] = [];
  private afterSuccessHooks: (() => void)[] = [];
  /** The latest failed write of each thing; repeating one is safe because each sets a value. */
  private failedWrites = new Map<string, { write: () => Promise<unknown>; reason: WriteFailure }>();
  /** For "latest wins" writes: the one running per key, and the newest one waiting behind it. */
  private lanes = new Map<string, { next?: Queued }>();
  private unnamed = 0;
  /** Once set, every write is refused: the plan changed under this tab (see connection.ts). */
  private stopped = false;

  constructor(private readonly db: Dexie | null) {
    saveStatus.set({ state: 'idle' });
  }

  onSuccessfulWrite(hook: () => void): void {
    this.afterSuccessHooks.push(hook);
  }

  private settle(): void {
    if (this.pending > 0) return;
    const stillFailing = this.failedWrites.values().next().value;
    saveStatus.set(
      stillFailing
        ? { state: 'failed', reason: stillFailing.reason }
        : { state: 'saved', at: Date.now() },
    );
    this.settledWaiters.splice(0).forEach((resolve) => resolve());
  }

  /** The write, checked against another tab's changes in its own transaction when guarded. */
  private guarded(
    db: Dexie,
    write: () => Promise<unknown>,
    guard: WriteGuard,
  ): () => Promise<unknown> {
    return async () => {
      const inUse: GuardInUse = { guard };
      try {
        // The repository's own transaction nests inside this one, so the check and the write
        // share one IndexedDB transaction.
        const result = await db.transaction('rw', db.tables, async (transaction) => {
          guardsInUse.set(transaction.idbtrans as unknown as DBCoreTransaction, inUse);
          return write();
        });
        guard.written();
        return result;
      } catch (error) {
        // However Dexie wrapped it on the way out, a conflict stays a conflict.
        if (inUse.theirs) throw new WriteConflict(inUse.theirs);
        throw error;
      }
    };
  }

  private async execute<T>(write: () => Promise<T>, key: string, isPlanContent: boolean) {
    try {
      if (this.stopped)
        throw Object.assign(new Error('Plan replaced'), { name: 'DatabaseClosedError' });
      const result = await write();
      this.failedWrites.delete(key);
      if (isPlanContent) this.afterSuccessHooks.forEach((hook) => hook());
      return result;
    } catch (error) {
      // Another tab's change is not a failure to try again: the form asks the person instead.
      if (error instanceof WriteConflict) throw error;
      const reason = classifyWriteError(error);
      this.failedWrites.set(key, { write, reason });
      saveStatus.set({ state: 'failed', reason });
      throw error;
    }
  }

  private startNext(key: string, next: Queued): void {
    this.runLane(key, next.write, next.isPlanContent).then(
      (value) => next.waiters.forEach((waiter) => waiter.resolve(value)),
      (error: unknown) => next.waiters.forEach((waiter) => waiter.reject(error)),
    );
  }

  private async runLane(key: string, write: () => Promise<unknown>, isPlanContent: boolean) {
    try {
      return await this.execute(write, key, isPlanContent);
    } finally {
      const lane = this.lanes.get(key);
      const next = lane?.next;
      if (lane && next) {
        lane.next = undefined;
        this.startNext(key, next);
      } else {
        this.lanes.delete(key);
      }
    }
  }

  async run<T>(
    givenWrite: () => Promise<T>,
    { key: givenKey, latestWins = false, isPlanContent = true }: WriteOptions = {},
  ): Promise<T> {
    const guard = takeWriteGuard();
    const write = (
      guard && this.db ? this.guarded(this.db, givenWrite, guard) : givenWrite
    ) as () => Promise<T>;
    // Every write has a key, so any failure can be shown and tried again; unnamed ones never merge.
    const key = givenKey ?? `write:${(this.unnamed += 1)}`;
    this.pending += 1;
    if (saveStatus.get().state !== 'failed') saveStatus.set({ state: 'saving' });
    try {
      if (!givenKey || !latestWins) return await this.execute(write, key, isPlanContent);
      const lane = this.lanes.get(key);
      if (!lane) {
        this.lanes.set(key, {});
        return (await this.runLane(key, write, isPlanContent)) as T;
      }
      return (await new Promise<unknown>((resolve, reject) => {
        const waiters = [...(lane.next?.waiters ?? []), { resolve, reject }];
        // Any value still waiting is out of date: the newest replaces it, and all wait for that.
        lane.next = { write, waiters, isPlanContent };
      })) as T;
    } finally {
      this.pending -= 1;
      this.settle();
    }
  }

  /**
   * Starts every write still waiting its turn now, instead of after the one before it: the page
   * is being hidden or closed, and a write not started now may never be. IndexedDB keeps them in
   * order, because it runs overlapping transactions in the order they were started.
   */
  flush(): void {
    for (const [key, lane] of this.lanes) {
      const next = lane.next;
      if (!next) continue;
      lane.next = undefined;
      // The lane stays taken, so a newer value still queues behind these.
      this.startNext(key, next);
    }
  }

  /** Refuses every later write: the plan was replaced or deleted in another tab. */
  stop(): void {
    this.stopped = true;
    for (const lane of this.lanes.values())
      lane.next?.waiters.forEach((w) => w.reject(new Error('Plan replaced')));
    this.lanes.clear();
  }

  hasPendingWrites(): boolean {
    return this.pending > 0 && !this.stopped;
  }

  hasFailedWrites(): boolean {
    return this.failedWrites.size > 0;
  }

  /** Repeats each failed write once, in the order they first failed. */
  async retryFailedWrites(): Promise<void> {
    for (const [key, { write }] of [...this.failedWrites]) {
      // A write that fails again is kept as failed and shown by the save status once more.
      await this.run(write, { key }).catch(() => 'still failed');
    }
  }

  /** Resolves once no write is in flight, e.g. before an update reloads the page. */
  whenWritesSettled(): Promise<void> {
    return this.pending === 0
      ? Promise.resolve()
      : new Promise((resolve) => this.settledWaiters.push(resolve));
  }
}
