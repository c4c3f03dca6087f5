import { createStore } from '../lib/store';

/** Messages for the polite live region, e.g. "Moved up: Patience, 1 of 3". */
export const announcement = createStore<{ message: string; key: number }>({ message: '', key: 0 });

export function announce(message: string): void {
  announcement.set({ message, key: announcement.get().key + 1 });
}
