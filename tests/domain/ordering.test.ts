import { describe, expect, it } from 'vitest';
import { moveItem, nextOrder, sortByOrder } from '../../src/domain/ordering';

const items = [
  { id: 'c', order: 3 },
  { id: 'a', order: 1 },
  { id: 'b', order: 2 },
];

describe('ordering', () => {
  it('sorts by position', () => {
    expect(sortByOrder(items).map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });

  it('puts a new item after the last one', () => {
    expect(nextOrder(items)).toBe(4);
    expect(nextOrder([])).toBe(1);
  });

  it('moves an item by swapping positions with its neighbour, changing only two items', () => {
    const changed = moveItem(items, 'c', -1);
    expect(changed).toEqual([
      { id: 'c', order: 2 },
      { id: 'b', order: 3 },
    ]);
  });

  it('does nothing when moving past either end', () => {
    expect(moveItem(items, 'a', -1)).toEqual([]);
    expect(moveItem(items, 'c', 1)).toEqual([]);
    expect(moveItem(items, 'missing', 1)).toEqual([]);
  });

  it('renumbers a list with equal positions so the move still happens', () => {
    const tied = [
      { id: 'a', order: 1 },
      { id: 'b', order: 1 },
      { id: 'c', order: 1 },
    ];
    const changed = moveItem(tied, 'c', -1);
    const after = sortByOrder(
      tied.map((item) => changed.find((next) => next.id === item.id) ?? item),
    );
    expect(after.map((item) => item.id)).toEqual(['a', 'c', 'b']);
  });
});
