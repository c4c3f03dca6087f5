/**
 * Promise 7: what an old file means never changes when the domain does. Here today's settings
 * schema is changed as a later Waymark might change it — a new field every record gets by
 * default, and a different default text size — and old files and databases are read with it.
 * They must still mean what they meant: a version 1 backup without a text size was read as
 * 'standard' then, so it is 'standard' now; only the new field takes today's default.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';

vi.mock('../../src/domain/settings', async (importOriginal) => {
  const live = await importOriginal<typeof import('../../src/domain/settings')>();
  const settings = z.extend(live.settings, {
    textSize: z._default(z.enum(live.TEXT_SIZES), 'larger'),
    theme: z._default(z.enum(['light', 'dark']), 'dark'),
  });
  return { ...live, settings, defaultSettings: () => settings.parse({ id: 'settings' }) };
});

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8')) as Record<
    string,
    unknown
  > & {
    plan: { settings: Record<string, unknown>[] };
    data: { settings: Record<string, unknown>[] };
  };

// The test set-up has loaded the real domain already: load Waymark afresh, with the change.
beforeEach(() => {
  vi.resetModules();
});

describe('a changed domain schema', () => {
  it('is really in force here', async () => {
    const { PLAN_TABLES } = await import('../../src/domain/plan');
    expect(PLAN_TABLES.settings.parse({ id: 'settings' })).toMatchObject({
      textSize: 'larger',
      theme: 'dark',
    });
  });

  it('does not change what an old backup file means', async () => {
    const file = fixture('backup-v1.json');
    const { textSize: _left, ...settings } = file.plan.settings[0]!;
    file.plan.settings = [settings];
    const { decodeBackup } = await import('../../src/formats/backup');
    const { plan } = await decodeBackup(JSON.stringify(file));
    expect(plan.settings[0]).toMatchObject({
      textSize: 'standard',
      theme: 'dark',
      nation: 'wales',
    });
  });

  it('does not change what an old database means', async () => {
    const v1 = fixture('db-v1.json');
    const { DB_NAME, WaymarkDb } = await import('../../src/db/database');
    const old = new Dexie(DB_NAME);
    old.version(1).stores(v1.stores as Record<string, string>);
    await old.open();
    const { textSize: _left, ...settings } = v1.data.settings[0]!;
    await old.table('settings').put(settings);
    old.close();
    const db = new WaymarkDb();
    await db.open();
    db.close();
    const raw = new Dexie(DB_NAME);
    await raw.open();
    expect(await raw.table('settings').get('settings')).toMatchObject({
      textSize: 'standard',
      checkInsEnabled: false,
      theme: 'dark',
    });
    raw.close();
  });
});
