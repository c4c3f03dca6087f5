/**
 * A pseudo-locale run: every word of the app replaced by a longer, accented stand-in. Any text on
 * a screen that is not a stand-in was written into a component instead of the translation files
 * (or comes from data that is never translated: help lines' own names and numbers).
 */
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { preloadScreens } from '../../src/app/routes';
import { openDatabase } from '../../src/db/connection';
import { HELP_LINES } from '../../src/domain/helpLines';
import { i18next } from '../../src/i18n';
import { resources } from '../../src/i18n/resources';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../src/i18n/languages';
import { currentPath } from '../../src/ui/router';

const PSEUDO = 'en-XA';
const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'ē',
  i: 'ï',
  o: 'ø',
  u: 'ü',
  y: 'ý',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  z: 'ž',
  A: 'Å',
  E: 'Ē',
  I: 'Ï',
  O: 'Ø',
  U: 'Ü',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Z: 'Ž',
};
/** Marks every stand-in, so a test can tell one from text written into a component. */
const MARK = '\u2060';

/** "Help now" → "⁠Ĥēļp ñøw ~~~": accented, a third longer, placeholders and nesting kept. */
function pseudo(text: string): string {
  const parts = text.split(/({{[^}]+}}|\$t\([^)]*\))/);
  const accented = parts
    .map((part, index) => (index % 2 ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENTS[c] ?? c)))
    .join('');
  return `${MARK}${accented}${' ~'.repeat(Math.ceil(text.length / 6))}`;
}

type Tree = { [key: string]: string | Tree };
const transform = (tree: Tree): Tree =>
  Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === 'string' ? pseudo(value) : transform(value),
    ]),
  );

/** Text that is data, never translated: languages' own names; help lines' names, numbers, sites. */
const DATA = new Set(
  LANGUAGES.map((language) => language.nativeName as string)
    .concat(
      ...HELP_LINES.map((line) => [
        line.name,
        line.phone ?? '',
        line.text?.number ?? '',
        new URL(line.source).hostname.replace(/^www\./, ''),
      ]),
    )
    .filter(Boolean),
);

/** Every piece of visible text on the page that is not a stand-in. */
function untranslated(container: HTMLElement): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    if (!/[a-zA-Z]{2,}/.test(text)) continue; // numbers, punctuation, a single letter
    if (node.parentElement?.closest('[lang="en-GB"], script, style, svg')) continue;
    if (text.includes(MARK) || DATA.has(text)) continue;
    // A stand-in with data in its placeholder, e.g. "⁠Çáļļ Samaritans": marked by its accents.
    if (/[áēïøüýçñšžÅĒÏØÜÇÑŠŽ]/.test(text)) continue;
    found.push(text);
  }
  return found;
}

/** Resolves once the page has stopped changing (its live queries have answered) for a while. */
function settled(container: HTMLElement, quietMs = 150): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, quietMs);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    observer.observe(container, { subtree: true, childList: true, characterData: true });
    function done() {
      observer.disconnect();
      resolve();
    }
  });
}

beforeEach(async () => {
  await openDatabase();
  i18next.addResourceBundle(
    PSEUDO,
    'translation',
    transform(resources[DEFAULT_LANGUAGE]!.translation as Tree),
    true,
    true,
  );
  await preloadScreens();
  await i18next.changeLanguage(PSEUDO);
});

afterEach(async () => {
  currentPath.set('/');
  await i18next.changeLanguage(DEFAULT_LANGUAGE);
});

const PATHS = [
  '/',
  '/about-me',
  '/strengths',
  '/hopes',
  '/goals',
  '/goals/progress',
  '/staying-well',
  '/crisis-plan',
  '/advance-statement',
  '/people',
  '/check-ins',
  '/share',
  '/print',
  '/backup',
  '/settings',
  '/help-now',
];

describe('a pseudo-locale run', () => {
  for (const path of PATHS) {
    it(`finds no words written into the components on ${path}`, async () => {
      currentPath.set(path);
      const { container } = render(<App />);
      await within(screen.getByRole('main')).findByRole('heading', { level: 1 });
      await act(() => settled(container));
      expect(untranslated(container)).toEqual([]);
    });
  }
});
