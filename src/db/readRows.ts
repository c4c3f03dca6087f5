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
import type {
  DBCore,
  DBCoreCursor,
  DBCoreGetManyRequest,
  DBCoreGetRequest,
  DBCoreOpenCursorRequest,
  DBCoreQueryRequest,
  DBCoreTable,
  Middleware,
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
  return {
    ...table,
    async get(request: DBCoreGetRequest) {
      return read(request.trans, await table.get(request));
    },
    async getMany(request: DBCoreGetManyRequest) {
      const rows = await table.getMany(request);
      return upgrading(request.trans) ? rows : rows.map((row) => readRow(name, row));
    },
    async query(request: DBCoreQueryRequest) {
      const response = await table.query(request);
      if (!request.values || upgrading(request.trans)) return response;
      return { ...response, result: response.result.map((row) => readRow(name, row)) };
    },
    async openCursor(request: DBCoreOpenCursorRequest) {
      const cursor = await table.openCursor(request);
      if (!cursor || !request.values || upgrading(request.trans)) return cursor;
      return Object.create(cursor, {
        value: { get: () => readRow(name, cursor.value) },
      }) as DBCoreCursor;
    },
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
