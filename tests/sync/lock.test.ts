/**
 * Sync with the app lock on (#16): the sync key is kept sealed with the plan's data key, and
 * neither sync's own database nor PouchDB's mirror holds a word of the plan in clear.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { strengthsRepository } from '../../src/db/repositories/strengths';
import { SYNC_STATE_DB, POUCH_PREFIX, SYNC_MIRROR_DB } from '../../src/db/syncCapture';
import { newRecoveryCode, resetLock, turnLockOn } from '../../src/lock/lock';
import { runningEngine, turnSyncOn } from '../../src/sync/engine';
import { syncStatus } from '../../src/sync/status';
import { onDevice, serverForTests, until } from './devices';

const { freshUrl } = serverForTests();
const SENTENCE = 'On Tuesdays I walk the canal with Marguerite Tennyson';

/** Every record of an IndexedDB database, as stored, as one text. */
async function rawText(name: string): Promise<string> {
  const raw = new Dexie(name);
  await raw.open();
  const all = await Promise.all(raw.tables.map((table) => table.toArray()));
  raw.close();
  return JSON.stringify(all);
}

describe('sync with the app lock on', () => {
  it('keeps the sync key sealed and no plan text in clear on the device', async () => {
    await onDevice('A');
    await strengthsRepository.add({ title: SENTENCE });
    await turnSyncOn({ url: freshUrl() }, { maxRetryMs: 300 });
    await until(() => syncStatus.get().phase === 'upToDate');
    const before = await rawText(SYNC_STATE_DB);
    expect(before).toContain('"clear"');

    await turnLockOn('lantern orchard pebble velvet thunder', newRecoveryCode());
    // The lock's conversion rewrites every record: sync sees each, and sends none again.
    await until(async () => {
      await runningEngine()?.settled();
      return !(await rawText(SYNC_STATE_DB)).includes('"clear"');
    });
    const state = await rawText(SYNC_STATE_DB);
    expect(state).toContain('"sealed"');
    const mirror = await rawText(`${POUCH_PREFIX}${SYNC_MIRROR_DB}`);
    // The mirror holds the documents the server holds: sealed, with their ciphertext.
    expect(mirror).toMatch(/"c":"[A-Za-z0-9_-]{40,}/);
    for (const text of [state, mirror]) {
      expect(text).not.toContain('Marguerite');
      expect(text).not.toContain('canal');
    }
    resetLock();
  });
});
