/**
 * Runs `task` when the browser has nothing else to do, and at the latest after `timeoutMs`
 * (Safari has no requestIdleCallback: there, in the next task). Returns a way to call it off.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const idle = window.requestIdleCallback(task, { timeout: timeoutMs });
  return () => window.cancelIdleCallback(idle);
}

/** What a person does that background work should keep out of the way of. */
const ACTIVITY = ['keydown', 'input', 'pointerdown'] as const;
/** How long after their last key or tap a person counts as having paused. */
export const PAUSE_MS = 600;
let lastActivity = 0;
let listening = false;

function noteActivity() {
  lastActivity = performance.now();
}

/**
 * Resolves once the person has paused — no key or tap for PAUSE_MS, counted from the first call
 * at the soonest — and then the browser is idle (or `idleTimeoutMs` has passed): a turn for
 * background work that keeps out from between the keys of someone typing.
 */
export async function untilThePersonPauses(idleTimeoutMs: number): Promise<void> {
  if (!listening) {
    listening = true;
    noteActivity();
    for (const type of ACTIVITY) {
      window.addEventListener(type, noteActivity, { capture: true, passive: true });
    }
  }
  for (let since = performance.now() - lastActivity; since < PAUSE_MS;) {
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS - since));
    since = performance.now() - lastActivity;
  }
  await new Promise<void>((resolve) => whenIdle(resolve, idleTimeoutMs));
}
