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

export async function deleteEverything(): Promise<void> {
  // Nothing more is fetched or registered by this page, which starts afresh once this is done.
  leavingForAFreshStart.set(true);
  getDb().close();
  await Dexie.delete(DB_NAME);
  // The lock's own database too: its wrapped key, its preferences, and any crisis card kept to
  // show while locked (names and numbers in clear).
  await Dexie.delete(LOCK_DB_NAME);
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
