/**
 * The whole plan in and out of the database, all at once: for backups, restores, snapshots,
 * printing and sharing. Tables come from the domain's one list (PLAN_TABLES).
 */
import { checkPlan, isCheckedPlan, type CheckedPlan } from '../domain/checkedPlan';
import { PLAN_TABLE_NAMES, type PlanData, type PlanTable } from '../domain/plan';
import { newId, nowIso } from '../domain/record';
import { SNAPSHOTS_KEPT, type Snapshot } from '../domain/snapshots';
import { getDb } from './connection';
import { tableChanges } from './tableChanges';
import { runWrite } from './writes';

const tables = () => PLAN_TABLE_NAMES.map((name) => getDb().table(name));

/** Every table of the plan, read within the caller's transaction. */
async function readTables(): Promise<PlanData> {
  const db = getDb();
  const entries = await Promise.all(
    PLAN_TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()] as const),
  );
  return Object.fromEntries(entries) as PlanData;
}

/** Reads every table in one transaction, so the copy is consistent. */
export async function readPlan(): Promise<PlanData> {
  return getDb().transaction('r', tables(), readTables);
}

/** The plan as given if checkPlan made it (a decoded backup); otherwise checked here. */
function checked(incoming: PlanData): CheckedPlan {
  if (isCheckedPlan(incoming)) return incoming;
  const result = checkPlan(incoming);
  if (!result.success) throw new TypeError(`Not a valid plan: ${result.problem ?? 'unknown'}`);
  return result.plan;
}

/**
 * Within the caller's `rw` transaction over every plan table and the snapshots: keeps the plan
 * as it is now as a snapshot (letting the oldest go), then makes every table hold exactly what
 * `plan` holds. Only records that differ are written (see tableChanges): a table much like the
 * one stored is patched, a quite different one cleared and written in one bulk request, so
 * restoring onto an empty device or over a different plan takes a request per table, not one
 * per record. `used`, the snapshot being put back, goes in the same transaction.
 */
async function replaceTables(
  plan: CheckedPlan,
  reason: Snapshot['reason'],
  used?: string,
): Promise<string> {
  const db = getDb();
  const current = await readTables();
  const snapshotId = newId();
  const keepSnapshot = async () => {
    if (used !== undefined) await db.snapshots.delete(used);
    await db.snapshots.add({ id: snapshotId, takenAt: nowIso(), reason, plan: current });
    const old = await db.snapshots
      .orderBy('takenAt')
      .reverse()
      .offset(SNAPSHOTS_KEPT)
      .primaryKeys();
    await db.snapshots.bulkDelete(old);
  };
  const replaceTable = async (name: PlanTable) => {
    const table = db.table<{ id: string }, string>(name);
    const changes = tableChanges<{ id: string }>(current[name], plan[name]);
    if (changes.kind === 'rewrite') {
      await table.clear();
      await table.bulkAdd(changes.add);
    } else if (changes.kind === 'patch') {
      // Different ids each, so the three can go together; an empty one sends no request.
      await Promise.all([
        changes.remove.length > 0 && table.bulkDelete(changes.remove),
        changes.put.length > 0 && table.bulkPut(changes.put),
        changes.add.length > 0 && table.bulkAdd(changes.add),
      ]);
    }
  };
  // All tables' requests go out together rather than one table after another: the browser
  // stores one table while this page is still handing over the next.
  await Promise.all([keepSnapshot(), ...PLAN_TABLE_NAMES.map(replaceTable)]);
  return snapshotId;
}

/**
 * Replaces the whole plan with `incoming` in ONE transaction, keeping the current plan as a
 * snapshot first: it either all happens or none of it does. Everything slow (reading files,
 * decrypting) happens before this is called. A plan from checkPlan (as decodeBackup returns) is
 * written as it is; any other — a snapshot, or a caller's own data — is checked before anything
 * is touched. Afterwards every table holds exactly what `incoming` holds.
 */
export async function replacePlan(incoming: PlanData, reason: Snapshot['reason']): Promise<string> {
  const plan = checked(incoming);
  const db = getDb();
  return runWrite(
    () => db.transaction('rw', [...tables(), db.snapshots], () => replaceTables(plan, reason)),
    { key: 'plan:replace' },
  );
}

/**
 * The snapshots kept, newest first: when each was taken, read from the index alone. Each holds a
 * whole plan, and reading them in full (as this did) made the backup screen wait after a restore.
 */
export async function listSnapshots(): Promise<Pick<Snapshot, 'id' | 'takenAt'>[]> {
  const db = getDb();
  const newestFirst = () => db.snapshots.orderBy('takenAt').reverse();
  const [times, ids] = await db.transaction('r', db.snapshots, () =>
    Promise.all([newestFirst().keys(), newestFirst().primaryKeys()]),
  );
  return ids.map((id, index) => ({ id, takenAt: String(times[index]) }));
}

/**
 * Puts the plan back as it was in a snapshot, keeping today's plan as a snapshot in its place:
 * in one transaction, so the snapshot is used up exactly when the plan is back, and not before.
 * False when there is no such snapshot (any more).
 */
export async function restoreSnapshot(id: string): Promise<boolean> {
  const db = getDb();
  return runWrite(
    // Read and checked inside the write, so a snapshot that cannot be read or used is shown by the
    // save status like any failed change; but before the transaction: checking a large plan
    // would hold it open for long.
    async () => {
      const found = await db.snapshots.get(id);
      if (!found) return false;
      const plan = checked(found.plan);
      return db.transaction('rw', [...tables(), db.snapshots], async () => {
        // Another tab may have used or let go of it meanwhile.
        if ((await db.snapshots.where('id').equals(id).count()) === 0) return false;
        await replaceTables(plan, 'beforeRestore', id);
        return true;
      });
    },
    // The latest change of the whole plan is the one "Try again" repeats, whichever it was.
    { key: 'plan:replace' },
  );
}
