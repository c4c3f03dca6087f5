/** Pure helpers for lists the person arranges themselves. */

export interface Orderable {
  id: string;
  order: number;
}

export function sortByOrder<T extends Orderable>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The position for a new item at the end of the list. */
export function nextOrder(items: readonly Orderable[]): number {
  return items.reduce((max, item) => Math.max(max, item.order), 0) + 1;
}

/**
 * Moves one item up (-1) or down (+1) by one place. Returns only the items whose position
 * changed, so a move usually writes two records however long the list is.
 */
export function moveItem<T extends Orderable>(
  items: readonly T[],
  id: string,
  direction: -1 | 1,
): T[] {
  let sorted = sortByOrder(items);
  const from = sorted.findIndex((item) => item.id === id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= sorted.length) return [];
  const hasTies = sorted.some(
    (item, index) => index > 0 && sorted[index - 1]?.order === item.order,
  );
  if (hasTies) {
    // Equal positions (e.g. from an old import) cannot be swapped: renumber the list first.
    sorted = sorted.map((item, index) => ({ ...item, order: index + 1 }));
  }
  const a = sorted[from]!;
  const b = sorted[to]!;
  const swapped = sorted.map((item, index) =>
    index === from ? { ...a, order: b.order } : index === to ? { ...b, order: a.order } : item,
  );
  return hasTies ? swapped : [swapped[from]!, swapped[to]!];
}
