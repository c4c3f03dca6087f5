/**
 * The person's reading and display preferences, put on the page as attributes of <html> that the
 * style sheet reads (src/styles/display.css). "device" follows the operating system: more contrast
 * is worked out here (and again when the system setting changes); reduced motion is the style
 * sheet's own media query, so it holds before any script runs.
 */
import type { Settings } from '../domain/settings';

export type DisplayPreferences = Partial<
  Pick<Settings, 'textSize' | 'moreSpace' | 'contrast' | 'motion'>
>;

const MORE_CONTRAST = '(prefers-contrast: more)';
let latest: DisplayPreferences = {};
let listening = false;

function deviceWantsMoreContrast(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(MORE_CONTRAST).matches;
}

function setFlag(root: HTMLElement, name: string, on: boolean) {
  if (on) root.dataset[name] = '';
  else delete root.dataset[name];
}

export function applyDisplay(preferences: DisplayPreferences, root = document.documentElement) {
  latest = preferences;
  root.dataset.textSize = preferences.textSize ?? 'standard';
  setFlag(root, 'moreSpace', preferences.moreSpace === true);
  const contrast = preferences.contrast ?? 'device';
  setFlag(
    root,
    'moreContrast',
    contrast === 'more' || (contrast === 'device' && deviceWantsMoreContrast()),
  );
  setFlag(root, 'reduceMotion', preferences.motion === 'reduce');
  if (!listening && typeof window.matchMedia === 'function') {
    listening = true;
    window.matchMedia(MORE_CONTRAST).addEventListener('change', () => applyDisplay(latest, root));
  }
}
