/** Pure views of progress: what's next, what was achieved, and progress month by month. */
import { hasCome, monthOf } from './dates';
import type { Goal, Step } from './goals';
import { sortByOrder } from './ordering';

export interface NextUp {
  goal: Goal;
  /** The first small step not yet achieved, or null when there is none. */
  step: Step | null;
}

/** Steps grouped by goal, each group in the person's order. One pass over all steps. */
export function stepsByGoal(steps: readonly Step[]): Map<string, Step[]> {
  const groups = new Map<string, Step[]>();
  for (const step of steps) {
    const group = groups.get(step.goalId);
    if (group) group.push(step);
    else groups.set(step.goalId, [step]);
  }
  for (const [goalId, group] of groups) groups.set(goalId, sortByOrder(group));
  return groups;
}

export function whatsNext(goals: readonly Goal[], steps: readonly Step[]): NextUp[] {
  const grouped = stepsByGoal(steps);
  return sortByOrder(goals.filter((goal) => goal.status === 'active')).map((goal) => ({
    goal,
    step: grouped.get(goal.id)?.find((step) => step.achievedAt === null) ?? null,
  }));
}

export interface Achievement {
  kind: 'goal' | 'step';
  id: string;
  title: string;
  goalTitle: string;
  at: string;
}

/** Goals and steps achieved since a moment, newest first. */
export function recentAchievements(
  goals: readonly Goal[],
  steps: readonly Step[],
  sinceIso: string,
  limit = 5,
): Achievement[] {
  const titles = new Map(goals.map((goal) => [goal.id, goal.title]));
  const items: Achievement[] = [];
  for (const goal of goals) {
    if (goal.status === 'achieved' && goal.achievedAt && goal.achievedAt >= sinceIso) {
      items.push({
        kind: 'goal',
        id: goal.id,
        title: goal.title,
        goalTitle: goal.title,
        at: goal.achievedAt,
      });
    }
  }
  for (const step of steps) {
    if (step.achievedAt && step.achievedAt >= sinceIso && titles.has(step.goalId)) {
      items.push({
        kind: 'step',
        id: step.id,
        title: step.title,
        goalTitle: titles.get(step.goalId) ?? '',
        at: step.achievedAt,
      });
    }
  }
  return items.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
}

/** Goals whose review day has come: "time to look at this again?" (never "overdue"). */
export function reviewsDue(goals: readonly Goal[], now: Date = new Date()): Goal[] {
  return sortByOrder(
    goals.filter(
      (goal) =>
        goal.status !== 'letGo' && goal.status !== 'achieved' && hasCome(goal.reviewDate, now),
    ),
  );
}

export interface MonthProgress {
  month: string; // YYYY-MM
  steps: number;
  goals: number;
}

/**
 * Steps and goals achieved per month, oldest first, with empty months in between filled so a
 * chart shows time honestly. `area` limits it to goals (and their steps) in one life area.
 */
export function progressByMonth(
  goals: readonly Goal[],
  steps: readonly Step[],
  options: { area?: string; ownArea?: string } = {},
): MonthProgress[] {
  const inArea = (goal: Goal) =>
    !options.area ||
    (goal.area === options.area &&
      (options.area !== 'own' ||
        goal.ownArea.trim().toLowerCase() === (options.ownArea ?? '').trim().toLowerCase()));
  const wanted = new Set(goals.filter(inArea).map((goal) => goal.id));
  const counts = new Map<string, MonthProgress>();
  const bump = (iso: string, key: 'steps' | 'goals') => {
    const month = monthOf(iso);
    const entry = counts.get(month) ?? { month, steps: 0, goals: 0 };
    entry[key] += 1;
    counts.set(month, entry);
  };
  for (const goal of goals) {
    if (wanted.has(goal.id) && goal.status === 'achieved' && goal.achievedAt)
      bump(goal.achievedAt, 'goals');
  }
  for (const step of steps)
    if (step.achievedAt && wanted.has(step.goalId)) bump(step.achievedAt, 'steps');
  const months = [...counts.keys()].sort();
  if (months.length === 0) return [];
  const result: MonthProgress[] = [];
  for (let month = months[0]!; month <= months[months.length - 1]!; month = nextMonth(month)) {
    result.push(counts.get(month) ?? { month, steps: 0, goals: 0 });
  }
  return result;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** How far along each goal's steps are, by goal id, in one pass over all steps. */
export function stepProgressByGoal(
  steps: readonly Step[],
): Map<string, { achieved: number; total: number }> {
  const progress = new Map<string, { achieved: number; total: number }>();
  for (const step of steps) {
    let counts = progress.get(step.goalId);
    if (!counts) progress.set(step.goalId, (counts = { achieved: 0, total: 0 }));
    counts.total += 1;
    if (step.achievedAt !== null) counts.achieved += 1;
  }
  return progress;
}

/** How far along a goal's steps are. */
export function stepProgress(steps: readonly Step[]): { achieved: number; total: number } {
  return { achieved: steps.filter((step) => step.achievedAt !== null).length, total: steps.length };
}
