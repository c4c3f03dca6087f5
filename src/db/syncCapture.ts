/**
 * The database's side of sync (src/sync/, issue #18): which records travel, a note of every
 * change to them, and the door through which changes from another device come in.
 *
 * Nothing here loads the sync code. A DBCore middleware notes which records each committed
 * transaction changed and tells the listener, when there is one (the sync module, only while
 * sync is on); writes that sync itself makes are marked, so they are not sent back. The one
 * record of settings stays on each device: text size, language and lock timings belong to it.
 *
 * The sync module reaches the database only through this file (never through connection.ts,
 * which starts it): connection.ts hands over its open database with givenToSync.
 */
import type Dexie from 'dexie';
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';
import { PLAN_TABLE_NAMES, PLAN_TABLES, type PlanTable } from '../domain/plan';
import { sameValue } from '../lib/sameValue';
import { runWrite } from './writes';

export type SyncedTable = Exclude<PlanTable, 'settings'>;
export const SYNCED_TABLES: readonly SyncedTable[] = PLAN_TABLE_NAMES.filter(
  (name): name is SyncedTable => name !== 'settings',
);
const synced = new Set<string>(SYNCED_TABLES);

/** The databases sync keeps beside the plan's: its own state, and PouchDB's mirror. */
export const SYNC_STATE_DB = 'waymark-sync';
export const SYNC_MIRROR_DB = 'waymark-sync-mirror';
/** PouchDB's IndexedDB adapter stores a database under this prefix. */
export const POUCH_PREFIX = '_pouch_';
// Whether sync is on lives with sync's status, which the settings section reads without this file.
export { isSyncOn, SYNC_ON_KEY } from '../sync/status';

/** What one committed transaction changed: keys per table, or 'all' after a clear. */
export type PlanWrites = Map<SyncedTable, Set<string> | 'all'>;
type Listener = (writes: PlanWrites) => void;

let listener: Listener | null = null;
let database: Dexie | null = null;
let running: { stop(): Promise<void> } | null = null;

/** For connection.ts: the plan's database of this tab, as sync reads and writes it. */
export function givenToSync(db: Dexie): void {
  database = db;
}

/** The sync module listens while it runs; null stops it. */
export function onPlanWrites(next: Listener | null): void {
  listener = next;
}

/** The sync module, while it runs in this tab, so Delete everything can stop it first. */
export function syncRunning(engine: { stop(): Promise<void> } | null): void {
  running = engine;
}

/** Stops sync in this tab, if it runs; nothing more is sent or received. */
export async function stopSync(): Promise<void> {
  listener = null;
  await running?.stop();
  running = null;
}

/** Transactions that sync itself runs: their changes came from another device. */
const fromSync = new WeakSet<object>();
/** What each running transaction has changed so far. */
const noted = new WeakMap<object, PlanWrites>();

function keysOf(request: DBCoreMutateRequest, extractKey?: (value: unknown) => unknown) {
  switch (request.type) {
    case 'add':
    case 'put':
      return (request.keys ?? request.values.map((value) => extractKey?.(value))).map(String);
    case 'delete':
      return request.keys.map(String);
    case 'deleteRange':
      return 'all' as const;
  }
}

function note(trans: DBCoreTransaction, table: SyncedTable, keys: string[] | 'all'): void {
  let writes = noted.get(trans);
  if (!writes) {
    const fresh: PlanWrites = new Map();
    writes = fresh;
    noted.set(trans, fresh);
    const idb = trans as unknown as IDBTransaction;
    idb.addEventListener(
      'complete',
      () => {
        noted.delete(trans);
        listener?.(fresh);
      },
      { once: true },
    );
  }
  const before = writes.get(table);
  if (keys === 'all' || before === 'all') writes.set(table, 'all');
  else writes.set(table, new Set([...(before ?? []), ...keys]));
}

export const syncCapture: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'waymarkSyncCapture',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      if (!synced.has(name)) return table;
      const { extractKey } = table.schema.primaryKey;
      return {
        ...table,
        mutate(request) {
          if (listener && !fromSync.has(request.trans)) {
            note(request.trans, name as SyncedTable, keysOf(request, extractKey ?? undefined));
          }
          return table.mutate(request);
        },
      };
    },
  }),
};

function theDb(): Dexie {
  if (!database) throw new Error('The plan database is not open');
  return database;
}

export type SyncedRecord = Record<string, unknown>;

/** Every record of the synced tables, read in one transaction. */
export async function readSyncedRecords(): Promise<Map<SyncedTable, SyncedRecord[]>> {
  const db = theDb();
  return db.transaction(
    'r',
    SYNCED_TABLES.map((name) => db.table(name)),
    async () =>
      new Map(
        await Promise.all(
          SYNCED_TABLES.map(
            async (name) => [name, (await db.table(name).toArray()) as SyncedRecord[]] as const,
          ),
        ),
      ),
  );
}

/** The records of one table with these keys (undefined where there is none). */
export function readSyncedRecordsByKey(
  table: SyncedTable,
  keys: readonly string[],
): Promise<(SyncedRecord | undefined)[]> {
  return theDb()
    .table<SyncedRecord, string>(table)
    .bulkGet([...keys]);
}

/** One change from another device: the record as it is there now, or null when removed. */
export interface IncomingChange {
  table: SyncedTable;
  key: string;
  record: SyncedRecord | null;
}

/** Whether a record from another device is one this Waymark can store (today's schema). */
export function acceptsRecord(table: SyncedTable, key: string, record: unknown): boolean {
  const result = PLAN_TABLES[table].safeParse(record);
  return result.success && (result.data as { id?: unknown }).id === key;
}

/**
 * Stores changes from another device in one transaction, marked so they are not sent back.
 * Only records acceptsRecord takes are given. With `before` (what the sync module last read of
 * each record), a record changed since then is left as it is — words typed a moment ago are
 * never written over — and its index returned, so sync can send it instead. A failure (a full
 * disk) shows through the save status like any write, and nothing is stored.
 */
export async function applyFromSync(
  changes: readonly IncomingChange[],
  before?: readonly (SyncedRecord | undefined)[],
): Promise<Set<number>> {
  const skipped = new Set<number>();
  if (changes.length === 0) return skipped;
  const db = theDb();
  const names = [...new Set(changes.map((change) => change.table))];
  await runWrite(
    () =>
      db.transaction(
        'rw',
        names.map((name) => db.table(name)),
        async (transaction) => {
          fromSync.add(transaction.idbtrans);
          skipped.clear();
          if (before) {
            for (const name of names) {
              const indexes = [...changes.keys()].filter((index) => changes[index]!.table === name);
              const now = await db
                .table<SyncedRecord, string>(name)
                .bulkGet(indexes.map((index) => changes[index]!.key));
              indexes.forEach((index, at) => {
                if (!sameValue(now[at], before[index])) skipped.add(index);
              });
            }
          }
          const puts = new Map<SyncedTable, SyncedRecord[]>();
          const deletes = new Map<SyncedTable, string[]>();
          for (const [index, { table, key, record }] of changes.entries()) {
            if (skipped.has(index)) continue;
            if (record) puts.set(table, [...(puts.get(table) ?? []), record]);
            else deletes.set(table, [...(deletes.get(table) ?? []), key]);
          }
          await Promise.all([
            ...[...puts].map(([table, rows]) => db.table(table).bulkPut(rows)),
            ...[...deletes].map(([table, keys]) => db.table(table).bulkDelete(keys)),
          ]);
        },
      ),
    { key: 'sync:apply' },
  );
  return skipped;
}
