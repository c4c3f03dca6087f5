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

export function navigate(path: string): void {
  if (path === currentPath.get()) return;
  history.pushState(null, '', path);
  hasNavigated = true;
  currentPath.set(path);
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    hasNavigated = true;
    currentPath.set(location.pathname);
  });
}
