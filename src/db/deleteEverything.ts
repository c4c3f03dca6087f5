/**
 * Removes every trace of Waymark from this browser: the databases, the service worker's caches
 * and registrations, and anything in web storage. Works offline: nothing here needs the network.
 * Other open tabs are told, so they let go of the plan they show and start again empty.
 */
import Dexie from 'dexie';
import { LOCK_DB_NAME } from '../lock/lockStore';
import { leavingForAFreshStart } from '../pwa/serviceWorker';
import { getDb, tellOtherTabs } from './connection';
import { DB_NAME } from './database';
import { POUCH_PREFIX, stopSync, SYNC_MIRROR_DB, SYNC_STATE_DB } from './syncCapture';

export async function deleteEverything(): Promise<void> {
  // Nothing more is fetched or registered by this page, which starts afresh once this is done.
  leavingForAFreshStart.set(true);
  // Sync stops first, so nothing of the plan's going is sent: the plan on the server and on the
  // person's other devices stays as it is.
  await stopSync();
  getDb().close();
  await Dexie.delete(DB_NAME);
  // The lock's own database too: its wrapped key, its preferences, and any crisis card kept to
  // show while locked (names and numbers in clear).
  await Dexie.delete(LOCK_DB_NAME);
  // Sync's own databases: the server's address and password, the sync key, and the mirror.
  await Dexie.delete(SYNC_STATE_DB);
  await Dexie.delete(`${POUCH_PREFIX}${SYNC_MIRROR_DB}`);
  if ('caches' in globalThis) {
    for (const key of await caches.keys()) await caches.delete(key);
  }
  if ('serviceWorker' in navigator) {
    for (const registration of await navigator.serviceWorker.getRegistrations()) {
      await registration.unregister();
    }
  }
  localStorage.clear();
  sessionStorage.clear();
  tellOtherTabs('deleted');
}
