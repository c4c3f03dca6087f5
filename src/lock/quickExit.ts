/**
 * Quick exit, after GOV.UK's "Exit this page": from any screen, a button or the Shift key
 * pressed three times (never Escape, which people press for other things) hides Waymark at once,
 * forgets the plan's key when the lock is on, and replaces the current history entry with a
 * neutral page, so Back does not return to the screen that was showing. It is a navigation the
 * person chose, made only when they ask for it.
 */
export const EXIT_URL = 'https://www.bbc.co.uk/weather';

/** Three Shift presses, each within this long of the one before. */
const SHIFT_GAP_MS = 1000;

export function quickExit(
  forgetKey: () => void,
  go = (url: string) => window.location.replace(url),
) {
  forgetKey();
  // Blank at once: nothing of the plan stays on screen while the next page loads.
  document.title = '';
  document.body.replaceChildren();
  document.body.style.background = '#fff';
  go(EXIT_URL);
}

/** Calls `exit` when Shift is pressed three times in a row; returns a function that stops. */
export function followShiftThreeTimes(exit: () => void): () => void {
  let presses: number[] = [];
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Shift') {
      presses = [];
      return;
    }
    if (event.repeat) return;
    const at = event.timeStamp;
    presses = [...presses.filter((time) => at - time <= SHIFT_GAP_MS * 2), at];
    const [a, b, c] = presses.slice(-3);
    if (
      a !== undefined &&
      b !== undefined &&
      c !== undefined &&
      b - a <= SHIFT_GAP_MS &&
      c - b <= SHIFT_GAP_MS
    ) {
      presses = [];
      exit();
    }
  };
  window.addEventListener('keydown', onKey, true);
  return () => window.removeEventListener('keydown', onKey, true);
}
