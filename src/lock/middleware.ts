/**
 * The Dexie DBCore middleware that keeps the plan encrypted at rest while the lock is on, below
 * every other layer, so repositories and screens never see a ciphertext and never change.
 *
 * - Writes (add, put) are encrypted when the lock is on (see recordCipher.ts for what stays
 *   readable). With the lock off, or while it is being turned off, they are stored as they are.
 * - Reads (get, getMany, query, cursors) open any record that is encrypted and pass any other
 *   through, so a plan half-way through being converted reads whole.
 * - With no key in memory, an encrypted record is never returned and nothing is written in
 *   clear where it should not be: both throw PlanLockedError.
 *
 * WebCrypto is asynchronous, and an IndexedDB transaction commits itself as soon as it has no
 * request pending when the browser's event loop comes round. While a record is being encrypted
 * or opened, the transaction is kept alive with cheap count requests, one after another, so the
 * write (or the next read of a read-modify-write) still lands in the same transaction.
 */
import type {
  DBCore,
  DBCoreCursor,
  DBCoreGetManyRequest,
  DBCoreGetRequest,
  DBCoreMutateRequest,
  DBCoreOpenCursorRequest,
  DBCoreQueryRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import {
  clearFieldsOf,
  isLocked,
  lockRecord,
  openRecord,
  PlanLockedError,
  type PlainRecord,
} from './recordCipher';

export interface LockRuntime {
  /** The data key while the plan is open; null while it is locked (or the lock is off). */
  key(): CryptoKey | null;
  /** Whether new writes must be encrypted. */
  encryptsWrites(): boolean;
}

/** Keeps `trans` from committing until `work` settles. */
async function keptAlive<T>(trans: DBCoreTransaction, work: Promise<T>): Promise<T> {
  const idb = trans as unknown as IDBTransaction;
  let settled = false;
  const storeName = idb.objectStoreNames?.[0];
  const ping = () => {
    if (settled || !storeName) return;
    try {
      const request = idb.objectStore(storeName).count('\uffff-keep-alive');
      request.onsuccess = ping;
    } catch {
      // The transaction has already finished; the write below will say so.
    }
  };
  ping();
  try {
    return await work;
  } finally {
    settled = true;
  }
}

function keyPathsOf(table: DBCoreTable): string[] {
  const { primaryKey, indexes } = table.schema;
  return [primaryKey, ...indexes].flatMap((index) =>
    typeof index.keyPath === 'string'
      ? [index.keyPath]
      : Array.isArray(index.keyPath)
        ? index.keyPath
        : [],
  );
}

export function lockMiddleware(runtime: LockRuntime): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'waymarkLock',
    // Below Dexie's own layers (the lowest is -1): only IndexedDB sees ciphertext.
    level: -2,
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        const isClear = clearFieldsOf(name, keyPathsOf(table));
        const extractKey = table.schema.primaryKey.extractKey;
        const keyOf = (value: unknown, given?: unknown) =>
          given !== undefined ? given : extractKey ? extractKey(value) : undefined;

        const open = async (value: unknown, primaryKey?: unknown): Promise<unknown> => {
          if (!isLocked(value)) return value;
          const key = runtime.key();
          if (!key) throw new PlanLockedError();
          return openRecord(key, name, keyOf(value, primaryKey), value);
        };
        const openAll = (trans: DBCoreTransaction, values: unknown[], keys?: unknown[]) =>
          values.some(isLocked)
            ? keptAlive(
                trans,
                Promise.all(values.map((value, index) => open(value, keys?.[index]))),
              )
            : Promise.resolve(values);

        return {
          ...table,
          async mutate(request: DBCoreMutateRequest) {
            if ((request.type !== 'add' && request.type !== 'put') || !runtime.encryptsWrites()) {
              return table.mutate(request);
            }
            const key = runtime.key();
            if (!key) throw new PlanLockedError();
            const values = await keptAlive(
              request.trans,
              Promise.all(
                request.values.map((value, index) =>
                  lockRecord(
                    key,
                    name,
                    keyOf(value, request.keys?.[index]),
                    value as PlainRecord,
                    isClear,
                  ),
                ),
              ),
            );
            return table.mutate({ ...request, values });
          },
          async get(request: DBCoreGetRequest) {
            const value: unknown = await table.get(request);
            if (!isLocked(value)) return value;
            return keptAlive(request.trans, open(value, request.key));
          },
          async getMany(request: DBCoreGetManyRequest) {
            const values: unknown[] = await table.getMany(request);
            return openAll(request.trans, values, request.keys);
          },
          async query(request: DBCoreQueryRequest) {
            const response = await table.query(request);
            if (!request.values) return response;
            return { ...response, result: await openAll(request.trans, response.result) };
          },
          async openCursor(request: DBCoreOpenCursorRequest) {
            if (request.values === false) return table.openCursor(request);
            // A cursor's value is read synchronously, so the records it will pass are opened
            // first, in the same transaction, and handed out by primary key as it moves.
            const { result } = await table.query({
              trans: request.trans,
              query: request.query,
              values: true,
            });
            const opened = new Map<unknown, unknown>();
            if (result.some(isLocked)) {
              const plain = await openAll(request.trans, result);
              plain.forEach((value) => opened.set(JSON.stringify(keyOf(value)), value));
            }
            const cursor = await table.openCursor(request);
            if (!cursor || opened.size === 0) return cursor;
            return withOpenedValues(cursor, (primaryKey) => opened.get(JSON.stringify(primaryKey)));
          },
        };
      },
    }),
  };
}

/** The same cursor, whose value is the opened record of the one it points at. */
function withOpenedValues(
  cursor: DBCoreCursor,
  openedValue: (primaryKey: unknown) => unknown,
): DBCoreCursor {
  return new Proxy(cursor, {
    get(target, property) {
      if (property === 'value') {
        const value: unknown = target.value;
        return isLocked(value) ? openedValue(target.primaryKey) : value;
      }
      const member = Reflect.get(target, property, target) as unknown;
      return typeof member === 'function'
        ? (member as (...args: unknown[]) => unknown).bind(target)
        : member;
    },
  });
}
