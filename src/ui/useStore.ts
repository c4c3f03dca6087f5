import { useSyncExternalStore } from 'react';
import type { Store } from '../lib/store';

export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/**
 * One fact about a store's value (a boolean, a number, a string), re-rendering only when that
 * fact changes rather than whenever the value does — e.g. whether a link leads to the current
 * screen, for every one of hundreds of links.
 */
export function useStoreFact<T, F extends boolean | number | string>(
  store: Store<T>,
  fact: (value: T) => F,
): F {
  const read = () => fact(store.get());
  return useSyncExternalStore(store.subscribe, read, read);
}
