/**
 * The lock's own small database, `waymark-lock`, apart from the plan's: its key slots, and the
 * preferences it needs before the plan is unlocked. Kept apart so the plan's schema never
 * changes for the lock, and so it can be read without opening (or being able to read) the plan.
 * Nothing in it is plan text: the data key is stored only wrapped.
 */
import type { Settings } from '../domain/settings';
import type { PasskeySlot, PassphraseSlot, RecoverySlot } from './keySlots';

export const LOCK_DB_NAME = 'waymark-lock';
/** The plan's database (db/database.ts DB_NAME), named here so the shell need not load Dexie. */
export const PLAN_DB_NAME = 'waymark';
const STORE = 'lock';

/**
 * `turningOn`: slots made, plan records being encrypted; `on`: all done; `turningOff`: records
 * being decrypted. A start that finds either `turning…` phase finishes the job once unlocked.
 */
export type LockPhase = 'turningOn' | 'on' | 'turningOff';

export interface KeySlots {
  id: 'slots';
  phase: LockPhase;
  passphrase: PassphraseSlot;
  recovery: RecoverySlot;
  passkey?: PasskeySlot;
}

export const IDLE_CHOICES = [1, 5, 15, 60] as const;
export type IdleMinutes = (typeof IDLE_CHOICES)[number];
export const HIDDEN_CHOICES = [0, 30, 60, 300] as const;
export type HiddenSeconds = (typeof HIDDEN_CHOICES)[number];

export interface LockPreferences {
  id: 'preferences';
  /** Lock after this many minutes without a touch, click or key. */
  idleMinutes: IdleMinutes;
  /** Lock when the app has been out of sight this many seconds (0: at once). Closing the page
   * always locks. */
  hiddenSeconds: HiddenSeconds;
  /** Whether the lock screen may show the crisis card (the person's choice; off by default). */
  crisisCardWhileLocked: boolean;
}

/** A copy of the crisis card in clear, kept only while the person chooses to show it locked. */
export interface LockedCrisisCard {
  id: 'crisisCard';
  contacts: { id: string; name: string; phone: string; role: string }[];
}

type LockRecord = KeySlots | LockPreferences | LockedCrisisCard;

export const DEFAULT_PREFERENCES: LockPreferences = {
  id: 'preferences',
  idleMinutes: 5,
  hiddenSeconds: 30,
  crisisCardWhileLocked: false,
};

/** The plan's preferences that are kept readable, read before the plan is unlocked. */
export interface ClearSettings {
  language?: string;
  // Written by the app through the settings schema, so they hold its values.
  textSize?: Settings['textSize'];
  moreSpace?: boolean;
  contrast?: Settings['contrast'];
  motion?: Settings['motion'];
  nation?: string;
  hiddenHelpLines?: string[];
}

/** Reads the plan's settings record straight from IndexedDB: only its readable fields. */
export async function readClearSettings(planDbName: string): Promise<ClearSettings> {
  const db = await request(indexedDB.open(planDbName));
  try {
    if (!db.objectStoreNames.contains('settings')) return {};
    const record = (await request(
      db.transaction('settings').objectStore('settings').get('settings'),
    )) as ClearSettings | undefined;
    const { language, textSize, moreSpace, contrast, motion, nation, hiddenHelpLines } =
      record ?? {};
    return { language, textSize, moreSpace, contrast, motion, nation, hiddenHelpLines };
  } finally {
    db.close();
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openLockDb(): Promise<IDBDatabase> {
  const opening = indexedDB.open(LOCK_DB_NAME, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(STORE, { keyPath: 'id' });
  return request(opening);
}

async function withStore<T>(
  mode: IDBTransactionMode,
  fill: (store: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> {
  const db = await openLockDb();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const req = fill(transaction.objectStore(STORE));
      let result: T | undefined;
      if (req) req.onsuccess = () => (result = req.result);
      transaction.oncomplete = () => resolve(result);
      transaction.onabort = transaction.onerror = () =>
        reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    });
  } finally {
    db.close();
  }
}

function read<T extends LockRecord>(id: T['id']): Promise<T | undefined> {
  return withStore('readonly', (store) => store.get(id) as IDBRequest<T | undefined>) as Promise<
    T | undefined
  >;
}

export function readSlots(): Promise<KeySlots | undefined> {
  return read<KeySlots>('slots');
}

export async function writeSlots(slots: KeySlots): Promise<void> {
  await withStore('readwrite', (store) => store.put(slots));
}

/** The lock is off: forget its slots and any clear copy of the crisis card. */
export async function clearSlots(): Promise<void> {
  await withStore('readwrite', (store) => {
    store.delete('slots');
    store.delete('crisisCard');
  });
}

export async function readPreferences(): Promise<LockPreferences> {
  return { ...DEFAULT_PREFERENCES, ...(await read<LockPreferences>('preferences')) };
}

export async function writePreferences(patch: Partial<Omit<LockPreferences, 'id'>>) {
  const next = { ...(await readPreferences()), ...patch };
  await withStore('readwrite', (store) => store.put(next));
  return next;
}

export function readCrisisCard(): Promise<LockedCrisisCard | undefined> {
  return read<LockedCrisisCard>('crisisCard');
}

export async function writeCrisisCard(card: LockedCrisisCard | null): Promise<void> {
  await withStore('readwrite', (store) => {
    if (card) store.put(card);
    else store.delete('crisisCard');
  });
}
