/**
 * Puts records straight into the app's database, as the app itself keeps them, for journeys that
 * need more in a plan than is worth typing. The app must have opened (and so created) the
 * database first.
 */
import type { Page } from '@playwright/test';

export type Records = Record<string, Record<string, unknown>[]>;

/** Writes every record into its store (by the store's name) in one transaction. */
export async function putRecords(page: Page, records: Records): Promise<void> {
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('waymark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(Object.keys(records), 'readwrite');
    for (const [store, list] of Object.entries(records)) {
      for (const record of list) tx.objectStore(store).put(record);
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}
