import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, openDatabase } from '../../src/db/connection';
import { DB_NAME } from '../../src/db/database';
import { readPlan } from '../../src/db/planStore';
import { getAboutMe, saveAboutMe } from '../../src/db/repositories/aboutMe';
import type { ListRepository } from '../../src/db/repositories/orderedList';
import { hopesRepository } from '../../src/db/repositories/hopes';
import { getSettings, updateSettings } from '../../src/db/repositories/settings';
import { strengthsRepository } from '../../src/db/repositories/strengths';

beforeEach(async () => {
  await openDatabase();
});

describe('About me', () => {
  it('saves one field at a time and keeps the others', async () => {
    await saveAboutMe({ preferredName: 'Rowan' });
    await saveAboutMe({ story: 'A long road.' });
    const saved = await getAboutMe();
    expect(saved).toMatchObject({ preferredName: 'Rowan', story: 'A long road.', pronouns: '' });
  });

  it('keeps when it was first written and updates when it last changed', async () => {
    await saveAboutMe({ preferredName: 'R' });
    const first = (await getAboutMe())!;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await saveAboutMe({ preferredName: 'Rowan' });
    const second = (await getAboutMe())!;
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt > first.updatedAt).toBe(true);
  });

  it('refuses text longer than a field can hold, leaving what was saved', async () => {
    await saveAboutMe({ preferredName: 'Rowan' });
    await expect(saveAboutMe({ preferredName: 'x'.repeat(501) })).rejects.toThrow();
    expect((await getAboutMe())?.preferredName).toBe('Rowan');
  });
});

interface Titled {
  id: string;
  order: number;
  title: string;
  createdAt: string;
  updatedAt: string;
}

describe.each([
  ['strengths', strengthsRepository as unknown as ListRepository<Titled, { title: string }>],
  ['hopes', hopesRepository as unknown as ListRepository<Titled, { title: string }>],
])('%s list', (_name, repository) => {
  it('adds items at the end, with ids and dates', async () => {
    const a = await repository.add({ title: 'First' });
    const b = await repository.add({ title: 'Second' });
    expect(a.id).not.toBe(b.id);
    expect(b.order).toBeGreaterThan(a.order);
    expect((await repository.list()).map((item) => item.title)).toEqual(['First', 'Second']);
  });

  it('updates a field without touching the others', async () => {
    const item = await repository.add({ title: 'First' });
    await repository.update(item.id, { title: 'Renamed' });
    const [saved] = await repository.list();
    expect(saved).toMatchObject({ id: item.id, title: 'Renamed', order: item.order });
  });

  it('moves items up and down', async () => {
    const a = await repository.add({ title: 'A' });
    await repository.add({ title: 'B' });
    const c = await repository.add({ title: 'C' });
    await repository.move(c.id, -1);
    await repository.move(a.id, 1);
    expect((await repository.list()).map((item) => item.title)).toEqual(['C', 'A', 'B']);
  });

  it('removes an item and can put it back exactly where it was', async () => {
    await repository.add({ title: 'A' });
    const b = await repository.add({ title: 'B' });
    await repository.add({ title: 'C' });
    const removed = await repository.remove(b.id);
    expect((await repository.list()).map((item) => item.title)).toEqual(['A', 'C']);
    await repository.restore(removed!);
    const list = await repository.list();
    expect(list.map((item) => item.title)).toEqual(['A', 'B', 'C']);
    expect(list[1]).toEqual(b);
  });
});

describe('settings', () => {
  it('starts from kind defaults and remembers changes', async () => {
    expect(await getSettings()).toMatchObject({ welcomeDismissed: false, textSize: 'standard' });
    await updateSettings({ welcomeDismissed: true });
    await updateSettings({ textSize: 'larger' });
    expect(await getSettings()).toMatchObject({ welcomeDismissed: true, textSize: 'larger' });
  });
});

describe('reading', () => {
  const at = '2026-11-01T09:00:00.000Z';
  /** A row stored before `notes` existed, and one today's schema cannot read. */
  const bare = { id: 'h1', order: 1, title: 'Allotment', createdAt: at, updatedAt: at };
  const odd = { id: 'h2', order: 2, title: 'x'.repeat(501), createdAt: at, updatedAt: at };

  beforeEach(async () => {
    // Written past the app, as an older Waymark (or a missed upgrade) would have left them.
    const raw = new Dexie(DB_NAME);
    await raw.open();
    await raw.table('hopes').bulkPut([bare, odd]);
    await raw
      .table('aboutMe')
      .put({ id: 'me', preferredName: 'Rowan', createdAt: at, updatedAt: at });
    raw.close();
  });

  it('gives every row today’s shape, whichever way it is read', async () => {
    const whole = { ...bare, area: '', ownArea: '', notes: '' };
    const db = getDb();
    expect((await hopesRepository.list())[0]).toEqual(whole);
    expect(await db.hopes.get('h1')).toEqual(whole);
    expect(await db.hopes.bulkGet(['h1'])).toEqual([whole]);
    expect(await db.hopes.filter((hope) => hope.id === 'h1').toArray()).toEqual([whole]);
    const each: unknown[] = [];
    await db.hopes.orderBy('order').each((hope) => each.push(hope));
    expect(each[0]).toEqual(whole);
    expect((await getAboutMe())?.story).toBe('');
    expect((await readPlan()).hopes).toContainEqual(whole);
  });

  it('returns a row today’s schema refuses exactly as stored, never hiding it', async () => {
    expect(await hopesRepository.list()).toContainEqual(odd);
  });
});
