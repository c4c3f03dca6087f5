import { afterEach, describe, expect, it, vi } from 'vitest';
import { followAutoLock } from '../../src/lock/autoLock';
import { followShiftThreeTimes } from '../../src/lock/quickExit';

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => {
  vi.useRealTimers();
  setVisibility('visible');
});

describe('auto-lock', () => {
  it('locks after the idle time, and activity puts it off', () => {
    vi.useFakeTimers();
    const lock = vi.fn();
    const stop = followAutoLock({ preferences: { idleMinutes: 5, hiddenSeconds: 30 }, lock });
    vi.advanceTimersByTime(4 * 60_000);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    vi.advanceTimersByTime(4 * 60_000);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(61_000);
    expect(lock).toHaveBeenCalledTimes(1);
    stop();
  });

  it('locks after the chosen time out of sight, or at once when it comes back late', () => {
    vi.useFakeTimers();
    const lock = vi.fn();
    const stop = followAutoLock({ preferences: { idleMinutes: 60, hiddenSeconds: 30 }, lock });
    setVisibility('hidden');
    vi.advanceTimersByTime(29_000);
    setVisibility('visible');
    expect(lock).not.toHaveBeenCalled();
    setVisibility('hidden');
    // Timers held back by the browser: the clock moves on, the timer does not fire.
    vi.setSystemTime(Date.now() + 31_000);
    setVisibility('visible');
    expect(lock).toHaveBeenCalledTimes(1);
    stop();
  });

  it('locks at once when hidden with "at once", and always on page hide', () => {
    const atOnce = vi.fn();
    const stopAtOnce = followAutoLock({
      preferences: { idleMinutes: 60, hiddenSeconds: 0 },
      lock: atOnce,
    });
    setVisibility('hidden');
    expect(atOnce).toHaveBeenCalledTimes(1);
    stopAtOnce();
    setVisibility('visible');
    const onHide = vi.fn();
    const stopOnHide = followAutoLock({
      preferences: { idleMinutes: 60, hiddenSeconds: 300 },
      lock: onHide,
    });
    window.dispatchEvent(new Event('pagehide'));
    expect(onHide).toHaveBeenCalledTimes(1);
    stopOnHide();
  });
});

describe('quick exit shortcut', () => {
  const shift = (timeStamp: number) => {
    const event = new KeyboardEvent('keydown', { key: 'Shift' });
    Object.defineProperty(event, 'timeStamp', { value: timeStamp });
    window.dispatchEvent(event);
  };

  it('leaves on Shift pressed three times in a row, not on two or with other keys between', () => {
    const exit = vi.fn();
    const stop = followShiftThreeTimes(exit);
    shift(0);
    shift(300);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'A' }));
    shift(600);
    expect(exit).not.toHaveBeenCalled();
    shift(5000);
    shift(7000);
    shift(7400);
    expect(exit).not.toHaveBeenCalled();
    shift(7800);
    expect(exit).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(exit).toHaveBeenCalledTimes(1);
    stop();
  });
});
