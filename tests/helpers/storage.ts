/**
 * Stands in for `navigator.storage`, which jsdom does not have, so a test can say what the
 * browser tells Waymark about keeping its storage and the space it uses.
 */
export interface FakeStorage {
  /** What `persisted()` resolves to; `'missing'` leaves the method out, as some browsers do. */
  persisted?: boolean | 'missing' | 'rejects';
  /** What `persist()` resolves to; `'missing'` leaves the method out. */
  persist?: boolean | 'missing';
  /** What `estimate()` resolves to; `'missing'` leaves the method out. */
  estimate?: { usage?: number; quota?: number } | 'missing';
}

/** Gives `navigator` a storage manager as described, or none at all for `'missing'`. */
export function stubStorage(fake: FakeStorage | 'missing'): void {
  if (fake === 'missing') {
    Object.defineProperty(navigator, 'storage', { value: undefined, configurable: true });
    return;
  }
  const storage: Partial<StorageManager> = {};
  const { persisted = false, persist = false, estimate = { usage: 0, quota: 0 } } = fake;
  if (persisted === 'rejects') {
    storage.persisted = () => Promise.reject(new Error('not allowed'));
  } else if (persisted !== 'missing') {
    storage.persisted = () => Promise.resolve(persisted);
  }
  if (persist !== 'missing') storage.persist = () => Promise.resolve(persist);
  if (estimate !== 'missing') storage.estimate = () => Promise.resolve(estimate);
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

/** Puts `navigator` back as jsdom made it (without a storage manager). */
export function unstubStorage(): void {
  delete (navigator as { storage?: unknown }).storage;
}
