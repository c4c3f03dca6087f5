import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { goalsRepository } from '../../src/db/repositories/goals';
import {
  goalsUsing,
  peopleRepository,
  removeHelper,
  resourcesRepository,
  restoreHelper,
} from '../../src/db/repositories/people';

beforeEach(async () => {
  await openDatabase();
});

describe('people and places that goals name', () => {
  it('finds the goals that name a person or place, and only those', async () => {
    const mo = await peopleRepository.add({ name: 'Aunt Mo' });
    const library = await resourcesRepository.add({ name: 'The library' });
    const walk = await goalsRepository.add({ title: 'Walk to the park', helperIds: [mo.id] });
    const read = await goalsRepository.add({
      title: 'Read a book',
      helperIds: [mo.id, library.id],
    });
    await goalsRepository.add({ title: 'Cook on Sundays' });

    expect((await goalsUsing(mo.id)).map((goal) => goal.id).sort()).toEqual(
      [walk.id, read.id].sort(),
    );
    expect((await goalsUsing(library.id)).map((goal) => goal.title)).toEqual(['Read a book']);
    expect(await goalsUsing('nobody')).toEqual([]);
  });

  it('removes a person and takes them off every goal, leaving other helpers', async () => {
    const mo = await peopleRepository.add({ name: 'Aunt Mo' });
    const sam = await peopleRepository.add({ name: 'Sam' });
    const goal = await goalsRepository.add({ title: 'Walk', helperIds: [mo.id, sam.id] });

    const removed = await removeHelper('people', mo.id);

    expect(removed).toMatchObject({ item: mo, goalIds: [goal.id] });
    expect((await peopleRepository.list()).map((person) => person.name)).toEqual(['Sam']);
    expect((await goalsRepository.get(goal.id))?.helperIds).toEqual([sam.id]);
    expect(await goalsUsing(mo.id)).toEqual([]);
  });

  it('removes a place that no goal names', async () => {
    const library = await resourcesRepository.add({ name: 'The library' });
    const removed = await removeHelper('resources', library.id);
    expect(removed).toMatchObject({ item: library, goalIds: [] });
    expect(await resourcesRepository.list()).toEqual([]);
  });

  it('gives back nothing when there is nothing to remove', async () => {
    expect(await removeHelper('people', 'nobody')).toBeUndefined();
  });

  it('puts a removed person back exactly, and back on their goals', async () => {
    const mo = await peopleRepository.add({ name: 'Aunt Mo', phone: '07700 900123' });
    const walk = await goalsRepository.add({ title: 'Walk', helperIds: [mo.id] });
    const read = await goalsRepository.add({ title: 'Read', helperIds: [mo.id] });
    const removed = (await removeHelper('people', mo.id))!;

    await restoreHelper('people', removed);

    expect(await peopleRepository.list()).toEqual([mo]);
    expect((await goalsRepository.get(walk.id))?.helperIds).toEqual([mo.id]);
    expect((await goalsRepository.get(read.id))?.helperIds).toEqual([mo.id]);
  });

  it('puts a place back without naming it twice, and skips goals removed since', async () => {
    const library = await resourcesRepository.add({ name: 'The library' });
    const read = await goalsRepository.add({ title: 'Read', helperIds: [library.id] });
    const walk = await goalsRepository.add({ title: 'Walk', helperIds: [library.id] });
    const removed = (await removeHelper('resources', library.id))!;
    await goalsRepository.update(read.id, { helperIds: [library.id] });
    await goalsRepository.remove(walk.id);

    await restoreHelper('resources', removed);

    expect(await resourcesRepository.list()).toEqual([library]);
    expect((await goalsRepository.get(read.id))?.helperIds).toEqual([library.id]);
    expect(await goalsRepository.get(walk.id)).toBeUndefined();
  });
});

describe('undoing a removal', () => {
  it('puts a helper back in their old place among a goal’s helpers', async () => {
    await openDatabase();
    const mo = await peopleRepository.add({ name: 'Aunt Mo' });
    const sam = await peopleRepository.add({ name: 'Sam' });
    const goal = await goalsRepository.add({ title: 'Walk', helperIds: [mo.id, sam.id] });
    const removed = (await removeHelper('people', mo.id))!;
    await restoreHelper('people', removed);
    expect((await goalsRepository.get(goal.id))?.helperIds).toEqual([mo.id, sam.id]);
  });
});
