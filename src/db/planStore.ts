/**
 * The whole plan in and out of the database, all at once: for backups, restores, snapshots,
 * printing and sharing. Tables come from the domain's one list (PLAN_TABLES).
 */
import { PLAN_TABLE_NAMES, planData, type PlanData } from '../domain/plan';
import { newId, nowIso } from '../domain/record';
import { SNAPSHOTS_KEPT, type Snapshot } from '../domain/snapshots';
import { getDb } from './connection';
import { runWrite } from './writes';

const tables = () => PLAN_TABLE_NAMES.map((name) => getDb().table(name));

/** Reads every table in one transaction, so the copy is consistent. */
export async function readPlan(): Promise<PlanData> {
  const db = getDb();
  return db.transaction('r', tables(), async () => {
    const entries = await Promise.all(
      PLAN_TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()] as const),
    );
    return Object.fromEntries(entries) as PlanData;
  });
}

/**
 * Replaces the whole plan with `incoming` in ONE transaction, keeping the current plan as a
 * snapshot first: it either all happens or none of it does. `incoming` must already be
 * validated; everything slow (reading files, decrypting) happens before this is called.
 */
export async function replacePlan(incoming: PlanData, reason: Snapshot['reason']): Promise<string> {
  const validated = planData.parse(incoming);
  const db = getDb();
  return runWrite(
    () =>
      db.transaction('rw', [...tables(), db.snapshots], async () => {
        const current = Object.fromEntries(
          await Promise.all(
            PLAN_TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()] as const),
          ),
        ) as PlanData;
        const snapshotId = newId();
        await db.snapshots.add({ id: snapshotId, takenAt: nowIso(), reason, plan: current });
        const old = await db.snapshots
          .orderBy('takenAt')
          .reverse()
          .offset(SNAPSHOTS_KEPT)
          .primaryKeys();
        await db.snapshots.bulkDelete(old);
        for (const name of PLAN_TABLE_NAMES) {
          await db.table(name).clear();
          await db.table(name).bulkAdd(validated[name]);
        }
        return snapshotId;
      }),
    { key: 'plan:replace' },
  );
}

export async function listSnapshots(): Promise<Omit<Snapshot, 'plan'>[]> {
  const all = await getDb().snapshots.orderBy('takenAt').reverse().toArray();
  return all.map(({ id, takenAt, reason }) => ({ id, takenAt, reason }));
}

/** Puts the plan back as it was in a snapshot (itself keeping today's plan as a snapshot). */
export async function restoreSnapshot(id: string): Promise<boolean> {
  const found = await getDb().snapshots.get(id);
  if (!found) return false;
  await replacePlan(found.plan, 'beforeRestore');
  await runWrite(() => getDb().snapshots.delete(id), { key: `snapshots:${id}:used` });
  return true;
}
