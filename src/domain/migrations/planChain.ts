/**
 * The one chain that brings the plan's records forward, from any version to today's. The
 * database's upgrades (src/db/upgrades.ts) and the backup file's decoder (src/formats/backup.ts)
 * both use it: a record means the same whichever way it arrives.
 *
 * Version N of the plan is the records as database schema version N stores them. Every released
 * version has a frozen schema file (planVN.ts), copied, never imported, from the domain; the
 * latest version is today's domain (src/domain/plan.ts), frozen as well once a backup format
 * carries it. Bringing a plan forward from
 * version N: parse it with version N's schema (which gives each field that version's default),
 * apply step `plan/N+1`, parse with N + 1's, and so on; the caller parses the result with the
 * schema of the version it asked for (today's: checkPlan).
 *
 * Adding a version is in docs/decisions/0009-migration-chain.md.
 */
import type { z } from 'zod/mini';
import { PLAN_TABLES } from '../plan';
import * as v1 from './planV1';
import * as v2 from './planV2';
import * as v3 from './planV3';
import * as v4 from './planV4';
import * as v5 from './planV5';
import * as v6 from './planV6';
import { createMigrationSequence, parseMigrationId, stepsBetween } from './sequence';

export type Row = Readonly<Record<string, unknown>>;
/** A plan in any version: rows by table. */
export type PlanRows = Readonly<Record<string, readonly Row[]>>;
type Schemas = Readonly<Record<string, z.ZodMiniType>>;

/** Each released version's record schemas, frozen. The latest is here once a backup carries it. */
export const FROZEN_PLAN_VERSIONS: Readonly<Record<number, Schemas>> = {
  1: v1.tables,
  2: v2.tables,
  3: v3.tables,
  4: v4.tables,
  5: v5.tables,
  6: v6.tables,
};

/** Gives each row the fields it lacks, keeping every value it has. */
const fill = (rows: readonly Row[] | undefined, defaults: Row): Row[] =>
  (rows ?? []).map((row) => ({ ...defaults, ...row }));

/** The same rows, or an empty table where the version before had none. */
const table = (rows: readonly Row[] | undefined): readonly Row[] => rows ?? [];

export const PLAN_MIGRATIONS = createMigrationSequence<PlanRows>('plan', 1, [
  {
    id: 'plan/2',
    description:
      'Goals, steps, the journal, People and places and check-ins arrive, empty; check-ins start off.',
    up: (plan) => ({
      ...plan,
      settings: fill(plan.settings, { checkInsEnabled: false }),
      goals: table(plan.goals),
      steps: table(plan.steps),
      journal: table(plan.journal),
      people: table(plan.people),
      resources: table(plan.resources),
      checkInAreas: table(plan.checkInAreas),
      checkIns: table(plan.checkIns),
    }),
  },
  {
    id: 'plan/3',
    description:
      'The staying-well and crisis plans, reviews and shares arrive, empty; no nation chosen, no help line hidden or added, no backup made yet.',
    up: (plan) => ({
      ...plan,
      settings: fill(plan.settings, {
        lastBackupAt: null,
        nation: '',
        hiddenHelpLines: [],
        ownHelpLines: [],
      }),
      planItems: table(plan.planItems),
      crisisTexts: table(plan.crisisTexts),
      reviews: table(plan.reviews),
      shares: table(plan.shares),
    }),
  },
  {
    id: 'plan/4',
    description:
      'The advance statement arrives, with no version written yet (and becomes a part that can be reviewed and shared).',
    up: (plan) => ({ ...plan, advanceStatements: table(plan.advanceStatements) }),
  },
  {
    id: 'plan/5',
    description:
      'No record changes shape: from version 5 every row is stored whole, each field a version 4 reader would have given its default written out (a settings row from before backups had no lastBackupAt).',
    up: (plan) => plan,
  },
  {
    id: 'plan/6',
    description:
      'Reading and display settings: text up to twice the size, more space between lines and words, more contrast and less motion (following the device until the person chooses), and which languages have already said their words are a draft.',
    up: (plan) => ({
      ...plan,
      settings: fill(plan.settings, {
        moreSpace: false,
        contrast: 'device',
        motion: 'device',
        draftNoticeSeen: [],
      }),
    }),
  },
]);

export const LATEST_PLAN_VERSION = PLAN_MIGRATIONS.latest;

/** The record schemas of one version: frozen for a released one, today's for the latest. */
export function planSchemasAt(version: number): Schemas {
  if (version === LATEST_PLAN_VERSION) return PLAN_TABLES;
  const frozen = FROZEN_PLAN_VERSIONS[version];
  if (!frozen) throw new RangeError(`No plan version ${version}`);
  return frozen;
}

/** A record that version's schema does not accept: the file or row is not what it claims. */
export class InvalidRecord extends Error {
  constructor(
    readonly table: string,
    readonly problem: string | undefined,
  ) {
    super(`${table}: ${problem ?? 'invalid'}`);
    this.name = 'InvalidRecord';
  }
}

/**
 * What to do with a row its version's schema refuses: `refuse` (a file someone opens: throw
 * InvalidRecord) or `keep` (a database row: left exactly as stored, never lost).
 */
export type OnInvalid = 'refuse' | 'keep';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The plan as version `version` reads it: only that version's tables (a table it lacks reads
 * as empty), each row parsed with that version's schema. Returns new objects; never changes
 * the plan given.
 */
export function parsePlanAt(version: number, plan: unknown, onInvalid: OnInvalid): PlanRows {
  const schemas = planSchemasAt(version);
  if (!isObject(plan)) {
    if (onInvalid === 'refuse') throw new InvalidRecord('plan', 'not an object');
    return {};
  }
  const out: Record<string, readonly Row[]> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const rows = plan[name] ?? [];
    if (!Array.isArray(rows)) {
      if (onInvalid === 'refuse') throw new InvalidRecord(name, 'not a list');
      continue;
    }
    out[name] = rows.map((row: unknown) => {
      const result = schema.safeParse(row);
      if (result.success) return result.data as Row;
      if (onInvalid === 'refuse') throw new InvalidRecord(name, result.error.issues[0]?.message);
      return row as Row;
    });
  }
  return out;
}

/**
 * Brings a plan stored at version `from` to version `to` (today's by default): parsed with each
 * version's schema before that version's step. The result is the last step's output; parse it
 * with version `to`'s schema (parsePlanAt, or checkPlan for today's).
 */
export function migratePlan(
  plan: unknown,
  from: number,
  to: number = LATEST_PLAN_VERSION,
  onInvalid: OnInvalid = 'refuse',
): PlanRows {
  let state = plan;
  let at = from;
  for (const step of stepsBetween(PLAN_MIGRATIONS, from, to)) {
    state = step.up(parsePlanAt(at, state, onInvalid));
    at = parseMigrationId(step.id).version;
  }
  return at === from ? parsePlanAt(from, state, onInvalid) : (state as PlanRows);
}
