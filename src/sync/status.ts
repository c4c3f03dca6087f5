/**
 * What sync is doing, for the settings section to show, kept apart from the sync code (and
 * PouchDB) so showing it loads nothing more. Only the tab that runs sync changes it; other tabs
 * of this Waymark hear it over a BroadcastChannel (engine.ts).
 */
import { createStore } from '../lib/store';
import type { SyncedRecord, SyncedTable } from '../db/syncCapture';
import { LIST_TABLES } from '../domain/plan';

export type SyncPhase =
  /** Sync is off on this device. */
  | 'off'
  | 'starting'
  /** Sending or receiving changes. */
  | 'syncing'
  /** Everything here is on the server, and everything there is here. */
  | 'upToDate'
  /** The server cannot be reached: changes wait here, and go when it can. */
  | 'offline'
  /** The server's plan is locked with another key: nothing was sent or received. */
  | 'wrongKey'
  /** The server refused the name or password. */
  | 'denied'
  /** Something else went wrong; changes wait here. */
  | 'failed';

/** One version of a record in a conflict: null when that device removed it. */
export interface ConflictVersion {
  rev: string;
  record: SyncedRecord | null;
}

/** The same record changed on two devices: both versions, until the person chooses. */
export interface SyncConflict {
  docId: string;
  table: SyncedTable;
  key: string;
  /** The version this device shows now (CouchDB's pick, the same on every device). */
  shown: ConflictVersion;
  /** The other version(s). */
  others: ConflictVersion[];
}

export interface SyncStatus {
  phase: SyncPhase;
  /** When this device last had everything the server had, and the server everything here. */
  lastSyncedAt?: string;
  /** Changes made here that the server does not have yet. */
  waiting: number;
  conflicts: SyncConflict[];
  /** Changes received that this Waymark could not open or store (e.g. from a newer version). */
  unreadable: number;
}

/** Set while sync is on, so a start knows to fetch the sync code without opening anything. */
export const SYNC_ON_KEY = 'waymark:sync';

export function isSyncOn(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(SYNC_ON_KEY) === 'on';
  } catch {
    return false; // storage refused (private mode): sync cannot have been turned on
  }
}

export const OFF: SyncStatus = { phase: 'off', waiting: 0, conflicts: [], unreadable: 0 };

export const syncStatus = createStore<SyncStatus>(OFF);

export function updateSyncStatus(patch: Partial<SyncStatus>): void {
  syncStatus.set({ ...syncStatus.get(), ...patch });
}

export function canKeepBoth(table: SyncedTable): boolean {
  return LIST_TABLES.includes(table);
}
