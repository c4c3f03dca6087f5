import type { Goal } from '../../domain/goals';
import { personFields, resourceFields, type Person, type Resource } from '../../domain/people';
import { nowIso } from '../../domain/record';
import { getDb } from '../connection';
import { runWrite } from '../writes';
import { createListRepository } from './orderedList';

export const peopleRepository = createListRepository((db) => db.people, personFields);
export const resourcesRepository = createListRepository((db) => db.resources, resourceFields);

/** The goals that name a person or place as someone who can help. */
export async function goalsUsing(helperId: string): Promise<Goal[]> {
  const goals = await getDb().goals.toArray();
  return goals.filter((goal) => goal.helperIds.includes(helperId));
}

/** A removed person or place, and the goals it was taken from, so Undo can put it all back. */
export interface RemovedHelper<T> {
  item: T;
  goalIds: string[];
  /** Each goal's helpers as they were, so Undo puts this one back in its place. */
  helperIdsBefore: Record<string, string[]>;
}

/**
 * Removes a person or place and takes it off every goal that named it, in one transaction.
 * (Screens ask first when it is in use, and offer Undo after.)
 */
export function removeHelper<T extends Person | Resource>(
  kind: 'people' | 'resources',
  id: string,
): Promise<RemovedHelper<T> | undefined> {
  const db = getDb();
  const table = kind === 'people' ? db.people : db.resources;
  return runWrite(
    () =>
      db.transaction('rw', [table, db.goals], async () => {
        const item = (await table.get(id)) as T | undefined;
        if (!item) return undefined;
        const goals = await db.goals.filter((goal) => goal.helperIds.includes(id)).toArray();
        const now = nowIso();
        for (const goal of goals) {
          await db.goals.update(goal.id, {
            helperIds: goal.helperIds.filter((helper) => helper !== id),
            updatedAt: now,
          });
        }
        await table.delete(id);
        return {
          item,
          goalIds: goals.map((goal) => goal.id),
          helperIdsBefore: Object.fromEntries(goals.map((goal) => [goal.id, goal.helperIds])),
        };
      }),
    { key: `${kind}:${id}:remove` },
  );
}

export function restoreHelper<T extends Person | Resource>(
  kind: 'people' | 'resources',
  removed: RemovedHelper<T>,
): Promise<void> {
  const db = getDb();
  const table = kind === 'people' ? db.people : db.resources;
  return runWrite(
    () =>
      db.transaction('rw', [table, db.goals], async () => {
        await (table as typeof db.people).put(removed.item as Person);
        const now = nowIso();
        for (const goalId of removed.goalIds) {
          const goal = await db.goals.get(goalId);
          if (!goal || goal.helperIds.includes(removed.item.id)) continue;
          const before = removed.helperIdsBefore[goalId] ?? [];
          // The old order where it still applies, then anything added since.
          const helperIds = [
            ...before.filter((id) => id === removed.item.id || goal.helperIds.includes(id)),
            ...goal.helperIds.filter((id) => !before.includes(id)),
          ];
          await db.goals.update(goalId, { helperIds, updatedAt: now });
        }
      }),
    { key: `${kind}:${removed.item.id}:restore` },
  );
}
