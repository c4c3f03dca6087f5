/**
 * Goals are the person's own, with small steps beneath them so progress is seen. A goal is never
 * "failed" or "overdue": it is active, achieved, paused or let go, and a setback is something
 * learned, logged beside progress and celebrations.
 */
import { z } from 'zod/mini';
import { lazySchema } from './lazySchema';
import { optionalDay } from './dates';
import { lifeAreaChoice } from './lifeAreas';
import { longText, ordered, recordBase, shortText } from './record';

export const GOAL_STATUSES = ['active', 'achieved', 'paused', 'letGo'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

const ids = () =>
  z._default(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(200)), []);

export const goalFields = lazySchema(() =>
  z.object({
    title: shortText(),
    area: z._default(lifeAreaChoice, ''),
    ownArea: shortText(),
    whyItMatters: longText(),
    /** One of the person's Hopes this goal serves, or ''. */
    hopeId: z._default(z.string().check(z.maxLength(100)), ''),
    /** Strengths to draw on (ids from Strengths). */
    strengthIds: ids(),
    /** Who and what can help (ids from People and places). */
    helperIds: ids(),
    mightGetInTheWay: longText(),
    ifItDoes: longText(),
    targetDate: optionalDay(),
    reviewDate: optionalDay(),
  }),
);

/**
 * A goal's details after its name, in the one order its screen, its form, the printed plan, the
 * text export and a shared plan all read them. Each one's words are under `goal`, by its name, in the
 * translation files. `field` is where the goal keeps it: a hope, strengths and helpers are kept
 * by id and read by name (a shared plan carries the names, under `name`).
 */
export const GOAL_DETAILS = [
  { name: 'area', field: 'area', kind: 'area' },
  { name: 'whyItMatters', field: 'whyItMatters', kind: 'words' },
  { name: 'hope', field: 'hopeId', kind: 'choice' },
  { name: 'strengths', field: 'strengthIds', kind: 'choices' },
  { name: 'helpers', field: 'helperIds', kind: 'choices' },
  { name: 'mightGetInTheWay', field: 'mightGetInTheWay', kind: 'words' },
  { name: 'ifItDoes', field: 'ifItDoes', kind: 'words' },
  { name: 'targetDate', field: 'targetDate', kind: 'day' },
  /** When to look at it again is the person's own reminder: it is not shared or printed. */
  { name: 'reviewDate', field: 'reviewDate', kind: 'day', ownReminder: true },
] as const satisfies readonly {
  name: string;
  field: keyof GoalFields;
  /** The person's words; a part of life; one or several of their hopes, strengths or helpers; a day. */
  kind: 'area' | 'words' | 'choice' | 'choices' | 'day';
  ownReminder?: true;
}[];

export type GoalDetail = (typeof GOAL_DETAILS)[number];

/** The details a printed or shared goal carries. */
export const SHARED_GOAL_DETAILS = GOAL_DETAILS.filter(
  (detail): detail is Exclude<GoalDetail, { ownReminder: true }> => !('ownReminder' in detail),
);

export const goalState = lazySchema(() =>
  z.object({
    status: z._default(z.enum(GOAL_STATUSES), 'active'),
    /** When the goal was achieved, if it was. */
    achievedAt: z._default(z.nullable(z.iso.datetime()), null),
    /** How achieving it felt, in the person's words. */
    feeling: longText(),
    /** What the person learned, when they let a goal go. */
    learned: longText(),
  }),
);

export const goal = lazySchema(() =>
  z.extend(z.extend(z.extend(recordBase, ordered.shape), goalFields.shape), goalState.shape),
);

export type GoalFields = z.infer<typeof goalFields>;
export type Goal = z.infer<typeof goal>;

export const stepFields = lazySchema(() =>
  z.object({
    title: shortText(),
  }),
);

export const step = lazySchema(() =>
  z.extend(z.extend(z.extend(recordBase, ordered.shape), stepFields.shape), {
    goalId: z.string().check(z.minLength(1), z.maxLength(100)),
    achievedAt: z._default(z.nullable(z.iso.datetime()), null),
    feeling: longText(),
  }),
);

export type StepFields = z.infer<typeof stepFields>;
export type Step = z.infer<typeof step>;

export const JOURNAL_KINDS = ['progress', 'setback', 'celebration'] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

export const journalEntryFields = lazySchema(() =>
  z.object({
    kind: z.enum(JOURNAL_KINDS),
    text: longText(),
    /** For a setback: what I learned. */
    learned: longText(),
    /** For a setback: what I'll try next. */
    tryNext: longText(),
  }),
);

export const journalEntry = lazySchema(() =>
  z.extend(z.extend(recordBase, journalEntryFields.shape), {
    goalId: z.string().check(z.minLength(1), z.maxLength(100)),
    /** When it happened, as the person dates it. */
    at: z.iso.datetime(),
  }),
);

export type JournalEntryFields = z.infer<typeof journalEntryFields>;
export type JournalEntry = z.infer<typeof journalEntry>;

/**
 * The changes a new status brings. Achieving dates the moment; moving away from achieved clears
 * that date (the journal keeps the story). Nothing else is lost.
 */
export function statusChange(
  current: Pick<Goal, 'status' | 'achievedAt'>,
  status: GoalStatus,
  nowIso: string,
): Pick<Goal, 'status' | 'achievedAt'> {
  if (status === current.status) return current;
  return { status, achievedAt: status === 'achieved' ? nowIso : null };
}

/** The person's reflections on a goal's status: how achieving felt, what letting go taught. */
export const goalNotes = lazySchema(() => z.object({ feeling: longText(), learned: longText() }));
export type GoalNotes = z.infer<typeof goalNotes>;
