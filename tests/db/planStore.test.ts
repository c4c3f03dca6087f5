import { beforeEach, describe, expect, it, vi } from 'vitest';
import { planData } from '../../src/domain/plan';
import { getDb, openDatabase } from '../../src/db/connection';
import { listSnapshots, readPlan, replacePlan, restoreSnapshot } from '../../src/db/planStore';
import { getAboutMe, saveAboutMe } from '../../src/db/repositories/aboutMe';
import { goalsRepository } from '../../src/db/repositories/goals';
import { strengthsRepository } from '../../src/db/repositories/strengths';

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
});
