/**
 * A small path router on the History API: Waymark has a handful of screens, so a routing library
 * would cost more bytes than it saves. vite preview and the service worker both fall back to
 * index.html, so every path loads the app.
 */
import { createStore } from '../lib/store';

export const currentPath = createStore<string>(
  typeof location === 'undefined' ? '/' : location.pathname,
);

/** True once the person has moved between screens: initial load keeps the browser's focus. */
export let hasNavigated = false;

/**
 * Moves to a screen. A `#part` of the address is kept and, once the screen has drawn that part
 * (screens load lazily and read the plan after), it is scrolled to and focused.
 */
export function navigate(href: string): void {
  const [path = '/', hash = ''] = href.split('#');
  if (path === currentPath.get() && !hash) return;
  history.pushState(null, '', href);
  hasNavigated = true;
  currentPath.set(path);
  if (hash) showWhenDrawn(decodeURIComponent(hash));
}

const WAIT_FOR_PART_MS = 3000;

function showWhenDrawn(id: string): void {
  const started = performance.now();
  const look = () => {
    const target = document.getElementById(id);
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'start' });
    } else if (performance.now() - started < WAIT_FOR_PART_MS) {
      requestAnimationFrame(look);
    }
  };
  requestAnimationFrame(look);
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    hasNavigated = true;
    currentPath.set(location.pathname);
  });
}
