import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterTheFirstScreen, FIRST_SCREEN_MS } from '../../src/lib/afterTheFirstScreen';

// The idle callback runs on the next timer tick, so fake timers drive the whole wait.
beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('requestIdleCallback', (task: () => void) => setTimeout(task, 0));
  vi.stubGlobal('cancelIdleCallback', (handle: ReturnType<typeof setTimeout>) =>
    clearTimeout(handle),
  );
});
afterEach(() => {
  vi.useRealTimers();
});

describe('after the first screen', () => {
  it('waits for the first seconds after the page has loaded, then runs once', () => {
    const task = vi.fn();
    afterTheFirstScreen(task);
    vi.advanceTimersByTime(FIRST_SCREEN_MS - 1);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.runOnlyPendingTimers();
    expect(task).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('pointerdown'));
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs sooner once the person taps or presses a key', () => {
    const tapped = vi.fn();
    const keyed = vi.fn();
    afterTheFirstScreen(tapped);
    afterTheFirstScreen(keyed);
    window.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(1);
    expect(tapped).toHaveBeenCalledTimes(1);
    expect(keyed).toHaveBeenCalledTimes(1);
    vi.runAllTimers();
    expect(tapped).toHaveBeenCalledTimes(1);
  });

  it('does nothing once called off, whether still waiting or waiting for idle', () => {
    const waiting = vi.fn();
    const idle = vi.fn();
    afterTheFirstScreen(waiting)();
    const callOff = afterTheFirstScreen(idle);
    window.dispatchEvent(new KeyboardEvent('keydown'));
    callOff();
    vi.runAllTimers();
    expect(waiting).not.toHaveBeenCalled();
    expect(idle).not.toHaveBeenCalled();
  });
});
