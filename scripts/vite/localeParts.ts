/**
 * Splits each language's core.json in two without moving a key: `core.json?shell` holds the
 * words the shell shows (the bar, navigation, Help now, saving, the database and update notices,
 * the error page), and `core.json?screens` everything else in the file, for the screens. The
 * shell carries only its part; the other is fetched with the first screen that needs it
 * (src/i18n/bundles.ts). Any other query, or none, leaves the file whole.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

/** The top-level keys of core.json the shell itself uses (tests/i18n/areas.test.ts checks). */
export const SHELL_KEYS: readonly string[] = [
  'app',
  'nav',
  'helpNow',
  'nations',
  'db',
  'crash',
  'notFound',
];

/**
 * Words under the shell's keys that only parts fetched with core.json's other words use (the
 * lock screen; Help now's static page, which the build reads from the file itself).
 */
export const LATER_PATHS: readonly (readonly [string, string])[] = [
  ['app', 'lock'],
  ['helpNow', 'static'],
];

const PART = /^(.*\/core\.json)\?(shell|screens)$/;

/** One part of core.json's words: the shell's, or the rest. */
export function pickPart(words: Record<string, unknown>, part: 'shell' | 'screens') {
  const picked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(words)) {
    const later = LATER_PATHS.filter(([top]) => top === key).map(([, inner]) => inner);
    if (!SHELL_KEYS.includes(key)) {
      if (part === 'screens') picked[key] = value;
    } else if (!later.length) {
      if (part === 'shell') picked[key] = value;
    } else {
      const inner = Object.entries(value as Record<string, unknown>).filter(
        ([name]) => later.includes(name) === (part === 'screens'),
      );
      if (inner.length) picked[key] = Object.fromEntries(inner);
    }
  }
  return picked;
}

export function localeParts(): Plugin {
  return {
    name: 'waymark-locale-parts',
    enforce: 'pre',
    async load(id) {
      const match = PART.exec(id);
      if (!match) return null;
      const [, file, part] = match as unknown as [string, string, 'shell' | 'screens'];
      this.addWatchFile(file);
      const words = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      // A module of its own (Vite's JSON plugin leaves ids with a query alone).
      return `export default ${JSON.stringify(pickPart(words, part))};\n`;
    },
  };
}
