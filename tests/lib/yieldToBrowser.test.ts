import { describe, expect, it } from 'vitest';
import { startEachInItsOwnTask } from '../../src/lib/yieldToBrowser';

describe('starting each piece of work in a task of its own', () => {
  it('starts them in order, lets the browser in between, and gives back what each returned', async () => {
    const seen: string[] = [];
    const started = await startEachInItsOwnTask([
      () => {
        seen.push('first');
        // Queued by the first piece: it runs before the second piece starts.
        setTimeout(() => seen.push('the browser'), 0);
        return 1;
      },
      () => {
        seen.push('second');
        return 2;
      },
    ]);
    expect(seen).toEqual(['first', 'the browser', 'second']);
    expect(started).toEqual([1, 2]);
  });

  it('does nothing for no work', async () => {
    expect(await startEachInItsOwnTask([])).toEqual([]);
  });
});
