import { describe, expect, it } from 'vitest';
import { goalState, statusChange, type Goal, type Step } from '../../src/domain/goals';
import { hasCome, today } from '../../src/domain/dates';
import {
  progressByMonth,
  recentAchievements,
  reviewsDue,
  stepProgress,
  stepProgressByGoal,
  whatsNext,
} from '../../src/domain/progress';

let n = 0;
function goal(fields: Partial<Goal> = {}): Goal {
  n += 1;
  return {
    ...goalState.parse({}),
    id: `g${n}`,
    order: n,
    title: `Goal ${n}`,
    area: '',
    ownArea: '',
    whyItMatters: '',
    hopeId: '',
    strengthIds: [],
    helperIds: [],
    mightGetInTheWay: '',
    ifItDoes: '',
    targetDate: '',
    reviewDate: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}

function step(
  goalId: string,
  order: number,
  achievedAt: string | null = null,
  title = `s${order}`,
): Step {
  return {
    id: `${goalId}-s${order}`,
    goalId,
    order,
    title,
    achievedAt,
    feeling: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('status changes', () => {
  it('dates the moment a goal is achieved', () => {
    expect(
      statusChange({ status: 'active', achievedAt: null }, 'achieved', '2026-03-01T10:00:00.000Z'),
    ).toEqual({
      status: 'achieved',
      achievedAt: '2026-03-01T10:00:00.000Z',
    });
  });

  it('clears the date when an achieved goal is picked up again', () => {
    expect(
      statusChange({ status: 'achieved', achievedAt: '2026-03-01T10:00:00.000Z' }, 'active', 'x'),
    ).toEqual({
      status: 'active',
      achievedAt: null,
    });
  });

  it('keeps the date when nothing changes', () => {
    const current = { status: 'achieved' as const, achievedAt: '2026-03-01T10:00:00.000Z' };
    expect(statusChange(current, 'achieved', 'later')).toBe(current);
  });
});

describe("what's next", () => {
  it('shows the first step not yet achieved of each active goal, in the person’s order', () => {
    const a = goal({ order: 2 });
    const b = goal({ order: 1 });
    const paused = goal({ status: 'paused' });
    const steps = [
      step(a.id, 2),
      step(a.id, 1, '2026-02-01T00:00:00.000Z'),
      step(a.id, 3),
      step(paused.id, 1),
    ];
    const next = whatsNext([a, b, paused], steps);
    expect(next.map((item) => item.goal.id)).toEqual([b.id, a.id]);
    expect(next[0]!.step).toBeNull();
    expect(next[1]!.step?.id).toBe(`${a.id}-s2`);
  });
});

describe('recent achievements', () => {
  it('lists goals and steps achieved since a moment, newest first', () => {
    const g = goal({ title: 'Swim', status: 'achieved', achievedAt: '2026-03-10T00:00:00.000Z' });
    const steps = [
      step(g.id, 1, '2026-03-05T00:00:00.000Z', 'Buy a swimsuit'),
      step(g.id, 2, '2026-01-01T00:00:00.000Z', 'Too long ago'),
    ];
    const recent = recentAchievements([g], steps, '2026-03-01T00:00:00.000Z');
    expect(recent.map((item) => [item.kind, item.title])).toEqual([
      ['goal', 'Swim'],
      ['step', 'Buy a swimsuit'],
    ]);
    expect(recent[1]!.goalTitle).toBe('Swim');
  });
});

describe('reviews', () => {
  it('offers a fresh look at goals whose review day has come, but not achieved or let-go ones', () => {
    const now = new Date('2026-06-15T12:00:00');
    const due = goal({ reviewDate: '2026-06-15' });
    const later = goal({ reviewDate: '2026-07-01' });
    const none = goal();
    const done = goal({ reviewDate: '2026-06-01', status: 'achieved' });
    const letGo = goal({ reviewDate: '2026-06-01', status: 'letGo' });
    const paused = goal({ reviewDate: '2026-06-01', status: 'paused' });
    expect(reviewsDue([due, later, none, done, letGo, paused], now).map((g) => g.id)).toEqual([
      due.id,
      paused.id,
    ]);
  });

  it('reads days in the person’s own calendar', () => {
    expect(today(new Date('2026-06-15T23:30:00'))).toBe('2026-06-15');
    expect(hasCome('', new Date())).toBe(false);
  });
});

describe('progress by month', () => {
  it('counts steps and goals per month and fills the months in between', () => {
    const g = goal({
      area: 'learning',
      status: 'achieved',
      achievedAt: '2026-04-20T12:00:00.000Z',
    });
    const other = goal({ area: 'home' });
    const steps = [
      step(g.id, 1, '2026-01-10T12:00:00.000Z'),
      step(g.id, 2, '2026-01-20T12:00:00.000Z'),
      step(g.id, 3, '2026-04-02T12:00:00.000Z'),
      step(g.id, 4),
      step(other.id, 1, '2026-02-03T12:00:00.000Z'),
    ];
    expect(progressByMonth([g, other], steps)).toEqual([
      { month: '2026-01', steps: 2, goals: 0 },
      { month: '2026-02', steps: 1, goals: 0 },
      { month: '2026-03', steps: 0, goals: 0 },
      { month: '2026-04', steps: 1, goals: 1 },
    ]);
    expect(progressByMonth([g, other], steps, { area: 'home' })).toEqual([
      { month: '2026-02', steps: 1, goals: 0 },
    ]);
  });

  it('crosses a year end and filters by the person’s own area names', () => {
    const g = goal({
      area: 'own',
      ownArea: 'Music',
      status: 'achieved',
      achievedAt: '2027-01-05T12:00:00.000Z',
    });
    const steps = [step(g.id, 1, '2026-11-30T12:00:00.000Z')];
    expect(
      progressByMonth([g], steps, { area: 'own', ownArea: 'music' }).map((m) => m.month),
    ).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(progressByMonth([g], steps, { area: 'own', ownArea: 'Art' })).toEqual([]);
  });

  it('says how far along a goal’s steps are', () => {
    expect(stepProgress([step('g', 1, 'x'), step('g', 2)])).toEqual({ achieved: 1, total: 2 });
  });

  it('says how far along every goal’s steps are, in one go', () => {
    const steps = [step('a', 1, 'x'), step('b', 1), step('a', 2), step('a', 3, 'y')];
    expect(stepProgressByGoal(steps)).toEqual(
      new Map([
        ['a', { achieved: 2, total: 3 }],
        ['b', { achieved: 0, total: 1 }],
      ]),
    );
    expect(stepProgressByGoal([])).toEqual(new Map());
  });
});
