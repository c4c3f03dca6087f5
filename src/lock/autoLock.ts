/**
 * When the plan locks by itself: after the chosen time without a touch, click or key; after the
 * chosen time out of sight (another app, another tab, the screen off); and always when the page
 * is closed or put away. A page the browser kept in its back-forward cache starts again, so a
 * plan never comes back open from it.
 */
import type { LockPreferences } from './lockStore';

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'] as const;

export interface AutoLockOptions {
  preferences: Pick<LockPreferences, 'idleMinutes' | 'hiddenSeconds'>;
  lock: () => void;
  /** What to do when a page that was put away comes back from the back-forward cache. */
  restart?: () => void;
  now?: () => number;
}

/** Starts watching; returns a function that stops. */
export function followAutoLock({
  preferences,
  lock,
  restart = () => window.location.reload(),
  now = () => Date.now(),
}: AutoLockOptions): () => void {
  const idleMs = preferences.idleMinutes * 60_000;
  const hiddenMs = preferences.hiddenSeconds * 1000;
  let lastActive = now();
  let hiddenAt: number | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
  let done = false;

  const lockOnce = () => {
    if (done) return;
    done = true;
    stop();
    lock();
  };
  const checkIdle = () => {
    const left = lastActive + idleMs - now();
    if (left <= 0) lockOnce();
    else idleTimer = setTimeout(checkIdle, left);
  };
  const active = () => {
    lastActive = now();
  };
  const visibility = () => {
    if (document.visibilityState === 'hidden') {
      hiddenAt = now();
      if (hiddenMs === 0) lockOnce();
      else hiddenTimer = setTimeout(lockOnce, hiddenMs);
    } else {
      clearTimeout(hiddenTimer);
      // Timers can be held back while a page is out of sight: the clock decides.
      if (hiddenAt !== null && now() - hiddenAt >= hiddenMs) lockOnce();
      hiddenAt = null;
      active();
    }
  };
  const pageHide = () => lockOnce();
  const pageShow = (event: PageTransitionEvent) => {
    if (event.persisted) restart();
  };

  for (const type of ACTIVITY)
    window.addEventListener(type, active, { capture: true, passive: true });
  document.addEventListener('visibilitychange', visibility);
  window.addEventListener('pagehide', pageHide);
  window.addEventListener('pageshow', pageShow);
  idleTimer = setTimeout(checkIdle, idleMs);

  function stop() {
    clearTimeout(idleTimer);
    clearTimeout(hiddenTimer);
    for (const type of ACTIVITY) window.removeEventListener(type, active, { capture: true });
    document.removeEventListener('visibilitychange', visibility);
    window.removeEventListener('pagehide', pageHide);
    // pageshow stays: a page restored from the cache must start again even after it locked.
  }
  return () => {
    done = true;
    stop();
    window.removeEventListener('pageshow', pageShow);
  };
}
