/**
 * Browsers may clear a site's storage when space runs low unless it is marked persistent. We ask
 * once, after the person first saves something (asking on an empty plan would be premature), and
 * remember the answer so Settings can explain it.
 */
import { getSettings, updateSettings } from './repositories/settings';
import { onSuccessfulWrite } from './writes';

export interface StorageStatus {
  /** null when this browser cannot tell us. */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

export async function getStorageStatus(): Promise<StorageStatus> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
  return {
    persisted,
    usageBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null,
  };
}

let asking = false;

export async function requestPersistenceOnce(): Promise<void> {
  if (asking) return;
  asking = true;
  try {
    const current = await getSettings();
    if (current.persistRequestedAt) return;
    const storage = navigator.storage;
    const granted = storage?.persist ? await storage.persist().catch(() => false) : null;
    await updateSettings({ persistRequestedAt: new Date().toISOString(), persistGranted: granted });
  } finally {
    asking = false;
  }
}

/** Wires the request to the first successful save. Called once at start-up. */
export function askForPersistenceAfterFirstSave(): void {
  let done = false;
  onSuccessfulWrite(() => {
    if (done) return;
    done = true;
    void requestPersistenceOnce().catch(() => {
      done = false;
    });
  });
}
