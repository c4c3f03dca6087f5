/**
 * Registers the service worker (production only) and tells the app when a new version is waiting.
 * registerType is 'prompt': the new version takes over only when the person says so, and only
 * after every pending write has reached the database — never reloading over what they typed.
 */
import type { Workbox } from 'workbox-window';
import { createStore } from '../lib/store';

export type UpdateState = 'none' | 'ready' | 'applying';
export const updateState = createStore<UpdateState>('none');

let workbox: Workbox | null = null;

/**
 * Everything was deleted, and this page is on its way to a fresh start: it fetches nothing more
 * and registers no service worker, so nothing of Waymark comes back before it has gone.
 */
export const leavingForAFreshStart = createStore(false);

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || leavingForAFreshStart.get()) return;
  const { Workbox } = await import('workbox-window');
  if (leavingForAFreshStart.get()) return;
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => updateState.set('ready'));
  await workbox.register();
}

export function isServiceWorkerActive(): boolean {
  return workbox !== null;
}

/** Asks the server for a newer version; resolves true when one is waiting. */
export async function checkForUpdate(): Promise<boolean> {
  if (!workbox) return false;
  await workbox.update();
  const registration = await navigator.serviceWorker.getRegistration();
  if (registration?.waiting) updateState.set('ready');
  return updateState.get() === 'ready';
}

/** Call only once pending writes have settled. */
export function applyUpdate(): void {
  if (!workbox) return;
  updateState.set('applying');
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}
