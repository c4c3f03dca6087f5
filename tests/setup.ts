import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';

// Test files share a worker, its page and its packages (vite.config.ts). Each starts with the
// app's own modules loaded afresh, so no file sees another's state, and from a blank page at '/'
// with empty storage.
vi.resetModules();
const { resetConnection } = await import('../src/db/connection');
const { initI18n } = await import('../src/i18n');
if (typeof document !== 'undefined') {
  document.head.replaceChildren();
  document.body.replaceChildren();
  for (const { name } of [...document.documentElement.attributes]) {
    document.documentElement.removeAttribute(name);
  }
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', '/');
}

// Screens re-render from IndexedDB asynchronously; on a loaded two-core CI machine that can take
// longer than Testing Library's default second.
configure({ asyncUtilTimeout: 4000 });

// jsdom has <dialog> but not its methods: open and close it the way a browser would.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(
    this: HTMLDialogElement,
    returnValue?: string,
  ) {
    if (!this.open) return;
    this.removeAttribute('open');
    if (returnValue !== undefined) this.returnValue = returnValue;
    this.dispatchEvent(new Event('close'));
  };
}

// A fresh, empty IndexedDB for every test. Swapping the global alone leaks data between tests,
// because Dexie keeps its own reference: set both.
beforeEach(async () => {
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  resetConnection();
  // The app's words, for tests that render (a test without a page has no <html> to set them on).
  if (typeof document !== 'undefined') await initI18n();
});

afterEach(() => {
  cleanup();
  resetConnection();
});
