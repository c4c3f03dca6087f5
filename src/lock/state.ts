/**
 * The lock's state in this tab, kept apart from its code so the shell can show the right screen
 * and offer quick exit without loading any of the lock's cryptography. The data key lives only
 * here, in memory, as a non-extractable CryptoKey while the plan is open.
 */
import { createStore } from '../lib/store';
import { allowPlainCopiesAtClose } from '../lib/writeGuard';
import type { LockPhase } from './lockStore';

export type LockView =
  | { state: 'checking' }
  | { state: 'off' }
  | { state: 'locked'; hasPasskey: boolean }
  | { state: 'unlocked' }
  /** The plan's records are being encrypted or decrypted: `done` of `total`. */
  | { state: 'converting'; to: 'on' | 'off'; done: number; total: number };

export const lockView = createStore<LockView>({ state: 'checking' });

// Words may be kept in clear at close (lib/writeGuard.ts) only while the lock is known to be off.
lockView.subscribe(() => allowPlainCopiesAtClose(lockView.get().state === 'off'));

/** Counts changes to the lock's preferences, so the auto-lock starts again with the new ones. */
export const preferencesRevision = createStore(0);
export function preferencesChanged(): void {
  preferencesRevision.set(preferencesRevision.get() + 1);
}

export const held: { key: CryptoKey | null; phase: LockPhase | null } = { key: null, phase: null };

/** Quick exit: the key is forgotten at once, without waiting for anything. */
export function forgetKeyNow(): void {
  if (!held.phase) return;
  held.key = null;
  lockView.set({ state: 'locked', hasPasskey: false });
}
