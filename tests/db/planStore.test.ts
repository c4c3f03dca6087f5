import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkPlan, isCheckedPlan } from '../../src/domain/checkedPlan';
import { planData, type PlanData } from '../../src/domain/plan';
import { getDb, openDatabase } from '../../src/db/connection';
import { listSnapshots, readPlan, replacePlan, restoreSnapshot } from '../../src/db/planStore';
import { getAboutMe, saveAboutMe } from '../../src/db/repositories/aboutMe';
import { goalsRepository } from '../../src/db/repositories/goals';
import { strengthsRepository } from '../../src/db/repositories/strengths';
import { byId } from '../helpers/byId';

const at = '2026-11-01T10:00:00.000Z';
const incoming = planData.parse({
  aboutMe: [{ id: 'me', preferredName: 'Jo', createdAt: at, updatedAt: at }],
  strengths: [{ id: 'x1', order: 1, title: 'Kindness', createdAt: at, updatedAt: at }],
  goals: [{ id: 'g1', order: 1, title: 'Learn to swim', createdAt: at, updatedAt: at }],
});

beforeEach(async () => {
  await openDatabase();
  await saveAboutMe({ preferredName: 'Rowan' });
  await strengthsRepository.add({ title: 'Patience' });
});

describe('the whole plan', () => {
  it('is read as one consistent copy of every table', async () => {
    const plan = await readPlan();
    expect(plan.aboutMe[0]?.preferredName).toBe('Rowan');
    expect(plan.strengths.map((s) => s.title)).toEqual(['Patience']);
    expect(plan.goals).toEqual([]);
  });

  it('is replaced all at once, keeping the old plan as a snapshot that undoes it', async () => {
    const before = await readPlan();
    const snapshotId = await replacePlan(incoming, 'beforeRestore');
    expect(await readPlan()).toEqual(incoming);
    expect((await listSnapshots()).map((s) => s.id)).toEqual([snapshotId]);

    await restoreSnapshot(snapshotId);
    expect(await readPlan()).toEqual(before);
  });

  it('changes nothing when any part of the write fails, e.g. a full disk', async () => {
    const before = await readPlan();
    const quota = Object.assign(new Error('abort'), {
      name: 'AbortError',
      inner: Object.assign(new Error('full'), { name: 'QuotaExceededError' }),
    });
    vi.spyOn(getDb().table('goals'), 'bulkAdd').mockRejectedValueOnce(quota);
    await expect(replacePlan(incoming, 'beforeRestore')).rejects.toBeTruthy();
    expect(await readPlan()).toEqual(before);
    expect(await listSnapshots()).toEqual([]);
    expect((await getAboutMe())?.preferredName).toBe('Rowan');
  });

  it('refuses data that is not a valid plan before touching anything', async () => {
    const before = await readPlan();
    await expect(
      replacePlan({ ...incoming, goals: [{ id: 'broken' }] } as never, 'beforeRestore'),
    ).rejects.toThrow();
    expect(await readPlan()).toEqual(before);
  });

  it('keeps only the last few snapshots', async () => {
    for (let i = 0; i < 5; i++) await replacePlan(incoming, 'beforeRestore');
    expect(await listSnapshots()).toHaveLength(3);
    expect(await goalsRepository.list()).toHaveLength(1);
  });

  it('ends up holding exactly the new plan when most of it is the same as before', async () => {
    const base = planData.parse({
      strengths: [1, 2, 3].map((n) => ({
        id: `s${n}`,
        order: n,
        title: `Strength ${n}`,
        createdAt: at,
        updatedAt: at,
      })),
      goals: [{ id: 'g1', order: 1, title: 'Learn to swim', createdAt: at, updatedAt: at }],
    });
    await replacePlan(base, 'beforeRestore');
    const next: PlanData = {
      ...base,
      // One changed, one gone, one new; the goal as it was; every other table emptied.
      strengths: [
        { ...base.strengths[0]!, title: 'Patience, mostly' },
        base.strengths[2]!,
        { ...base.strengths[2]!, id: 's4', order: 4 },
      ],
      aboutMe: [],
    };
    await replacePlan(next, 'beforeRestore');
    expect(byId(await readPlan())).toEqual(byId(planData.parse(next)));

    // And back again, from the snapshot this restore kept.
    const [latest] = await listSnapshots();
    await restoreSnapshot(latest!.id);
    expect(byId(await readPlan())).toEqual(byId(base));
  });

  it('writes a plan that checkPlan made as it is, and checks any other', async () => {
    const checked = checkPlan(incoming);
    expect(checked.success).toBe(true);
    if (!checked.success) return;
    expect(isCheckedPlan(checked.plan)).toBe(true);
    expect(isCheckedPlan(incoming)).toBe(false);
    expect(isCheckedPlan({ ...checked.plan })).toBe(false);
    await replacePlan(checked.plan, 'beforeRestore');
    expect(await readPlan()).toEqual(incoming);

    // A copy is not the checked plan, so what was added to it is checked — and refused.
    const before = await readPlan();
    const copy = { ...checked.plan, strengths: [...incoming.strengths, incoming.strengths[0]!] };
    await expect(replacePlan(copy, 'beforeRestore')).rejects.toThrow(/same id twice/);
    expect(await readPlan()).toEqual(before);
  });

  it('lists the snapshots kept, newest first, with when each was taken', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const ids: string[] = [];
    for (const day of ['2026-11-01', '2026-11-03', '2026-11-02']) {
      vi.setSystemTime(new Date(`${day}T09:00:00.000Z`));
      ids.push(await replacePlan(incoming, 'beforeRestore'));
    }
    vi.useRealTimers();
    expect(await listSnapshots()).toEqual([
      { id: ids[1], takenAt: '2026-11-03T09:00:00.000Z' },
      { id: ids[2], takenAt: '2026-11-02T09:00:00.000Z' },
      { id: ids[0], takenAt: '2026-11-01T09:00:00.000Z' },
    ]);
  });
});
