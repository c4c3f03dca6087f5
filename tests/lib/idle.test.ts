import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAUSE_MS, untilThePersonPauses } from '../../src/lib/idle';

// The idle callback runs on the next timer tick, so fake timers drive the whole wait.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
  vi.stubGlobal('requestIdleCallback', (task: () => void) => setTimeout(task, 0));
  vi.stubGlobal('cancelIdleCallback', (handle: ReturnType<typeof setTimeout>) =>
    clearTimeout(handle),
  );
});
afterEach(() => {
  vi.useRealTimers();
});

/** Whether the promise has settled once the timers have moved on by `ms`. */
async function settledAfter(promise: Promise<void>, ms: number): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

const press = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));

describe('background work waits for the person to pause', () => {
  it('takes its turn once no key or tap has come for a moment', async () => {
    press();
    const turn = untilThePersonPauses(1000);
    expect(await settledAfter(turn, PAUSE_MS - 100)).toBe(false);
    press();
    expect(await settledAfter(turn, PAUSE_MS - 100)).toBe(false);
    expect(await settledAfter(turn, 101)).toBe(true);
  });

  it('keeps waiting while the person goes on typing, however long', async () => {
    press();
    const turn = untilThePersonPauses(1000);
    for (let key = 0; key < 30; key++) {
      press();
      expect(await settledAfter(turn, 150)).toBe(false);
    }
    window.dispatchEvent(new Event('pointerdown'));
    expect(await settledAfter(turn, PAUSE_MS - 1)).toBe(false);
    expect(await settledAfter(turn, 10)).toBe(true);
  });
});
