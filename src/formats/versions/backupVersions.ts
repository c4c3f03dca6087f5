/**
 * FROZEN — which version of the plan's records each released backup format version carries.
 * The records' schemas themselves are frozen once, in src/domain/migrations/planVN.ts, and read
 * by the same chain the database's upgrades use. Never change an entry: a new backup version
 * gets a new one.
 *
 * 1 — plan version 3: every table but the advance statement (a version 1 file has none).
 * 2 — plan version 4: the advance statement too, every version of it.
 * 3 — plan version 6: settings carry the reading and display preferences.
 */
export const BACKUP_PLAN_VERSIONS: Readonly<Record<number, number>> = {
  1: 3,
  2: 4,
  3: 6,
};
