/**
 * Where each language's words are, in parts: the shell's own (core.json's shell part, see
 * scripts/vite/localeParts.ts), the rest of core.json (`core`), and one file per area of the
 * app. Only the default language's shell words are in the shell's code; every other part is a
 * chunk of its own, fetched with the first screen that needs it and precached for offline use.
 */
import { DEFAULT_LANGUAGE, LANGUAGES } from './languages';

export type Words = Record<string, unknown>;

/** The parts a screen can need, besides the shell's words. */
export const AREAS = [
  'core',
  'goals',
  'people',
  'checkIns',
  'stayingWell',
  'crisis',
  'advance',
  'backup',
  'share',
  'viewer',
  'print',
  'sync',
] as const;
export type Area = (typeof AREAS)[number];

// The default language's files are known to the shell. Every other language's list of files is
// a chunk of its own (./otherLanguages.ts), fetched only when that language is chosen: someone
// reading in English downloads nothing of the others, not even their names.
const areaFiles = import.meta.glob<Words>(
  ['./locales/en-GB/*.json', '!./locales/en-GB/core.json'],
  { import: 'default' },
);
const coreRest = import.meta.glob<Words>('./locales/en-GB/core.json', {
  query: '?screens',
  import: 'default',
});
const defaultShell = import.meta.glob<Words>('./locales/en-GB/core.json', {
  query: '?shell',
  import: 'default',
  eager: true,
});

/** The default language's shell words: here at once, so the shell never waits for words. */
export const DEFAULT_SHELL_WORDS: Words = defaultShell[`./locales/${DEFAULT_LANGUAGE}/core.json`]!;

/** How to fetch one part of one language, or undefined when that language has no such file. */
export function wordsLoader(
  language: string,
  part: Area | 'shell',
): (() => Promise<Words>) | undefined {
  if (language === DEFAULT_LANGUAGE) {
    const core = `./locales/${language}/core.json`;
    // The shell's words are in the shell already.
    if (part === 'shell') return () => Promise.resolve(DEFAULT_SHELL_WORDS);
    if (part === 'core') return coreRest[core];
    return areaFiles[`./locales/${language}/${part}.json`];
  }
  if (!LANGUAGES.some((offered) => offered.code === language)) return undefined;
  return () => import('./otherLanguages').then(({ otherWords }) => otherWords(language, part));
}
