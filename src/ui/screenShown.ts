import { useLayoutEffect } from 'react';
import { createStore } from '../lib/store';

/**
 * Whether the app has put its first screen's own content on the page (not a "loading" line).
 * Until then a first visit keeps showing the page the build wrote (app/firstVisit/handOver.ts),
 * so the person never sees it blink to "Opening your plan…" and back.
 */
export const screenShown = createStore(false);

/** Says the first screen is shown once `shown` is true: before that frame is painted. */
export function useScreenShown(shown = true): void {
  useLayoutEffect(() => {
    if (shown && !screenShown.get()) screenShown.set(true);
  }, [shown]);
}

/** For places that are shown as soon as they render (a notice, the lock screen). */
export function ScreenShown(): null {
  useScreenShown();
  return null;
}
