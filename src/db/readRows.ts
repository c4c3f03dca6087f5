/**
 * Every row is read in today's shape, in one place: a DBCore middleware that parses each row a
 * read returns with today's schema of its table, so a field added later with a default (a row
 * stored before it existed lacks it) reads as that default everywhere — screens, the write
 * queue's conflict check, backups, shares and snapshots alike. Repositories need do nothing.
 *
 * Upgrades are left alone: in a `versionchange` transaction rows are read exactly as stored, so
 * the migration chain sees what the old version wrote (and a missing step shows in the upgrade
 * tests instead of being hidden here). A row today's schema refuses is returned as stored: a
 * read never hides or loses a record.
 */
import Dexie, {
  type DBCore,
  type DBCoreCursor,
  type DBCoreGetManyRequest,
  type DBCoreGetRequest,
  type DBCoreOpenCursorRequest,
  type DBCoreQueryRequest,
  type DBCoreTable,
  type Middleware,
} from 'dexie';
import type { z } from 'zod/mini';
import { PLAN_TABLES } from '../domain/plan';
import { snapshot } from '../domain/snapshots';

/** Today's schema of every table that holds records. */
export const LIVE_SCHEMAS: Readonly<Record<string, z.ZodMiniType>> = {
  ...PLAN_TABLES,
  snapshots: snapshot,
};

/** A row in today's shape, or the row as stored when today's schema does not accept it. */
export function readRow(table: string, row: unknown): unknown {
  const schema = LIVE_SCHEMAS[table];
  if (!schema || row === undefined || row === null) return row;
  const result = schema.safeParse(row);
  return result.success ? result.data : row;
}

const upgrading = (trans: unknown) => (trans as IDBTransaction).mode === 'versionchange';

function reading(name: string, table: DBCoreTable): DBCoreTable {
  const read = (trans: unknown, row: unknown) => (upgrading(trans) ? row : readRow(name, row));
  // Each read goes on through a Dexie promise, never a native `await`: Dexie's promise keeps the
  // transaction's zone, and without it a write made after the read (a modify, or the conflict
  // check's put) would no longer find its transaction.
  const inZone = <T>(promise: Promise<T>) => Dexie.Promise.resolve(promise);
  return {
    ...table,
    get: (request: DBCoreGetRequest) => table.get(request).then((row) => read(request.trans, row)),
    getMany: (request: DBCoreGetManyRequest) =>
      inZone(table.getMany(request)).then((rows) =>
        upgrading(request.trans) ? rows : rows.map((row) => readRow(name, row)),
      ),
    query: (request: DBCoreQueryRequest) =>
      table
        .query(request)
        .then((response) =>
          !request.values || upgrading(request.trans)
            ? response
            : { ...response, result: response.result.map((row) => readRow(name, row)) },
        ),
    openCursor: (request: DBCoreOpenCursorRequest) =>
      inZone(table.openCursor(request)).then((cursor) =>
        !cursor || !request.values || upgrading(request.trans)
          ? cursor
          : (Object.create(cursor, {
              value: { get: () => readRow(name, cursor.value) },
            }) as DBCoreCursor),
      ),
  };
}

export const readInTodaysShape: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'waymarkReadInTodaysShape',
  // Below the app's own middlewares (level 10), so the conflict check compares today's shapes;
  // above Dexie's hooks (2).
  level: 5,
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      return name in LIVE_SCHEMAS ? reading(name, table) : table;
    },
  }),
};
