/**
 * The shared plan's viewer and the address bar. A link carries the plan in its #fragment; the
 * viewer takes it into memory and then clears it from the address bar, so the plan is not left
 * on screen in the URL, in a restored tab, or behind the Back button.
 *
 * Reloading therefore shows no plan: the viewer keeps nothing anywhere but in this page's memory
 * (no storage at all, not even sessionStorage), so after a reload the person opens the link or
 * file again. The viewer says so, rather than looking as if the link were empty.
 */

/** The fragment of the address, without '#', or '' when there is none. */
export function fragmentInAddress(): string {
  return location.hash.length > 1 ? location.hash.slice(1) : '';
}

/** Takes the fragment out of the address bar, keeping the page where it is. */
export function clearFragment(): void {
  if (!location.hash) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

/** True when this page was reloaded while it showed the viewer (whose link was then cleared). */
export function reloadedHere(viewerPath: string): boolean {
  const entry = performance.getEntriesByType?.('navigation')[0] as
    PerformanceNavigationTiming | undefined;
  if (entry?.type !== 'reload') return false;
  try {
    return new URL(entry.name).pathname === viewerPath;
  } catch {
    return false;
  }
}
