import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { resetConnection } from '../src/db/connection';
import { initI18n } from '../src/i18n';

// A fresh, empty IndexedDB for every test. Swapping the global alone leaks data between tests,
// because Dexie keeps its own reference: set both.
beforeEach(async () => {
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  resetConnection();
  await initI18n();
});

afterEach(() => {
  cleanup();
  resetConnection();
});
