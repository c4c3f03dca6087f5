/**
 * The app lock's state in this tab: whether the lock is on, whether the plan is open, and the
 * data key while it is. The key lives only here, in memory, as a non-extractable CryptoKey;
 * locking forgets it, and the page reloads so nothing of the plan stays in memory or on screen.
 */
import type Dexie from 'dexie';
import {
  calibrateIterations,
  forUse,
  newDataKey,
  newRecoveryCode,
  openPassphraseSlot,
  openRecoverySlot,
  passphraseSlot,
  recoverySlot,
  type PasskeySlot,
} from './keySlots';
import { clearSlots, readSlots, writeSlots, type KeySlots } from './lockStore';
import { lockMiddleware, type LockRuntime } from './middleware';

import { held, lockView, type LockView } from './state';

export { lockView, preferencesChanged, preferencesRevision, forgetKeyNow } from './state';
export type { LockView };

export const runtime: LockRuntime = {
  key: () => held.key,
  encryptsWrites: () => held.phase === 'on' || held.phase === 'turningOn',
};

let checked: Promise<KeySlots | undefined> | null = null;

/** Reads whether the lock is on (once per tab) and shows the lock screen if it is. */
export function checkLock(): Promise<KeySlots | undefined> {
  checked ??= readSlots().then((slots) => {
    held.phase = slots?.phase ?? null;
    if (!slots) held.key = null;
    if (!slots) lockView.set({ state: 'off' });
    else if (!held.key) lockView.set({ state: 'locked', hasPasskey: Boolean(slots.passkey) });
    return slots;
  });
  return checked;
}

let unlocked: () => void = () => undefined;
let whenUnlocked = new Promise<void>((resolve) => (unlocked = resolve));

/** Resolves at once when the lock is off, else when the person unlocks the plan. */
export async function untilUnlocked(): Promise<void> {
  const slots = await checkLock();
  if (!slots || held.key) return;
  await whenUnlocked;
}

function becomeUnlocked(dataKey: CryptoKey): void {
  held.key = dataKey;
  // A conversion an earlier tab left half-done finishes before the plan shows.
  lockView.set(
    held.phase === 'turningOn' || held.phase === 'turningOff'
      ? {
          state: 'converting',
          to: held.phase === 'turningOn' ? 'on' : 'off',
          done: 0,
          total: 0,
        }
      : { state: 'unlocked' },
  );
  unlocked();
}

async function currentSlots(): Promise<KeySlots> {
  const slots = await readSlots();
  if (!slots) throw new Error('The lock is off');
  return slots;
}

/** Opens the plan with the passphrase; throws WrongSecret when it does not open. */
export async function unlockWithPassphrase(passphrase: string): Promise<void> {
  becomeUnlocked(await openPassphraseSlot((await currentSlots()).passphrase, passphrase));
}

export async function unlockWithRecoveryCode(code: string): Promise<void> {
  becomeUnlocked(await openRecoverySlot((await currentSlots()).recovery, code));
}

/** For the passkey: the data key it unwrapped. */
export function unlockWithKey(dataKey: CryptoKey): void {
  becomeUnlocked(dataKey);
}

const reload = () => window.location.reload();
let afterLock: () => void = reload;

/** For tests: what to do instead of reloading the page once locked. */
export function onLocked(handler: () => void): void {
  afterLock = handler;
}

/**
 * Locks now: the plan leaves the screen at once, writes already on their way finish, then the
 * key is forgotten and the page starts again at the lock screen, so no word of the plan stays in
 * this page's memory. Nothing happens when the lock is off or the plan is already locked.
 */
export async function lockNow(
  settle: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  if (lockView.get().state !== 'unlocked' || !held.phase) return;
  lockView.set({ state: 'locked', hasPasskey: false });
  await settle();
  held.key = null;
  whenUnlocked = new Promise<void>((resolve) => (unlocked = resolve));
  afterLock();
}

/** Plan tables in the order they are converted. */
function planTables(db: Dexie) {
  return db.tables;
}

/**
 * Stores every plan record again in the form the current phase asks for: encrypted while the
 * lock turns on, in clear while it turns off. Each batch is one transaction and a record read
 * whole is written whole, so a tab closed half-way loses nothing; the next start does it again.
 */
export async function convertRecords(db: Dexie, to: 'on' | 'off'): Promise<void> {
  const tables = planTables(db);
  const keysOf = await Promise.all(tables.map((table) => table.toCollection().primaryKeys()));
  const total = keysOf.reduce((sum, keys) => sum + keys.length, 0);
  let done = 0;
  lockView.set({ state: 'converting', to, done, total });
  const BATCH = 200;
  for (const [index, table] of tables.entries()) {
    const keys = keysOf[index]!;
    for (let start = 0; start < keys.length; start += BATCH) {
      const batch = keys.slice(start, start + BATCH);
      await db.transaction('rw', table, async () => {
        const records = (await table.bulkGet(batch)).filter((record) => record !== undefined);
        await table.bulkPut(records);
      });
      done += batch.length;
      lockView.set({ state: 'converting', to, done, total });
    }
  }
}

/** Finishes turning the lock on or off when an earlier tab stopped half-way. */
async function finishConversion(db: Dexie): Promise<void> {
  const slots = await readSlots();
  if (slots?.phase === 'turningOn') {
    await convertRecords(db, 'on');
    await writeSlots({ ...slots, phase: 'on' });
    held.phase = 'on';
  } else if (slots?.phase === 'turningOff') {
    await convertRecords(db, 'off');
    await clearSlots();
    held.phase = null;
    held.key = null;
    lockView.set({ state: 'off' });
    return;
  }
  if (held.key) lockView.set({ state: 'unlocked' });
}

let planDb: Dexie | null = null;

/**
 * Called once for each plan database connection (src/db/connection.ts): installs the
 * middleware, and holds every use of the database until the plan is unlocked (at once when the
 * lock is off) and any half-done conversion is finished.
 */
export function protectWithLock(db: Dexie): void {
  planDb = db;
  checked = null;
  db.use(lockMiddleware(runtime));
  db.on(
    'ready',
    async (vipDb: Dexie) => {
      await untilUnlocked();
      await finishConversion(vipDb);
    },
    true,
  );
}

function theDb(): Dexie {
  if (!planDb) throw new Error('The plan database is not open');
  return planDb;
}

/**
 * Turns the lock on with a passphrase and the recovery code the person has kept: the slots
 * are stored first, then every record is encrypted (resumably), then the lock is marked on.
 */
export async function turnLockOn(passphrase: string, recoveryCode: string): Promise<void> {
  const db = theDb();
  const dataKey = await newDataKey();
  const iterations = await calibrateIterations();
  const slots: KeySlots = {
    id: 'slots',
    phase: 'turningOn',
    passphrase: await passphraseSlot(dataKey, passphrase, iterations),
    recovery: await recoverySlot(dataKey, recoveryCode),
  };
  held.key = await forUse(dataKey);
  await writeSlots(slots);
  held.phase = 'turningOn';
  checked = Promise.resolve(slots);
  await finishConversion(db);
}

/** Turns the lock off after checking the passphrase: every record is stored in clear again. */
export async function turnLockOff(passphrase: string): Promise<void> {
  const db = theDb();
  const slots = await currentSlots();
  await openPassphraseSlot(slots.passphrase, passphrase);
  await writeSlots({ ...slots, phase: 'turningOff' });
  held.phase = 'turningOff';
  checked = Promise.resolve({ ...slots, phase: 'turningOff' });
  await finishConversion(db);
  checked = Promise.resolve(undefined);
}

export async function changePassphrase(current: string, next: string): Promise<void> {
  const slots = await currentSlots();
  const dataKey = await openPassphraseSlot(slots.passphrase, current, true);
  const passphrase = await passphraseSlot(dataKey, next, await calibrateIterations());
  await writeSlots({ ...(await currentSlots()), passphrase });
}

/** Checks the passphrase and returns a new recovery code, not yet stored (see keepRecoveryCode). */
export async function makeRecoveryCode(passphrase: string) {
  const slots = await currentSlots();
  const dataKey = await openPassphraseSlot(slots.passphrase, passphrase, true);
  const code = newRecoveryCode();
  const slot = await recoverySlot(dataKey, code);
  return {
    code,
    /** Replaces the old code with this one: from now on only this one opens the plan. */
    keep: async () => writeSlots({ ...(await currentSlots()), recovery: slot }),
  };
}

/** The data key as it can be wrapped again, after checking the passphrase. */
export async function wrappableKey(passphrase: string): Promise<CryptoKey> {
  return openPassphraseSlot((await currentSlots()).passphrase, passphrase, true);
}

export async function storePasskeySlot(passkey: PasskeySlot | undefined): Promise<void> {
  const slots = await currentSlots();
  const next: KeySlots = { ...slots };
  if (passkey) next.passkey = passkey;
  else delete next.passkey;
  await writeSlots(next);
}

export { newRecoveryCode };

/** For tests: forget this tab's lock state. */
export function resetLock(): void {
  held.key = null;
  held.phase = null;
  checked = null;
  planDb = null;
  afterLock = reload;
  whenUnlocked = new Promise<void>((resolve) => (unlocked = resolve));
  lockView.set({ state: 'checking' });
}
