import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkPlan, isCheckedPlan } from '../../src/domain/checkedPlan';
import { PLAN_TABLE_NAMES, planData, type PlanData } from '../../src/domain/plan';
import { SNAPSHOTS_KEPT } from '../../src/domain/snapshots';
import { getDb, openDatabase } from '../../src/db/connection';
import { listSnapshots, readPlan, replacePlan, restoreSnapshot } from '../../src/db/planStore';
import { getAboutMe, saveAboutMe } from '../../src/db/repositories/aboutMe';
import { goalsRepository } from '../../src/db/repositories/goals';
import { strengthsRepository } from '../../src/db/repositories/strengths';
import { byId } from '../helpers/byId';
import { fillingDisk } from '../helpers/fillingDisk';

const at = '2026-11-01T10:00:00.000Z';
const incoming = planData.parse({
  aboutMe: [{ id: 'me', preferredName: 'Jo', createdAt: at, updatedAt: at }],
  strengths: [{ id: 'x1', order: 1, title: 'Kindness', createdAt: at, updatedAt: at }],
  goals: [{ id: 'g1', order: 1, title: 'Learn to swim', createdAt: at, updatedAt: at }],
});

/**
 * A large plan shaped like the bench's (goals with ten steps each, a journal, check-ins), with
 * ids starting `prefix`: two prefixes make two plans that share no record at all.
 */
function largePlan(goals: number, prefix = 'a'): PlanData {
  const text = (n: number) => `Words the person wrote, number ${n}, long enough for a note.`;
  const goalIds = Array.from({ length: goals }, (_, g) => `${prefix}-goal-${g}`);
  return planData.parse({
    goals: goalIds.map((id, g) => ({
      id,
      order: g + 1,
      title: `Goal ${g + 1}`,
      whyItMatters: text(g),
      createdAt: at,
      updatedAt: at,
    })),
    steps: goalIds.flatMap((goalId, g) =>
      Array.from({ length: 10 }, (_, s) => ({
        id: `${goalId}-step-${s}`,
        goalId,
        order: s + 1,
        title: `Step ${s + 1} of goal ${g + 1}`,
        createdAt: at,
        updatedAt: at,
      })),
    ),
    journal: Array.from({ length: goals * 16 }, (_, j) => ({
      id: `${prefix}-journal-${j}`,
      goalId: goalIds[j % goals],
      kind: 'progress',
      text: text(j),
      at,
      createdAt: at,
      updatedAt: at,
    })),
    checkInAreas: [{ id: `${prefix}-area`, order: 1, area: 'home', createdAt: at, updatedAt: at }],
    checkIns: Array.from({ length: goals * 10 }, (_, c) => ({
      id: `${prefix}-check-${c}`,
      areaId: `${prefix}-area`,
      at,
      score: 1 + (c % 10),
      createdAt: at,
      updatedAt: at,
    })),
  });
}

const records = (plan: PlanData) =>
  PLAN_TABLE_NAMES.reduce((sum, name) => sum + plan[name].length, 0);

let disk = fillingDisk();

beforeEach(async () => {
  // Records every write request (and can fill the disk part-way); installed before opening.
  disk = fillingDisk();
  getDb().use(disk.middleware);
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

  it('writes a large plan in one transaction, a bulk request per table, whatever was there', async () => {
    const first = largePlan(60, 'a');
    const second = largePlan(60, 'b');
    const writesOf = () => disk.state.requests.filter((request) => request.table !== 'snapshots');
    const oneTransaction = () => new Set(disk.state.requests.map((request) => request.trans)).size;

    // Onto an empty plan: each filled table is one request adding every record.
    await replacePlan(planData.parse({}), 'beforeRestore');
    disk.record();
    await replacePlan(first, 'beforeRestore');
    expect(oneTransaction()).toBe(1);
    expect(writesOf().map(({ table, type, size }) => [table, type, size])).toEqual(
      PLAN_TABLE_NAMES.filter((name) => first[name].length > 0).map((name) => [
        name,
        'add',
        first[name].length,
      ]),
    );
    expect(byId(await readPlan())).toEqual(byId(first));

    // Over a plan that shares nothing with it: each table cleared (or its one record removed),
    // then written in one request.
    disk.record();
    await replacePlan(second, 'beforeRestore');
    expect(oneTransaction()).toBe(1);
    for (const name of PLAN_TABLE_NAMES) {
      const requests = writesOf()
        .filter((request) => request.table === name)
        .map(({ type, size }) => [type, size]);
      const removed = first[name].length > 1 ? ['deleteRange', 1] : ['delete', 1];
      const added = ['add', second[name].length];
      if (first[name].length === 0 && second[name].length === 0) expect(requests, name).toEqual([]);
      else expect(requests, name).toEqual(expect.arrayContaining([removed, added]));
      expect(requests.length, name).toBeLessThanOrEqual(2);
    }
    expect(byId(await readPlan())).toEqual(byId(second));

    // Over a plan that differs in one record: only that record is written.
    const edited = {
      ...second,
      goals: [{ ...second.goals[0]!, title: 'Swim' }, ...second.goals.slice(1)],
    };
    disk.record();
    await replacePlan(edited, 'beforeRestore');
    expect(writesOf().map(({ table, type, size }) => [table, type, size])).toEqual([
      ['goals', 'put', 1],
    ]);
    expect(byId(await readPlan())).toEqual(byId(edited));
    expect(records(edited)).toBeGreaterThan(1_500);
  });

  it('puts a snapshot back in one transaction: a full disk leaves both the plan and the snapshot', async () => {
    await replacePlan(largePlan(1), 'beforeRestore');
    await replacePlan(incoming, 'beforeRestore');
    const before = await readPlan();
    const snapshots = await listSnapshots();
    const [latest] = snapshots;
    // The disk fills after every number of records in turn, until the restore fits.
    let faults = 0;
    for (let room = 0; ; room++) {
      disk.fillAfter(room);
      const done = await restoreSnapshot(latest!.id).catch(() => 'failed' as const);
      disk.record();
      if (done !== 'failed') {
        expect(done).toBe(true);
        break;
      }
      faults += 1;
      expect(await readPlan()).toEqual(before);
      expect(await listSnapshots()).toEqual(snapshots);
    }
    expect(faults).toBeGreaterThan(10);
    expect(byId(await readPlan())).toEqual(byId(largePlan(1)));
    // The snapshot used is gone, and the plan it replaced kept in its place.
    const after = await listSnapshots();
    expect(after.map((s) => s.id)).not.toContain(latest!.id);
    expect(after).toHaveLength(Math.min(snapshots.length, SNAPSHOTS_KEPT));
    expect(await restoreSnapshot(latest!.id)).toBe(false);
    expect(byId((await getDb().snapshots.get(after[0]!.id))!.plan)).toEqual(byId(before));
  });
});
