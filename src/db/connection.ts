/**
 * The one open database of this tab. Its state goes to `dbStatus`; the app shows a kind message
 * for every state but `ready`, and nothing else needs to know how opening works. The connection
 * owns this tab's write queue (writeQueue.ts): a fresh connection starts with a fresh queue.
 */
import type { DBCore, Middleware } from 'dexie';
import { ABOUT_ME_ID, aboutMeFields } from '../domain/aboutMe';
import { CRISIS_TEXTS_ID, crisisTextsFields } from '../domain/planSections';
import { sameValue } from '../lib/sameValue';
import { yieldToBrowser } from '../lib/yieldToBrowser';
import { protectWithLock } from '../lock/lock';
import { forgetUnsaved, isUnsavedKey, openConflicts, unsavedWords } from '../lib/writeGuard';
import { WaymarkDb } from './database';
import { classifyOpenError } from './errors';
import { LATEST_SCHEMA_VERSION } from './schema';
import { dbStatus, type DbStatus } from './status';
import { isSyncOn, syncCapture, givenToSync } from './syncCapture';
import { conflictCheck, WriteQueue } from './writeQueue';
import { setWriteQueue } from './writes';

let current: WaymarkDb | null = null;
let queue: WriteQueue | null = null;
/** This tab's end of PLAN_CHANNEL, open while the database is. */
let listening: BroadcastChannel | null = null;

/** The channel on which tabs tell each other that the whole plan was replaced or deleted. */
export const PLAN_CHANNEL = 'waymark-plan';
export type PlanChange = 'replaced' | 'deleted';

/** Tells every other tab of this Waymark that the plan they show is gone. */
export function tellOtherTabs(change: PlanChange): void {
  if (typeof BroadcastChannel === 'undefined') return;
  // Sent on this tab's own channel when it has one: a channel never hears itself.
  if (listening) {
    listening.postMessage(change);
    return;
  }
  const channel = new BroadcastChannel(PLAN_CHANNEL);
  channel.postMessage(change);
  channel.close();
}

/**
 * A restore (or its undo) always keeps the plan it replaces as a snapshot, in the same
 * transaction; so a transaction that adds a snapshot replaced the plan. Once it is stored, the
 * other tabs are told.
 */
const replacementNotice: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'waymarkReplacementNotice',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      if (name !== 'snapshots') return table;
      return {
        ...table,
        mutate(request) {
          if (request.type === 'add') {
            const idbTransaction = request.trans as unknown as IDBTransaction;
            idbTransaction.addEventListener('complete', () => tellOtherTabs('replaced'), {
              once: true,
            });
          }
          return table.mutate(request);
        },
      };
    },
  }),
};

const reload = (): void => window.location.reload();
let reloadPage = reload;

/** For tests: what to do instead of reloading when another tab replaced or deleted the plan. */
export function onPlanChangedElsewhere(handler: () => void): void {
  reloadPage = handler;
}

/**
 * When another tab restores or deletes the plan, this tab's forms hold the old plan: they must
 * not write a word of it back. This tab refuses any further write at once, closes its connection
 * and reloads, so it shows the plan as it now is (an empty one after a delete).
 */
function followOtherTabs(): void {
  if (listening || typeof BroadcastChannel === 'undefined') return;
  listening = new BroadcastChannel(PLAN_CHANNEL);
  listening.onmessage = (event: MessageEvent) => {
    if (event.data !== 'replaced' && event.data !== 'deleted') return;
    queue?.stop();
    current?.close();
    reloadPage();
  };
}

function attach(db: WaymarkDb): WaymarkDb {
  // The app lock (src/lock/): encrypts records at rest, and holds the database until unlocked.
  protectWithLock(db);
  db.use(conflictCheck);
  db.use(replacementNotice);
  // Sync (src/sync/, issue #18) hears of each change to the plan, and writes through here.
  db.use(syncCapture);
  givenToSync(db);
  queue = new WriteQueue(db);
  setWriteQueue(queue);
  db.on('blocked', () => dbStatus.set({ state: 'blocked' }));
  db.on('versionchange', () => {
    // Let the newer tab upgrade instead of blocking it; this tab then asks to reload.
    db.close();
    dbStatus.set({ state: 'outdated' });
    return false;
  });
  return db;
}

export function getDb(): WaymarkDb {
  current ??= attach(new WaymarkDb());
  return current;
}

/**
 * The records a form's first save creates (every other record a form edits exists before its
 * form does): words kept before that save reached the database start them afresh, as it would.
 */
const STARTED_BY_A_FORM: Record<string, { id: string; empty: () => Record<string, unknown> }> = {
  aboutMe: { id: ABOUT_ME_ID, empty: () => aboutMeFields.parse({}) },
  crisisTexts: { id: CRISIS_TEXTS_ID, empty: () => crisisTextsFields.parse({}) },
};

function startedAfresh(table: string, key: string): Record<string, unknown> | undefined {
  const started = STARTED_BY_A_FORM[table];
  if (started?.id !== key) return undefined;
  const now = new Date().toISOString();
  return { ...started.empty(), id: key, createdAt: now, updatedAt: now };
}

/**
 * Stores words a closed tab kept in localStorage because their write might not finish (see
 * lib/writeGuard.ts) — each only over the value it started from or its own, so never over
 * another tab's words — then forgets them.
 */
async function storeUnsavedWords(db: WaymarkDb): Promise<void> {
  for (const { id, words } of unsavedWords()) {
    const { table: name, key, field, value, over } = words;
    try {
      const table = db.table<Record<string, unknown>, string>(name);
      await db.transaction('rw', table, async () => {
        // A record that is not there was never saved, or was removed: only a record a form
        // starts is started again; a removed item stays removed.
        const record = (await table.get(key)) ?? startedAfresh(name, key);
        if (!record) return;
        const stored = record[field];
        const untouched = over.some(
          (earlier) =>
            sameValue(stored, earlier) ||
            (stored === undefined && (earlier === '' || earlier == null)),
        );
        if (untouched && !sameValue(stored, value)) {
          await table.put({ ...record, [field]: value, updatedAt: new Date().toISOString() });
        }
      });
      forgetUnsaved(id);
    } catch (error) {
      console.error(error);
    }
  }
}

/** Starts every write still waiting for its turn: the page is being hidden or closed. */
function flushOnHide(): void {
  const flush = () => queue?.flush();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
}

let flushing = false;

/** How long after the plan opens sync's code is fetched, so the first screen comes first. */
const SYNC_START_DELAY_MS = 1000;

/** Sync's code (src/sync/) is fetched only when sync is on, once the plan is open. */
function startSyncIfOn(): void {
  if (!isSyncOn() || typeof window === 'undefined') return;
  window.setTimeout(() => {
    import('../sync/engine')
      .then(({ startSync }) => startSync())
      .catch((error: unknown) => console.error(error));
  }, SYNC_START_DELAY_MS);
}

export async function openDatabase(): Promise<DbStatus> {
  const db = getDb();
  dbStatus.set({ state: 'opening' });
  try {
    // Making the database's description (every version's tables, the lock, sync) and opening it
    // are each a good deal of work on a slow phone: one task each, not one long one (#15).
    await yieldToBrowser();
    await db.open();
    // Dexie stores schema version n as IndexedDB version n × 10 (plus small bumps of its own).
    if (Math.floor(db.backendDB().version / 10) > LATEST_SCHEMA_VERSION) {
      // A newer Waymark has already changed how the plan is stored. Dexie could open it anyway,
      // but this older code must not write to data shaped for a newer version.
      db.close();
      dbStatus.set({ state: 'failed', reason: 'newerVersion' });
      return dbStatus.get();
    }
    followOtherTabs();
    await storeUnsavedWords(db);
    if (!flushing && typeof window !== 'undefined') {
      flushing = true;
      flushOnHide();
      // Another tab closing keeps its last words here; this tab stores them at once.
      window.addEventListener('storage', (event) => {
        if (isUnsavedKey(event.key) && event.newValue && current?.isOpen()) {
          void storeUnsavedWords(current);
        }
      });
    }
    dbStatus.set({ state: 'ready' });
    startSyncIfOn();
  } catch (error) {
    dbStatus.set({ state: 'failed', reason: classifyOpenError(error) });
  }
  return dbStatus.get();
}

/** For tests: forget the open database (and its writes) so the next getDb() starts afresh. */
export function resetConnection(): void {
  current?.close();
  current = null;
  queue = null;
  setWriteQueue(null);
  listening?.close();
  listening = null;
  openConflicts.set([]);
  reloadPage = reload;
  dbStatus.set({ state: 'opening' });
}
