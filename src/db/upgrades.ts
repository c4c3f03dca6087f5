/**
 * Database upgrades, from the plan's one migration chain (domain/migrations/planChain.ts): the
 * upgrade to schema version N reads every row version N − 1 stored, brings it forward with step
 * `plan/N` exactly as a backup file's plan is brought forward, and writes back every row in
 * version N's shape — each field that version gives by default written out, so a row is stored
 * whole. Snapshots hold whole plans of their version and come forward the same way.
 *
 * A row its version's schema refuses is kept exactly as it was stored: an upgrade never loses a
 * word, and never stops the plan opening.
 */
import type { Transaction } from 'dexie';
import {
  migratePlan,
  parsePlanAt,
  planSchemasAt,
  type PlanRows,
  type Row,
} from '../domain/migrations/planChain';

/** Schema version 3 was the first to keep snapshots. */
const FIRST_WITH_SNAPSHOTS = 3;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A plan stored at `from`, in version `to`'s shape. Pure. */
export function upgradePlan(plan: unknown, from: number, to: number): PlanRows {
  return parsePlanAt(to, migratePlan(plan, from, to, 'keep'), 'keep');
}

/** The upgrade function of schema version `to`, for `db.version(to).upgrade(...)`. */
export function upgradeTo(to: number): (tx: Transaction) => Promise<void> {
  const from = to - 1;
  return async (tx) => {
    const stored: Record<string, Row[]> = {};
    for (const name of Object.keys(planSchemasAt(from))) {
      stored[name] = (await tx.table(name).toArray()) as Row[];
    }
    const upgraded = upgradePlan(stored, from, to);
    for (const [name, rows] of Object.entries(upgraded)) {
      const table = tx.table(name);
      const kept = new Set(rows.map((row) => row.id));
      const gone = (stored[name] ?? []).map((row) => row.id).filter((id) => !kept.has(id));
      if (gone.length > 0) await table.bulkDelete(gone);
      if (rows.length > 0) await table.bulkPut([...rows]);
    }
    if (from < FIRST_WITH_SNAPSHOTS) return;
    const snapshots = tx.table('snapshots');
    const taken = (await snapshots.toArray()) as Row[];
    if (taken.length === 0) return;
    await snapshots.bulkPut(
      taken.map((snapshot) =>
        isObject(snapshot.plan)
          ? { ...snapshot, plan: upgradePlan(snapshot.plan, from, to) }
          : snapshot,
      ),
    );
  };
}
