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

/**
 * Starts each piece of work in a task of its own, yielding between them, and gives back what each
 * start returned (a promise, typically), in order. Asking for a file is a little work of its own
 * (a link in the page): asking for many at once held a slow phone in one long task (#15).
 */
export async function startEachInItsOwnTask<T>(starts: readonly (() => T)[]): Promise<T[]> {
  const started: T[] = [];
  for (const start of starts) {
    if (started.length) await yieldToBrowser();
    started.push(start());
  }
  return started;
}
