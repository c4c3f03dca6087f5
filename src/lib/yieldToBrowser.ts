/**
 * Lets the browser paint and answer a tap between two pieces of start-up work, so a phone's slow
 * processor is never held in one long task (issue #15: blocking time). `scheduler.yield` keeps
 * this work ahead of other queued tasks where the browser has it; elsewhere a new task is enough.
 */
export function yieldToBrowser(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
