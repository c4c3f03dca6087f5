/**
 * Where each language's words are, in parts: the shell's own (core.json's shell part, see
 * scripts/vite/localeParts.ts), the rest of core.json (`core`), and one file per area of the
 * app. Only the default language's shell words are in the shell's code; every other part is a
 * chunk of its own, fetched with the first screen that needs it and precached for offline use.
 */
import { DEFAULT_LANGUAGE } from './languages';

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

const areaFiles = import.meta.glob<Words>(['./locales/*/*.json', '!./locales/*/core.json'], {
  import: 'default',
});
const coreRest = import.meta.glob<Words>('./locales/*/core.json', {
  query: '?screens',
  import: 'default',
});
const shellFiles = import.meta.glob<Words>('./locales/*/core.json', {
  query: '?shell',
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
  const core = `./locales/${language}/core.json`;
  if (part === 'shell') return shellFiles[core];
  if (part === 'core') return coreRest[core];
  return areaFiles[`./locales/${language}/${part}.json`];
}
