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
