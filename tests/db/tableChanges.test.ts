import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameValue, tableChanges, type TableChanges } from '../../src/db/tableChanges';

interface Row {
  id: string;
  [key: string]: unknown;
}

/** What a table holds after the changes, as IndexedDB would carry them out. */
function apply(stored: Row[], changes: TableChanges<Row>): Map<string, Row> {
  const table = new Map(stored.map((row) => [row.id, row]));
  if (changes.kind === 'rewrite') {
    table.clear();
    for (const row of changes.add) {
      expect(table.has(row.id)).toBe(false); // an add never meets an id already there
      table.set(row.id, row);
    }
  } else if (changes.kind === 'patch') {
    for (const id of changes.remove) table.delete(id);
    for (const row of changes.put) {
      expect(table.has(row.id)).toBe(true);
      table.set(row.id, row);
    }
    for (const row of changes.add) {
      expect(table.has(row.id)).toBe(false);
      table.set(row.id, row);
    }
  }
  return table;
}

const requests = (changes: TableChanges<Row>) =>
  changes.kind === 'unchanged'
    ? 0
    : changes.kind === 'rewrite'
      ? 1 + changes.add.length
      : changes.remove.length + changes.put.length + changes.add.length;

const row = (id: string, fields: Record<string, unknown> = {}): Row => ({ id, ...fields });

describe('the changes that turn one table into another', () => {
  it('are none when the records are the same, whatever order they come in', () => {
    const stored = [row('a', { title: 'Swim', tags: ['x'] }), row('b', { title: 'Cook' })];
    const wanted = [row('b', { title: 'Cook' }), row('a', { tags: ['x'], title: 'Swim' })];
    expect(tableChanges(stored, wanted)).toEqual({ kind: 'unchanged' });
  });

  it('remove, change and add only the records that differ', () => {
    const stored = [row('a', { n: 1 }), row('b', { n: 2 }), row('c', { n: 3 }), row('d')];
    const wanted = [row('a', { n: 1 }), row('b', { n: 20 }), row('d'), row('e', { n: 5 })];
    expect(tableChanges(stored, wanted)).toEqual({
      kind: 'patch',
      remove: ['c'],
      put: [row('b', { n: 20 })],
      add: [row('e', { n: 5 })],
    });
  });

  it('clear the table and write everything when that takes fewer requests', () => {
    const stored = [row('a'), row('b'), row('c')];
    const wanted = [row('x'), row('y')];
    expect(tableChanges(stored, wanted)).toEqual({ kind: 'rewrite', add: wanted });
    expect(tableChanges(stored, [])).toEqual({ kind: 'rewrite', add: [] });
  });

  it('only add when the table is empty', () => {
    expect(tableChanges([], [row('a')])).toEqual({
      kind: 'patch',
      remove: [],
      put: [],
      add: [row('a')],
    });
  });

  it('always leave the table holding exactly what is wanted, in the fewest requests', () => {
    const value = fc.oneof(
      fc.constantFrom(null, undefined, '', 0, 1, 'a', true, false),
      fc.array(fc.constantFrom('a', 'b'), { maxLength: 2 }),
    );
    const rows = fc
      .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 })
      .chain((ids) =>
        fc.tuple(
          ...ids.map((id) =>
            fc
              .dictionary(fc.constantFrom('title', 'at', 'tags'), value, { maxKeys: 2 })
              .map((fields) => row(id, fields)),
          ),
        ),
      );
    fc.assert(
      fc.property(rows, rows, (stored, wanted) => {
        const changes = tableChanges(stored, wanted);
        const result = apply(stored, changes);
        expect([...result.keys()].sort()).toEqual(wanted.map((r) => r.id).sort());
        for (const record of wanted) expect(result.get(record.id)).toStrictEqual(record);
        // Never more requests than clearing and writing everything.
        expect(requests(changes)).toBeLessThanOrEqual(1 + wanted.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('two stored values', () => {
  it('are the same only with the same keys and the same values all the way down', () => {
    expect(sameValue({ a: 1, b: ['x', { c: null }] }, { b: ['x', { c: null }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameValue({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameValue({ a: null }, { a: undefined })).toBe(false);
    expect(sameValue({ a: {} }, { a: [] })).toBe(false);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameValue(['a'], ['a', 'a'])).toBe(false);
    expect(sameValue('', 0)).toBe(false);
    expect(sameValue(0, -0)).toBe(false);
  });

  it('count anything but plain data as different, unless it is the very same thing', () => {
    const day = new Date('2026-11-01T00:00:00Z');
    expect(sameValue(day, new Date(day))).toBe(false);
    expect(sameValue(day, day)).toBe(true);
    expect(sameValue(new Map(), new Map())).toBe(false);
    // eslint-disable-next-line no-sparse-arrays
    expect(sameValue([, 1], [undefined, 1])).toBe(false);
  });
});
