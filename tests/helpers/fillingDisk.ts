/**
 * A disk that fills up part-way through a write, as Chromium's IndexedDB does: a DBCore
 * middleware (installed with `db.use` before the database opens) that lets a set number of
 * records be written, writes the part of the next request that still fits, then aborts the
 * transaction and rejects the request. It also records every write request and the transaction
 * each ran in, so a test can say how many requests a change took and whether it was one
 * transaction.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';
import { chromiumQuotaError } from './errors';

export type DiskFault = 'quota' | 'abort';

export interface WriteRequest {
  table: string;
  type: DBCoreMutateRequest['type'];
  /** Records written or removed (a cleared table counts as one). */
  size: number;
  trans: DBCoreTransaction;
}

/** Records a request touches; removing a whole range is one request, however many it removes. */
function sizeOf(request: DBCoreMutateRequest): number {
  if (request.type === 'deleteRange') return 1;
  if (request.type === 'delete') return request.keys.length;
  return request.values.length;
}

/** The first `room` records of a request: what a full disk still took before it failed. */
function partOf(request: DBCoreMutateRequest, room: number): DBCoreMutateRequest | null {
  if (room <= 0 || request.type === 'deleteRange') return null;
  if (request.type === 'delete') return { ...request, keys: request.keys.slice(0, room) };
  return {
    ...request,
    values: request.values.slice(0, room),
    ...(request.keys ? { keys: request.keys.slice(0, room) } : {}),
  };
}

function faultError(fault: DiskFault): Error {
  return fault === 'quota'
    ? chromiumQuotaError()
    : Object.assign(new Error('The transaction was aborted.'), { name: 'AbortError' });
}

export function fillingDisk() {
  let room = Infinity;
  let fault: DiskFault = 'quota';
  const state = {
    /** Records written since the disk was last filled (by `fillAfter`). */
    written: 0,
    /** True once a write has failed since the disk was last filled. */
    faulted: false,
    /** Every write request since `fillAfter` or `record`, in order. */
    requests: [] as WriteRequest[],
  };

  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'test:filling-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: async (request) => {
            const size = sizeOf(request);
            state.requests.push({ table: name, type: request.type, size, trans: request.trans });
            const left = room - state.written;
            if (size <= left) {
              state.written += size;
              return table.mutate(request);
            }
            const part = partOf(request, left);
            if (part) {
              await table.mutate(part);
              state.written += left;
            }
            state.faulted = true;
            (request.trans as unknown as IDBTransaction).abort();
            throw faultError(fault);
          },
        };
      },
    }),
  };

  return {
    middleware,
    state,
    /** From now on, `records` more records fit; the write after that fails with `as`. */
    fillAfter(records: number, as: DiskFault = 'quota') {
      room = records;
      fault = as;
      state.written = 0;
      state.faulted = false;
      state.requests = [];
    },
    /** Room for everything again; requests are still recorded (from empty). */
    record() {
      room = Infinity;
      state.written = 0;
      state.faulted = false;
      state.requests = [];
    },
  };
}
