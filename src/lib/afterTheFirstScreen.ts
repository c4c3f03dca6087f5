import { whenIdle } from './idle';

/** Something the person did: the first screen has done its job, and they are using the app. */
const INTERACTIONS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
/** A cold load's first seconds belong to its first screen (#15): nothing else is fetched or made. */
export const FIRST_SCREEN_MS = 5000;

/**
 * Runs `task` once, when the person first interacts with the page or FIRST_SCREEN_MS after it
 * has loaded, whichever comes first — then when the browser has nothing else to do. On a slow
 * phone the first seconds go to the screen asked for, so that a tap is answered at once. Returns
 * a way to call it off.
 */
export function afterTheFirstScreen(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle: (() => void) | undefined;
  const stopWaiting = () => {
    clearTimeout(timer);
    window.removeEventListener('load', wait);
    for (const type of INTERACTIONS) window.removeEventListener(type, run, true);
  };
  function run() {
    stopWaiting();
    cancelIdle ??= whenIdle(task, 2000);
  }
  function wait() {
    timer = setTimeout(run, FIRST_SCREEN_MS);
  }
  for (const type of INTERACTIONS) {
    window.addEventListener(type, run, { capture: true, passive: true });
  }
  if (document.readyState === 'complete') wait();
  else window.addEventListener('load', wait, { once: true });
  return () => {
    stopWaiting();
    cancelIdle?.();
  };
}
