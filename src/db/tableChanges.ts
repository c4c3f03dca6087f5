/**
 * What it takes to turn the records a table holds into the records it should hold, in as few
 * IndexedDB requests as possible. Every request costs the browser a noticeable moment, so
 * replacing a large plan with one that is mostly the same (a restore of a recent backup, an undo)
 * writes only what differs; replacing it with a quite different one clears the table and writes
 * everything. Either way the table ends up holding exactly `wanted`.
 */

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

const isPlainObject = (value: object): value is Record<string, unknown> =>
  Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null;

/**
 * True only when two stored values hold exactly the same data: the same keys (one left out is
 * not the same as one set to undefined) and the same values all the way down. Anything it does
 * not know how to compare counts as different, so at worst a record is written that needn't be.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) {
      if (!(index in a) || !(index in b) || !sameValue(a[index], b[index])) return false;
    }
    return true;
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
}
