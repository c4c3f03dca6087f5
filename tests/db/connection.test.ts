import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import {
  getDb,
  onPlanChangedElsewhere,
  openDatabase,
  PLAN_CHANNEL,
  resetConnection,
  tellOtherTabs,
} from '../../src/db/connection';
import { deleteEverything } from '../../src/db/deleteEverything';
import { LOCK_DB_NAME, writePreferences } from '../../src/lock/lockStore';
import { replacePlan } from '../../src/db/planStore';
import { getAboutMe, saveAboutMe } from '../../src/db/repositories/aboutMe';
import { keepUnsaved, unsavedWords } from '../../src/lib/writeGuard';
import { samplePlan } from '../helpers/samplePlan';
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

/** What the other tabs hear on the plan's channel while `act` runs. */
async function heardByOtherTabs(act: () => Promise<unknown>): Promise<unknown[]> {
  const otherTab = new BroadcastChannel(PLAN_CHANNEL);
  const heard: unknown[] = [];
  otherTab.onmessage = (event: MessageEvent) => heard.push(event.data);
  try {
    await act();
    await vi.waitFor(() => expect(heard.length).toBeGreaterThan(0));
    return heard;
  } finally {
    otherTab.close();
  }
}

describe('other tabs open on the same plan', () => {
  it('are told when this tab restores a plan', async () => {
    await openDatabase();
    expect(await heardByOtherTabs(() => replacePlan(samplePlan(), 'beforeRestore'))).toEqual([
      'replaced',
    ]);
  });

  it('are told when this tab deletes everything', async () => {
    await openDatabase();
    await saveAboutMe({ story: 'Mine' });
    expect(await heardByOtherTabs(() => deleteEverything())).toEqual(['deleted']);
  });

  it.each(['replaced', 'deleted'] as const)(
    'make this tab let go of its old plan when another tab says it was %s: no write of it lands',
    async (change) => {
      await openDatabase();
      await saveAboutMe({ story: 'The plan before' });
      const reload = vi.fn();
      onPlanChangedElsewhere(reload);
      const otherTab = new BroadcastChannel(PLAN_CHANNEL);
      otherTab.postMessage(change);
      otherTab.close();
      await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
      // A form still on screen here cannot write the old plan back before the page reloads.
      await expect(saveAboutMe({ story: 'The plan before, typed on' })).rejects.toThrow();
      const otherConnection = new Dexie(DB_NAME);
      await otherConnection.open();
      expect((await otherConnection.table('aboutMe').toArray())[0]?.story).toBe('The plan before');
      otherConnection.close();
    },
  );

  it('never hear this tab tell itself', async () => {
    await openDatabase();
    const reload = vi.fn();
    onPlanChangedElsewhere(reload);
    tellOtherTabs('replaced');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reload).not.toHaveBeenCalled();
    expect(await getAboutMe()).toBeUndefined();
  });
});

describe('words a closing tab could not finish writing', () => {
  it('are stored by the next tab to open, but never over another tab’s words', async () => {
    await openDatabase();
    await saveAboutMe({ story: 'Before', preferredName: 'Changed in another tab' });
    resetConnection();
    // As a tab closing mid-write leaves them (its page hidden handler, see useAutosaveForm).
    keepUnsaved('closed-tab:story', {
      table: 'aboutMe',
      key: 'me',
      field: 'story',
      value: 'Before, and the last words',
      over: ['Befo', 'Before'],
    });
    keepUnsaved('closed-tab:preferredName', {
      table: 'aboutMe',
      key: 'me',
      field: 'preferredName',
      value: 'Sam',
      over: ['S'],
    });
    await openDatabase();
    expect(await getAboutMe()).toMatchObject({
      story: 'Before, and the last words',
      preferredName: 'Changed in another tab',
    });
    expect(unsavedWords()).toEqual([]);
  });
});

describe('deleting everything', () => {
  it('leaves nothing of the app lock behind either', async () => {
    await openDatabase();
    await writePreferences({ idleMinutes: 15 });
    expect((await indexedDB.databases()).map((db) => db.name)).toContain(LOCK_DB_NAME);
    await deleteEverything();
    expect((await indexedDB.databases()).map((db) => db.name)).toEqual([]);
  });
});
