import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { goalsRepository } from '../../src/db/repositories/goals';
import {
  listVersions,
  recordSigning,
  saveDraft,
} from '../../src/db/repositories/advanceStatements';
import { planSection } from '../../src/db/repositories/planItems';
import {
  goalsUsing,
  helperUses,
  isInUse,
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

describe('people named in the staying-well and crisis plans and the advance statement', () => {
  it('says where a person is named, and takes them off everywhere but a signed statement', async () => {
    const maya = await peopleRepository.add({ name: 'Maya' });
    const dev = await peopleRepository.add({ name: 'Dev' });
    const involved = planSection('involved');
    const triggers = planSection('triggers');
    const idsOf = async (id: string) =>
      (await involved.list()).concat(await triggers.list()).find((item) => item.id === id)
        ?.personIds;
    const call = await involved.add({ detail: 'Call me first', personIds: [maya.id] });
    const bills = await triggers.add({ text: 'Bills', personIds: [dev.id, maya.id] });
    await saveDraft({ copyHolderIds: [maya.id, dev.id], jurisdiction: 'englandWales' });
    const [signedDraft] = await listVersions();
    await recordSigning(signedDraft!.id, {
      signing: {
        signedOn: '2026-01-10',
        witnessName: '',
        witnessAddress: '',
        witnessRole: '',
        witnessCertified: false,
        originalHeldAt: '',
        healthBoardCopy: false,
      },
      reviewDate: '',
    });
    await saveDraft({ otherWishes: 'A second version' });

    const uses = await helperUses('people', maya.id);
    expect(uses.sections).toEqual(['triggers', 'involved']);
    expect(uses.advanceStatementDraft).toBe(true);
    expect(isInUse(uses)).toBe(true);
    expect(isInUse(await helperUses('people', 'nobody'))).toBe(false);

    const removed = (await removeHelper('people', maya.id))!;
    expect(await idsOf(call.id)).toEqual([]);
    expect(await idsOf(bills.id)).toEqual([dev.id]);
    const [draft, signed] = await listVersions();
    expect(draft?.content.copyHolderIds).toEqual([dev.id]);
    // What was signed keeps the names it was signed with.
    expect(signed?.content.copyHolderIds).toEqual([maya.id, dev.id]);
    expect(signed?.copyHolderNames).toEqual(['Maya', 'Dev']);

    await restoreHelper('people', removed);
    expect(await idsOf(call.id)).toEqual([maya.id]);
    expect(await idsOf(bills.id)).toEqual([dev.id, maya.id]);
    expect((await listVersions())[0]?.content.copyHolderIds).toEqual([maya.id, dev.id]);
  });
});
