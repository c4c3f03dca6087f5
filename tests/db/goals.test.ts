import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import {
  goalsRepository,
  journalRepository,
  stepsRepository,
} from '../../src/db/repositories/goals';

beforeEach(async () => {
  await openDatabase();
});

describe('goals', () => {
  it('start active, with nothing achieved', async () => {
    const goal = await goalsRepository.add({ title: 'Swim again' });
    expect(await goalsRepository.get(goal.id)).toMatchObject({
      title: 'Swim again',
      status: 'active',
      achievedAt: null,
      strengthIds: [],
      helperIds: [],
    });
  });

  it('are achieved with a date and a feeling, and can be picked up again', async () => {
    const goal = await goalsRepository.add({ title: 'Swim again' });
    await goalsRepository.setStatus(goal.id, 'achieved', { feeling: 'Proud' });
    const achieved = await goalsRepository.get(goal.id);
    expect(achieved).toMatchObject({ status: 'achieved', feeling: 'Proud' });
    expect(achieved!.achievedAt).not.toBeNull();
    await goalsRepository.setStatus(goal.id, 'active');
    expect(await goalsRepository.get(goal.id)).toMatchObject({
      status: 'active',
      achievedAt: null,
      feeling: 'Proud',
    });
  });

  it('can be let go with what was learned', async () => {
    const goal = await goalsRepository.add({ title: 'Run a marathon' });
    await goalsRepository.setStatus(goal.id, 'letGo', { learned: 'Walking suits me better.' });
    expect(await goalsRepository.get(goal.id)).toMatchObject({
      status: 'letGo',
      learned: 'Walking suits me better.',
    });
  });

  it('are removed with their steps and journal, and Undo brings all of it back', async () => {
    const goal = await goalsRepository.add({ title: 'Swim again' });
    const keep = await goalsRepository.add({ title: 'Other' });
    await stepsRepository.add(goal.id, { title: 'Find the pool' });
    await stepsRepository.add(keep.id, { title: 'Unrelated' });
    await journalRepository.add(goal.id, {
      kind: 'progress',
      text: 'Went!',
      learned: '',
      tryNext: '',
    });
    const removed = await goalsRepository.remove(goal.id);
    expect(removed?.steps).toHaveLength(1);
    expect(await goalsRepository.get(goal.id)).toBeUndefined();
    expect(await stepsRepository.listFor(goal.id)).toEqual([]);
    expect(await stepsRepository.listFor(keep.id)).toHaveLength(1);
    await goalsRepository.restore(removed!);
    expect(await goalsRepository.get(goal.id)).toEqual(removed!.goal);
    expect(await stepsRepository.listFor(goal.id)).toEqual(removed!.steps);
    expect(await journalRepository.listFor(goal.id)).toEqual(removed!.journal);
  });
});

describe('small steps', () => {
  it('are ordered within their own goal only', async () => {
    const a = await goalsRepository.add();
    const b = await goalsRepository.add();
    const a1 = await stepsRepository.add(a.id, { title: 'a1' });
    await stepsRepository.add(b.id, { title: 'b1' });
    const a2 = await stepsRepository.add(a.id, { title: 'a2' });
    await stepsRepository.move(a2.id, -1);
    expect((await stepsRepository.listFor(a.id)).map((s) => s.title)).toEqual(['a2', 'a1']);
    await stepsRepository.move(a1.id, 1); // already last in its goal: nothing changes
    expect((await stepsRepository.listFor(a.id)).map((s) => s.title)).toEqual(['a2', 'a1']);
    expect((await stepsRepository.listFor(b.id)).map((s) => s.title)).toEqual(['b1']);
  });

  it('are achieved with a date, and can be un-ticked', async () => {
    const goal = await goalsRepository.add();
    const step = await stepsRepository.add(goal.id, { title: 'Ring the college' });
    await stepsRepository.setAchieved(step.id, true);
    await stepsRepository.setFeeling(step.id, 'Nervous, then relieved');
    let [saved] = await stepsRepository.listFor(goal.id);
    expect(saved!.achievedAt).not.toBeNull();
    expect(saved!.feeling).toBe('Nervous, then relieved');
    await stepsRepository.setAchieved(step.id, false);
    [saved] = await stepsRepository.listFor(goal.id);
    expect(saved!.achievedAt).toBeNull();
  });

  it('can become a goal of their own, in the same part of life', async () => {
    const parent = await goalsRepository.add({ title: 'Get fit', area: 'physicalHealth' });
    const step = await stepsRepository.add(parent.id, { title: 'Join the walking group' });
    const promoted = await stepsRepository.promote(step.id);
    expect(promoted).toMatchObject({
      title: 'Join the walking group',
      area: 'physicalHealth',
      status: 'active',
    });
    expect(await stepsRepository.listFor(parent.id)).toEqual([]);
    expect((await goalsRepository.list()).map((g) => g.title)).toEqual([
      'Get fit',
      'Join the walking group',
    ]);
  });
});

describe('journal', () => {
  it('keeps dated entries newest first, with setbacks as learning', async () => {
    const goal = await goalsRepository.add();
    await journalRepository.add(
      goal.id,
      { kind: 'progress', text: 'First', learned: '', tryNext: '' },
      '2026-03-01T12:00:00.000Z',
    );
    await journalRepository.add(
      goal.id,
      { kind: 'setback', text: 'Missed it', learned: 'Set an alarm', tryNext: 'Next week' },
      '2026-03-05T12:00:00.000Z',
    );
    const entries = await journalRepository.listFor(goal.id);
    expect(entries.map((e) => e.kind)).toEqual(['setback', 'progress']);
    expect(entries[0]).toMatchObject({ learned: 'Set an alarm', tryNext: 'Next week' });
  });

  it('removes an entry and can put it back', async () => {
    const goal = await goalsRepository.add();
    const entry = await journalRepository.add(goal.id, {
      kind: 'celebration',
      text: 'Yes!',
      learned: '',
      tryNext: '',
    });
    const removed = await journalRepository.remove(entry.id);
    expect(await journalRepository.listFor(goal.id)).toEqual([]);
    await journalRepository.restore(removed!);
    expect(await journalRepository.listFor(goal.id)).toEqual([entry]);
  });
});
