import {
  goalFields,
  goalState,
  statusChange,
  stepFields,
  type Goal,
  type GoalStatus,
  type JournalEntry,
  type JournalEntryFields,
  type Step,
  type StepFields,
} from '../../domain/goals';
import { journalEntryFields } from '../../domain/goals';
import { nextOrder } from '../../domain/ordering';
import { longText, newId, nowIso } from '../../domain/record';
import { getDb } from '../connection';
import { runWrite } from '../writes';
import { createListRepository } from './orderedList';

const base = createListRepository((db) => db.goals, goalFields, {
  initialState: () => goalState.parse({}),
});

const STEP_INITIAL_STATE = () => ({ achievedAt: null, feeling: '' });

/** The steps of one goal, as an ordered list of their own. */
function stepsOf(goalId: string) {
  return createListRepository((db) => db.steps, stepFields, {
    initialState: STEP_INITIAL_STATE,
    scope: { field: 'goalId', value: goalId },
  });
}

/** Everything that belongs to one goal, so removing it can be undone completely. */
export interface RemovedGoal {
  goal: Goal;
  steps: Step[];
  journal: JournalEntry[];
}

function inTransaction<T>(key: string, work: () => Promise<T>): Promise<T> {
  const db = getDb();
  return runWrite(() => db.transaction('rw', [db.goals, db.steps, db.journal], work), { key });
}

export const goalsRepository = {
  list: base.list,
  move: base.move,
  update: base.update,

  get(id: string): Promise<Goal | undefined> {
    return getDb().goals.get(id);
  },

  add: base.add,

  /** Active, achieved, paused or let go; `note` is how it felt, or what was learned. */
  async setStatus(id: string, status: GoalStatus, note?: { feeling?: string; learned?: string }) {
    const extra = {
      ...(note?.feeling !== undefined ? { feeling: longText().parse(note.feeling) } : {}),
      ...(note?.learned !== undefined ? { learned: longText().parse(note.learned) } : {}),
    };
    await inTransaction(`goals:${id}:status`, async () => {
      const goal = await getDb().goals.get(id);
      if (!goal) return;
      const now = nowIso();
      await getDb().goals.update(id, {
        ...statusChange(goal, status, now),
        ...extra,
        updatedAt: now,
      });
    });
  },

  async setNote(id: string, note: { feeling?: string; learned?: string }) {
    const patch = {
      ...(note.feeling !== undefined ? { feeling: longText().parse(note.feeling) } : {}),
      ...(note.learned !== undefined ? { learned: longText().parse(note.learned) } : {}),
    };
    await runWrite(() => getDb().goals.update(id, { ...patch, updatedAt: nowIso() }), {
      key: `goals:${id}:note:${Object.keys(patch).join(',')}`,
      latestWins: true,
    });
  },

  remove(id: string): Promise<RemovedGoal | undefined> {
    return inTransaction(`goals:${id}:remove`, async () => {
      const db = getDb();
      const goal = await db.goals.get(id);
      if (!goal) return undefined;
      const steps = await db.steps.where('goalId').equals(id).toArray();
      const journal = await db.journal.where('goalId').equals(id).toArray();
      await db.steps.bulkDelete(steps.map((step) => step.id));
      await db.journal.bulkDelete(journal.map((entry) => entry.id));
      await db.goals.delete(id);
      return { goal, steps, journal };
    });
  },

  restore(removed: RemovedGoal): Promise<void> {
    return inTransaction(`goals:${removed.goal.id}:restore`, async () => {
      const db = getDb();
      await db.goals.put(removed.goal);
      await db.steps.bulkPut(removed.steps);
      await db.journal.bulkPut(removed.journal);
    });
  },
};

export const stepsRepository = {
  async listAll(): Promise<Step[]> {
    return getDb().steps.toArray();
  },

  listFor(goalId: string): Promise<Step[]> {
    return stepsOf(goalId).list();
  },

  add(goalId: string, fields: Partial<StepFields> = {}): Promise<Step> {
    return stepsOf(goalId).add(fields);
  },

  async update(id: string, patch: Partial<StepFields>): Promise<void> {
    const step = await getDb().steps.get(id);
    if (step) await stepsOf(step.goalId).update(id, patch);
  },

  async move(id: string, direction: -1 | 1): Promise<void> {
    const step = await getDb().steps.get(id);
    if (step) await stepsOf(step.goalId).move(id, direction);
  },

  async remove(id: string): Promise<Step | undefined> {
    const step = await getDb().steps.get(id);
    return step ? stepsOf(step.goalId).remove(id) : undefined;
  },

  restore(step: Step): Promise<void> {
    return stepsOf(step.goalId).restore(step);
  },

  /** Marks a step achieved (dated now) or not yet achieved. */
  async setAchieved(id: string, achieved: boolean): Promise<void> {
    const now = nowIso();
    await runWrite(
      () => getDb().steps.update(id, { achievedAt: achieved ? now : null, updatedAt: now }),
      { key: `steps:${id}:achieved` },
    );
  },

  async setFeeling(id: string, feeling: string): Promise<void> {
    const text = longText().parse(feeling);
    await runWrite(() => getDb().steps.update(id, { feeling: text, updatedAt: nowIso() }), {
      key: `steps:${id}:feeling`,
      latestWins: true,
    });
  },

  /** Turns a small step into a goal of its own, in the same part of life. Returns the new goal. */
  promote(id: string): Promise<Goal | undefined> {
    return inTransaction(`steps:${id}:promote`, async () => {
      const db = getDb();
      const step = await db.steps.get(id);
      if (!step) return undefined;
      const parent = await db.goals.get(step.goalId);
      const now = nowIso();
      const goal: Goal = {
        ...goalFields.parse({
          title: step.title,
          area: parent?.area ?? '',
          ownArea: parent?.ownArea ?? '',
        }),
        status: 'active',
        achievedAt: null,
        feeling: '',
        learned: '',
        id: newId(),
        order: nextOrder(await db.goals.toArray()),
        createdAt: now,
        updatedAt: now,
      };
      await db.goals.add(goal);
      await db.steps.delete(id);
      return goal;
    });
  },
};

export const journalRepository = {
  async listFor(goalId: string): Promise<JournalEntry[]> {
    const entries = await getDb().journal.where('goalId').equals(goalId).toArray();
    return entries.sort((a, b) => b.at.localeCompare(a.at));
  },

  add(goalId: string, fields: JournalEntryFields, at: string = nowIso()): Promise<JournalEntry> {
    const parsed = journalEntryFields.parse(fields);
    return inTransaction('journal:add', async () => {
      const now = nowIso();
      const entry: JournalEntry = {
        ...parsed,
        id: newId(),
        goalId,
        at,
        createdAt: now,
        updatedAt: now,
      };
      await getDb().journal.add(entry);
      return entry;
    });
  },

  remove(id: string): Promise<JournalEntry | undefined> {
    return inTransaction(`journal:${id}:remove`, async () => {
      const entry = await getDb().journal.get(id);
      await getDb().journal.delete(id);
      return entry;
    });
  },

  async restore(entry: JournalEntry): Promise<void> {
    await inTransaction(`journal:${entry.id}:restore`, () => getDb().journal.put(entry));
  },
};
