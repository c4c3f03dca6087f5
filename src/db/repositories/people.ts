import { draftOf, type AdvanceStatementVersion } from '../../domain/advanceStatement';
import type { Goal } from '../../domain/goals';
import { SECTION_IDS, type PlanItem, type SectionId } from '../../domain/planSections';
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

/** Where a person or place is named across the plan, so removing it can say so first. */
export interface HelperUses {
  goals: Goal[];
  /** Staying-well and crisis plan sections that name this person, in plan order. */
  sections: SectionId[];
  /** The advance statement being written lists them as holding a copy. */
  advanceStatementDraft: boolean;
}

export async function helperUses(kind: 'people' | 'resources', id: string): Promise<HelperUses> {
  const db = getDb();
  const goals = await goalsUsing(id);
  if (kind === 'resources') return { goals, sections: [], advanceStatementDraft: false };
  const items = await db.planItems.filter((item) => item.personIds.includes(id)).toArray();
  const used = new Set(items.map((item) => item.section));
  const draft = draftOf(await db.advanceStatements.toArray());
  return {
    goals,
    sections: SECTION_IDS.filter((section) => used.has(section)),
    advanceStatementDraft: Boolean(draft?.content.copyHolderIds.includes(id)),
  };
}

export function isInUse(uses: HelperUses): boolean {
  return uses.goals.length > 0 || uses.sections.length > 0 || uses.advanceStatementDraft;
}

/** How a kind of record names people or places: its ids, or null when it must not change. */
interface Reference<R extends { id: string }> {
  ids(record: R): string[] | null;
  with(record: R, ids: string[]): R;
}

/**
 * Every record that names a person or place by id. A signed advance statement is frozen: it
 * keeps the names as they were when it was signed.
 */
const REFERENCES: {
  goals: Reference<Goal>;
  planItems: Reference<PlanItem>;
  advanceStatements: Reference<AdvanceStatementVersion>;
} = {
  goals: {
    ids: (goal) => goal.helperIds,
    with: (goal, helperIds) => ({ ...goal, helperIds }),
  },
  planItems: {
    ids: (item) => item.personIds,
    with: (item, personIds) => ({ ...item, personIds }),
  },
  advanceStatements: {
    ids: (version) => (version.signing ? null : version.content.copyHolderIds),
    with: (version, copyHolderIds) => ({
      ...version,
      content: { ...version.content, copyHolderIds },
    }),
  },
};
type ReferenceTable = keyof typeof REFERENCES;
const referenceTables = (kind: 'people' | 'resources'): ReferenceTable[] =>
  kind === 'people' ? ['goals', 'planItems', 'advanceStatements'] : ['goals'];

/** A removed person or place, and the lists it was taken from, so Undo can put it all back. */
export interface RemovedHelper<T> {
  item: T;
  /** The goals that named it. */
  goalIds: string[];
  /** Each referring record's ids as they were, by table, so Undo puts this one back in place. */
  before: Partial<Record<ReferenceTable, Record<string, string[]>>>;
}

/**
 * Removes a person or place and takes it off every goal, plan section and draft statement that
 * names it, in one transaction. (Screens ask first when it is in use, and offer Undo after.)
 */
export function removeHelper<T extends Person | Resource>(
  kind: 'people' | 'resources',
  id: string,
): Promise<RemovedHelper<T> | undefined> {
  const db = getDb();
  const table = kind === 'people' ? db.people : db.resources;
  const tables = referenceTables(kind);
  return runWrite(
    () =>
      db.transaction('rw', [table, ...tables.map((name) => db.table(name))], async () => {
        const item = (await table.get(id)) as T | undefined;
        if (!item) return undefined;
        const now = nowIso();
        const before: RemovedHelper<T>['before'] = {};
        for (const name of tables) {
          const reference: Reference<{ id: string }> = REFERENCES[name];
          const records = await db
            .table<{ id: string }, string>(name)
            .filter((record) => Boolean(reference.ids(record)?.includes(id)))
            .toArray();
          before[name] = {};
          for (const record of records) {
            const ids = reference.ids(record) ?? [];
            before[name][record.id] = ids;
            const kept = ids.filter((other) => other !== id);
            await db.table(name).put({ ...reference.with(record, kept), updatedAt: now });
          }
        }
        await table.delete(id);
        return { item, goalIds: Object.keys(before.goals ?? {}), before };
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
  const tables = referenceTables(kind);
  const id = removed.item.id;
  return runWrite(
    () =>
      db.transaction('rw', [table, ...tables.map((name) => db.table(name))], async () => {
        await (table as typeof db.people).put(removed.item as Person);
        const now = nowIso();
        for (const name of tables) {
          const reference: Reference<{ id: string }> = REFERENCES[name];
          for (const [recordId, before] of Object.entries(removed.before[name] ?? {})) {
            const record = await db.table<{ id: string }, string>(name).get(recordId);
            // Skip what was removed since, or frozen since (a statement signed meanwhile).
            const current = record && reference.ids(record);
            if (!record || !current || current.includes(id)) continue;
            // The old order where it still applies, then anything added since.
            const ids = [
              ...before.filter((other) => other === id || current.includes(other)),
              ...current.filter((other) => !before.includes(other)),
            ];
            await db.table(name).put({ ...reference.with(record, ids), updatedAt: now });
          }
        }
      }),
    { key: `${kind}:${id}:restore` },
  );
}
