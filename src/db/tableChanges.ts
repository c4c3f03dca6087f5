/**
 * What it takes to turn the records a table holds into the records it should hold, in as few
 * IndexedDB requests as possible. Every request costs the browser a noticeable moment, so
 * replacing a large plan with one that is mostly the same (a restore of a recent backup, an undo)
 * writes only what differs; replacing it with a quite different one clears the table and writes
 * everything. Either way the table ends up holding exactly `wanted`.
 */

import { sameValue } from '../lib/sameValue';

export { sameValue };

interface StoredRecord {
  id: string;
}

export type TableChanges<R extends StoredRecord> =
  | { kind: 'unchanged' }
  /** Remove every record, then add all of `add`. */
  | { kind: 'rewrite'; add: R[] }
  /** Remove the records with these ids, write the changed ones over theirs, add the new ones. */
  | { kind: 'patch'; remove: string[]; put: R[]; add: R[] };

export function tableChanges<R extends StoredRecord>(
  stored: readonly R[],
  wanted: readonly R[],
): TableChanges<R> {
  const left = new Map(stored.map((record) => [record.id, record]));
  const put: R[] = [];
  const add: R[] = [];
  for (const record of wanted) {
    const old = left.get(record.id);
    if (old === undefined) add.push(record);
    else {
      left.delete(record.id);
      if (!sameValue(old, record)) put.push(record);
    }
  }
  const remove = [...left.keys()];
  const patchRequests = remove.length + put.length + add.length;
  if (patchRequests === 0) return { kind: 'unchanged' };
  // Clearing is one request however many records go, but then every wanted record is written.
  if (patchRequests > 1 + wanted.length) return { kind: 'rewrite', add: [...wanted] };
  return { kind: 'patch', remove, put, add };
}
