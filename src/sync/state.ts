/**
 * Sync's own database on this device, `waymark-sync`, beside the plan's (whose schema never
 * changes for sync): the server's address and the name and password for it, the sync secret,
 * and for each record what this device last sent or received of it — the document's revision
 * and a keyed digest (keys.ts), never its words. PouchDB's mirror (`_pouch_waymark-sync-mirror`)
 * holds only the ciphertext the server holds.
 *
 * The secret is kept in clear while the app lock is off — like the plan itself — and sealed with
 * the plan's data key (AES-GCM) while it is on, so a copy of the browser's files does not give
 * the key to the plan on the server either.
 */
import Dexie, { type Table } from 'dexie';
import { fromBase64Url, toBase64Url } from '../formats/bytes';
import { SYNC_STATE_DB, type SyncedTable } from '../db/syncCapture';
// Through lock.ts, which the plan's database has loaded already (not lock/state.ts, which the
// shell holds: the sync chunk would pull it out of the shell's own).
import { runtime } from '../lock/lock';

export interface ServerSettings {
  /** The database's address, e.g. https://couch.example.org/waymark-alex (no name or password). */
  url: string;
  username?: string;
  password?: string;
}

/** Stored as base64url text, which every IndexedDB keeps exactly. */
type StoredSecret = { clear: string } | { sealed: { iv: string; data: string } };

export interface SyncConfig extends ServerSettings {
  id: 'config';
  secret: StoredSecret;
  lastSyncedAt?: string;
  /** How far this device has read its mirror's changes. */
  feedSeq?: number | string;
}

export interface DocState {
  docId: string;
  table: SyncedTable;
  key: string;
  /** The mirror's revision this device last wrote or applied. */
  rev: string;
  /** Keyed digest of the record as last sent or received; null once removed. */
  digest: string | null;
}

export class SyncStateDb extends Dexie {
  config!: Table<SyncConfig, string>;
  docs!: Table<DocState, string>;
  /** Documents with two versions, waiting for the person's choice. */
  conflicts!: Table<{ docId: string }, string>;

  constructor() {
    super(SYNC_STATE_DB);
    this.version(1).stores({ config: 'id', docs: 'docId', conflicts: 'docId' });
  }
}

const SECRET_DATA = new TextEncoder().encode('waymark-sync:secret');

/** Whether the app lock is on, with its key in memory. */
function lockKey(): CryptoKey | null {
  return runtime.encryptsWrites() ? runtime.key() : null;
}

/** The secret as it should be stored now: sealed while the lock is on, in clear while off. */
export async function storedSecret(secret: Uint8Array<ArrayBuffer>): Promise<StoredSecret> {
  const key = lockKey();
  if (!key) return { clear: toBase64Url(secret) };
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: SECRET_DATA }, key, secret),
  );
  return { sealed: { iv: toBase64Url(iv), data: toBase64Url(data) } };
}

export class SecretUnavailable extends Error {
  constructor() {
    super('The sync key is sealed with the lock, and the plan is not open');
    this.name = 'SecretUnavailable';
  }
}

export async function openSecret(stored: StoredSecret): Promise<Uint8Array<ArrayBuffer>> {
  if ('clear' in stored) {
    const secret = fromBase64Url(stored.clear);
    if (!secret) throw new SecretUnavailable();
    return secret;
  }
  const iv = fromBase64Url(stored.sealed.iv);
  const data = fromBase64Url(stored.sealed.data);
  const key = runtime.key();
  if (!key || !iv || !data) throw new SecretUnavailable();
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: SECRET_DATA }, key, data),
    );
  } catch {
    throw new SecretUnavailable();
  }
}

/** Whether the secret is stored the way the lock asks for now. */
export function storedAsTheLockAsks(stored: StoredSecret): boolean {
  return 'sealed' in stored === Boolean(lockKey());
}
