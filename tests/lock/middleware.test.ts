import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { WaymarkDb } from '../../src/db/database';
import { lockMiddleware } from '../../src/lock/middleware';
import { LOCKED_FIELD, PlanLockedError } from '../../src/lock/recordCipher';

async function rawRecords(dbName: string, store: string): Promise<Record<string, unknown>[]> {
  const raw = new Dexie(dbName);
  await raw.open();
  const rows = (await raw.table(store).toArray()) as Record<string, unknown>[];
  raw.close();
  return rows;
}

async function lockedDb(name: string) {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  let current: CryptoKey | null = key;
  let encrypt = true;
  const db = new WaymarkDb(name);
  db.use(lockMiddleware({ key: () => current, encryptsWrites: () => encrypt }));
  await db.open();
  return {
    db,
    forget: () => (current = null),
    remember: () => (current = key),
    setEncrypt: (on: boolean) => (encrypt = on),
  };
}

const strength = (id: string, text: string, order: number) => ({
  id,
  title: text,
  howItHelps: '',
  kind: '' as const,
  ownKind: '',
  order,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

describe('the lock middleware', () => {
  it('stores words only as ciphertext and reads them back whole', async () => {
    const { db } = await lockedDb('mw-1');
    await db.strengths.put(strength('s1', 'I make a mean curry for Priya Okafor', 1));
    const [raw] = await rawRecords('mw-1', 'strengths');
    expect(raw).toMatchObject({ id: 's1', order: 1 });
    expect(raw).not.toHaveProperty('text');
    expect(JSON.stringify(raw)).not.toContain('curry');
    expect(raw![LOCKED_FIELD]).toBeDefined();
    expect(await db.strengths.get('s1')).toEqual(
      strength('s1', 'I make a mean curry for Priya Okafor', 1),
    );
    expect(await db.strengths.orderBy('order').toArray()).toHaveLength(1);
    db.close();
  });

  it('keeps a read-modify-write in one transaction', async () => {
    const { db } = await lockedDb('mw-2');
    await db.strengths.bulkPut([strength('a', 'one', 1), strength('b', 'two', 2)]);
    await db.transaction('rw', db.strengths, async () => {
      const a = await db.strengths.get('a');
      await db.strengths.put({ ...a!, title: `${a!.title} more` });
      const b = await db.strengths.get('b');
      await db.strengths.put({ ...b!, title: `${b!.title} more` });
    });
    expect((await db.strengths.toArray()).map((s) => s.title)).toEqual(['one more', 'two more']);
    await db.strengths.where('order').above(1).modify({ title: 'changed' });
    expect((await db.strengths.get('b'))!.title).toBe('changed');
    expect(await db.strengths.filter((s) => s.title === 'changed').toArray()).toHaveLength(1);
    db.close();
  });

  it('reads a plan half converted, and refuses to read or write without the key', async () => {
    const { db, forget, setEncrypt } = await lockedDb('mw-3');
    setEncrypt(false);
    await db.strengths.put(strength('clear', 'plain words', 1));
    setEncrypt(true);
    await db.strengths.put(strength('secret', 'hidden words', 2));
    expect((await db.strengths.toArray()).map((s) => s.title)).toEqual([
      'plain words',
      'hidden words',
    ]);
    forget();
    await expect(db.strengths.get('secret')).rejects.toThrow(PlanLockedError);
    await expect(db.strengths.put(strength('new', 'x', 3))).rejects.toThrow(PlanLockedError);
    db.close();
  });
});
