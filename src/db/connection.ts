/**
 * The one open database of this tab. Its state goes to `dbStatus`; the app shows a kind message
 * for every state but `ready`, and nothing else needs to know how opening works.
 */
import { WaymarkDb } from './database';
import { classifyOpenError } from './errors';
import { LATEST_SCHEMA_VERSION } from './schema';
import { dbStatus, type DbStatus } from './status';

let current: WaymarkDb | null = null;

function attach(db: WaymarkDb): WaymarkDb {
  db.on('blocked', () => dbStatus.set({ state: 'blocked' }));
  db.on('versionchange', () => {
    // Let the newer tab upgrade instead of blocking it; this tab then asks to reload.
    db.close();
    dbStatus.set({ state: 'outdated' });
    return false;
  });
  return db;
}

export function getDb(): WaymarkDb {
  current ??= attach(new WaymarkDb());
  return current;
}

export async function openDatabase(): Promise<DbStatus> {
  const db = getDb();
  dbStatus.set({ state: 'opening' });
  try {
    await db.open();
    // Dexie stores schema version n as IndexedDB version n × 10 (plus small bumps of its own).
    if (Math.floor(db.backendDB().version / 10) > LATEST_SCHEMA_VERSION) {
      // A newer Waymark has already changed how the plan is stored. Dexie could open it anyway,
      // but this older code must not write to data shaped for a newer version.
      db.close();
      dbStatus.set({ state: 'failed', reason: 'newerVersion' });
      return dbStatus.get();
    }
    dbStatus.set({ state: 'ready' });
  } catch (error) {
    dbStatus.set({ state: 'failed', reason: classifyOpenError(error) });
  }
  return dbStatus.get();
}

/** For tests: forget the open database so the next getDb() starts afresh. */
export function resetConnection(): void {
  current?.close();
  current = null;
  dbStatus.set({ state: 'opening' });
}
