/**
 * The whole plan, table by table: the one list that backups, restores, snapshots, printing and
 * sharing derive from. A new kind of record is added here once, and every format picks it up.
 */
import { z } from 'zod/mini';
import { lazySchema } from './lazySchema';
import { aboutMe } from './aboutMe';
import { advanceStatementVersion } from './advanceStatement';
import { checkIn, checkInArea } from './checkIns';
import { goal, journalEntry, step } from './goals';
import { hope } from './hopes';
import { person, resource } from './people';
import { crisisTexts, planItem } from './planSections';
import { review } from './reviews';
import { settings } from './settings';
import { shareRecord } from './shares';
import { strength } from './strengths';

export const PLAN_TABLES = {
  aboutMe,
  strengths: strength,
  hopes: hope,
  goals: goal,
  steps: step,
  journal: journalEntry,
  people: person,
  resources: resource,
  checkInAreas: checkInArea,
  checkIns: checkIn,
  planItems: planItem,
  crisisTexts,
  advanceStatements: advanceStatementVersion,
  reviews: review,
  shares: shareRecord,
  settings,
} as const;

export type PlanTable = keyof typeof PLAN_TABLES;
export const PLAN_TABLE_NAMES = Object.keys(PLAN_TABLES) as PlanTable[];

/**
 * The tables that hold lists of the person's items (strengths, goals, people…), as opposed to the
 * plan's single records and its versions: what a backup counts, and what can simply be kept twice
 * when two devices changed one.
 */
export const LIST_TABLES: readonly PlanTable[] = [
  'strengths',
  'hopes',
  'goals',
  'steps',
  'journal',
  'people',
  'resources',
  'checkInAreas',
  'checkIns',
  'planItems',
  'shares',
];

/** Every record of the plan, by table. Tables missing from older data read as empty. */
export const planData = lazySchema(() =>
  z.object(
    Object.fromEntries(
      PLAN_TABLE_NAMES.map((name) => [name, z._default(z.array(PLAN_TABLES[name]), [])]),
    ) as { [K in PlanTable]: z.ZodMiniDefault<z.ZodMiniArray<(typeof PLAN_TABLES)[K]>> },
  ),
);

export type PlanData = z.infer<typeof planData>;

export function emptyPlan(): PlanData {
  return planData.parse({});
}

/** How many records of each kind a plan holds, for summaries before a restore. */
export function planCounts(plan: PlanData): Record<PlanTable, number> {
  return Object.fromEntries(PLAN_TABLE_NAMES.map((name) => [name, plan[name].length])) as Record<
    PlanTable,
    number
  >;
}
