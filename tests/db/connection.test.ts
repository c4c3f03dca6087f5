import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { getDb, openDatabase } from '../../src/db/connection';
import { DB_NAME } from '../../src/db/database';
import { LATEST_SCHEMA_VERSION } from '../../src/db/schema';
import { dbStatus } from '../../src/db/status';

describe('opening the database', () => {
  it('is ready on a fresh device', async () => {
    expect(await openDatabase()).toEqual({ state: 'ready' });
  });

  it('explains when the browser offers no storage at all (e.g. some private windows)', async () => {
    vi.spyOn(getDb(), 'open').mockRejectedValue(
      Object.assign(new Error('no IndexedDB'), { name: 'MissingAPIError' }),
    );
    expect(await openDatabase()).toEqual({ state: 'failed', reason: 'unavailable' });
  });

  it('explains when the plan was last opened by a newer Waymark', async () => {
    const newer = new Dexie(DB_NAME);
    newer.version(LATEST_SCHEMA_VERSION + 5).stores({ aboutMe: 'id', somethingNew: 'id' });
    await newer.open();
    newer.close();
    const status = await openDatabase();
    // This older code must not write to data a newer version has reshaped.
    expect(status).toEqual({ state: 'failed', reason: 'newerVersion' });
    expect(getDb().isOpen()).toBe(false);
  });

  it('steps aside and asks to reload when another tab upgrades the database', async () => {
    await openDatabase();
    const otherTab = new Dexie(DB_NAME);
    otherTab.version(LATEST_SCHEMA_VERSION + 1).stores({ aboutMe: 'id', later: 'id' });
    await otherTab.open(); // would hang here if this tab did not close its connection
    expect(dbStatus.get()).toEqual({ state: 'outdated' });
    expect(getDb().isOpen()).toBe(false);
    otherTab.close();
  });
});
