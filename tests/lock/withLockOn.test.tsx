/**
 * Issue #16's proof: with the app lock on (and the plan unlocked), everything that takes the plan
 * out of the app or puts it back works as it does with the lock off — the backup file, the share
 * link, printing, restoring and its Undo — and the stored rows stay ciphertext throughout.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb, openDatabase, resetConnection } from '../../src/db/connection';
import { readPlan } from '../../src/db/planStore';
import { strengthsRepository } from '../../src/db/repositories/strengths';
import { PLAN_TABLE_NAMES, planData, type PlanData } from '../../src/domain/plan';
import { planView, toPlanView, VIEW_PARTS } from '../../src/domain/planView';
import { BackupScreen } from '../../src/features/backup/BackupScreen';
import { PrintScreen } from '../../src/features/print/PrintScreen';
import { decodeBackup, encodeBackup, readBackupHeader } from '../../src/formats/backup';
import { FormatError } from '../../src/formats/errors';
import { decodeShareLink, encodeShareLink } from '../../src/formats/shareLink';
import {
  lockView,
  newRecoveryCode,
  onLocked,
  resetLock,
  turnLockOn,
  unlockWithPassphrase,
} from '../../src/lock/lock';
import { LOCKED_FIELD } from '../../src/lock/recordCipher';
import { readFileText } from '../../src/ui/readFileText';
import { byId } from '../helpers/byId';
import { samplePlan } from '../helpers/samplePlan';

const PASSPHRASE = 'lantern orchard pebble velvet thunder';
/** The backup file's own passphrase: not the lock's. */
const BACKUP_PASSPHRASE = 'kite over the grey sea at dawn';
const at = '2026-11-01T10:00:00.000Z';

/** Words from every part of the sample plan, none of them an id or a readable field. */
const WORDS = [
  'Biscuit',
  'Maya Okafor',
  'Only my sister knows the whole story',
  'Riverside Recovery College',
  'I have been through a lot in the last few years',
  'Stay away from the bridge on Canal Street',
  'Get back to the allotment every week',
  'Green fingers',
];

/** Another plan, to restore over the sample one. */
const otherPlan = planData.parse({
  strengths: [{ id: 'other-1', order: 1, title: 'Whistling Quokka', createdAt: at, updatedAt: at }],
  goals: [{ id: 'other-g', order: 1, title: 'Sail to Lundy', createdAt: at, updatedAt: at }],
});

/**
 * Every value in every object store of the plan's database, straight from IndexedDB, with byte
 * arrays as text too, so words stored unencrypted inside bytes would be found.
 */
async function storedText(): Promise<string> {
  const raw = new Dexie('waymark');
  await raw.open();
  try {
    const all = await Promise.all(
      raw.tables.map(async (table) => [table.name, await table.toArray()] as const),
    );
    return JSON.stringify(all, (_key, value: unknown) =>
      ArrayBuffer.isView(value)
        ? new TextDecoder().decode(value as Uint8Array<ArrayBuffer>)
        : value,
    );
  } finally {
    raw.close();
  }
}

/** The stored rows hold the plan (its ids, each sealed) and none of its words in clear. */
async function expectCiphertextOnly(wordsNotStored: readonly string[]) {
  const stored = await storedText();
  expect(stored).toContain(LOCKED_FIELD);
  expect(stored).toContain('strength-1');
  for (const words of wordsNotStored) expect(stored).not.toContain(words);
}

/** Writes every record of `plan` through the app's own connection. */
async function writePlan(plan: PlanData) {
  const db = getDb();
  await db.transaction('rw', PLAN_TABLE_NAMES, async () => {
    for (const name of PLAN_TABLE_NAMES) await db.table(name).bulkPut(plan[name]);
  });
}

/** A new page over the same stored data, unlocked with the passphrase. */
async function reopenAndUnlock() {
  resetConnection();
  resetLock();
  onLocked(() => undefined);
  const opening = openDatabase();
  await waitFor(() => expect(lockView.get().state).toBe('locked'));
  await unlockWithPassphrase(PASSPHRASE);
  expect(await opening).toEqual({ state: 'ready' });
}

/** The sample plan, written with the lock on, on a device whose lock is on; the page reopened. */
async function lockedSamplePlan() {
  onLocked(() => undefined);
  await openDatabase();
  await turnLockOn(PASSPHRASE, newRecoveryCode());
  await writePlan(samplePlan());
  await reopenAndUnlock();
}

/** Another device: its own empty storage, its own lock. */
async function anotherLockedDevice() {
  resetConnection();
  resetLock();
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  Dexie.dependencies.indexedDB = factory;
  onLocked(() => undefined);
  await openDatabase();
  await turnLockOn(PASSPHRASE, newRecoveryCode());
}

/** The files the backup screen makes, as it hands them to the browser to save. */
let madeFiles: Blob[] = [];

beforeEach(() => {
  madeFiles = [];
  URL.createObjectURL = vi.fn((file: Blob) => {
    madeFiles.push(file);
    return `blob:waymark-test-${madeFiles.length}`;
  });
  URL.revokeObjectURL = vi.fn();
});

afterEach(() => resetLock());

/** Makes a backup file through the backup screen; returns its text. */
async function backupThroughTheScreen(passphrase?: string): Promise<string> {
  const user = userEvent.setup();
  render(<BackupScreen />);
  if (passphrase) {
    await user.type(await screen.findByLabelText(/^Passphrase \(optional/), passphrase);
    await user.type(screen.getByLabelText('Passphrase again'), passphrase);
  }
  await user.click(await screen.findByRole('button', { name: 'Make a backup file' }));
  await screen.findByRole('link', { name: 'Save the backup file' }, { timeout: 15_000 });
  expect(madeFiles).toHaveLength(1);
  return readFileText(madeFiles[0]!);
}

describe('with the lock on', () => {
  it('a backup file holds the person’s words, and restores exactly into another locked plan, stored as ciphertext', async () => {
    await lockedSamplePlan();
    await expectCiphertextOnly(WORDS);

    const text = await backupThroughTheScreen();
    for (const words of WORDS) expect(text).toContain(words);
    expect(text).not.toContain(LOCKED_FIELD);
    const backup = await decodeBackup(text);
    expect(byId(backup.plan)).toEqual(byId(samplePlan()));

    // The file taken to another device, whose lock is on too.
    cleanup();
    await anotherLockedDevice();
    await strengthsRepository.add({ title: 'Whistling Quokka' });
    const user = userEvent.setup();
    render(<BackupScreen />);
    await user.upload(
      await screen.findByLabelText('Backup file'),
      new File([text], 'waymark-backup-2026-11-01.json', { type: 'application/json' }),
    );
    await user.click(
      await screen.findByRole('button', { name: 'Replace my plan with this backup' }),
    );
    expect(
      await screen.findByText('Your plan has been restored from the backup.', { selector: 'p' }),
    ).toBeInTheDocument();

    expect(byId(await readPlan())).toEqual(byId(samplePlan()));
    // The plan it replaced is kept as a snapshot: sealed too.
    await expectCiphertextOnly([...WORDS, 'Whistling Quokka']);
    await reopenAndUnlock();
    expect(byId(await readPlan())).toEqual(byId(samplePlan()));
  }, 60_000);

  it('a backup made with its own passphrase still asks for that passphrase, not the lock’s', async () => {
    await lockedSamplePlan();
    const text = await backupThroughTheScreen(BACKUP_PASSPHRASE);
    expect(readBackupHeader(text).encrypted).toBe(true);
    for (const words of WORDS) expect(text).not.toContain(words);

    await expect(decodeBackup(text)).rejects.toThrow(FormatError);
    await expect(decodeBackup(text, PASSPHRASE)).rejects.toMatchObject({
      problem: 'wrongPassphrase',
    });
    const backup = await decodeBackup(text, BACKUP_PASSPHRASE);
    expect(byId(backup.plan)).toEqual(byId(samplePlan()));
  }, 60_000);

  it('a restore’s Undo puts the plan back as it was, and it stays ciphertext', async () => {
    await lockedSamplePlan();
    const user = userEvent.setup();
    render(<BackupScreen />);
    await user.upload(
      await screen.findByLabelText('Backup file'),
      new File(
        [await encodeBackup(otherPlan, { exportedAt: at, appVersion: '0.1.0' })],
        'waymark-backup-2026-11-01.json',
        { type: 'application/json' },
      ),
    );
    await user.click(
      await screen.findByRole('button', { name: 'Replace my plan with this backup' }),
    );
    await screen.findByText('Your plan has been restored from the backup.', { selector: 'p' });
    expect(byId(await readPlan())).toEqual(byId(otherPlan));

    await user.click(screen.getByRole('button', { name: 'Undo the restore' }));
    await waitFor(async () => expect(byId(await readPlan())).toEqual(byId(samplePlan())));
    // Both plans are stored now — the sample as the plan, the other as the snapshot — sealed.
    await expectCiphertextOnly([...WORDS, 'Whistling Quokka', 'Sail to Lundy']);
    await reopenAndUnlock();
    expect(byId(await readPlan())).toEqual(byId(samplePlan()));
  }, 60_000);

  it('a share link made from the locked plan opens to the person’s words', async () => {
    await lockedSamplePlan();
    const parts = [...VIEW_PARTS];
    const view = toPlanView(await readPlan(), { parts });
    const expected = planView.parse(toPlanView(byId(samplePlan()), { parts }));
    const details = { sharedAt: at, sharedBy: 'Jo', until: '' };

    const plain = await decodeShareLink(await encodeShareLink(view, details));
    expect(plain.view).toEqual(expected);
    expect(JSON.stringify(plain.view)).toContain('Remind me of my dog, Biscuit');
    expect(JSON.stringify(plain.view)).not.toContain(LOCKED_FIELD);

    const sealed = await encodeShareLink(view, details, BACKUP_PASSPHRASE);
    expect(sealed).not.toContain('Biscuit');
    expect((await decodeShareLink(sealed, BACKUP_PASSPHRASE)).view).toEqual(expected);
  }, 60_000);

  it('the plan read for print is the plan written, and the print preview shows its words', async () => {
    await lockedSamplePlan();
    expect(byId(await readPlan())).toEqual(byId(samplePlan()));
    render(<PrintScreen />);
    const preview = await screen.findByRole('region', { name: 'How it will look' });
    await within(preview).findByText('Jo’s plan');
    for (const words of [
      'Remind me of my dog, Biscuit, and of the allotment.',
      'Stay away from the bridge on Canal Street.',
      'Get back to the allotment every week',
    ]) {
      expect(within(preview).getAllByText(words, { exact: false }).length).toBeGreaterThan(0);
    }
  }, 60_000);
});
