/**
 * Where every language but the default one keeps its words, in the same parts as the default's
 * (src/i18n/bundles.ts). This list is itself fetched only once another language is chosen.
 */
import type { Area, Words } from './bundles';

const areaFiles = import.meta.glob<Words>(
  ['./locales/*/*.json', '!./locales/*/core.json', '!./locales/en-GB/*.json'],
  { import: 'default' },
);
const coreRest = import.meta.glob<Words>(['./locales/*/core.json', '!./locales/en-GB/core.json'], {
  query: '?screens',
  import: 'default',
});
const shellFiles = import.meta.glob<Words>(
  ['./locales/*/core.json', '!./locales/en-GB/core.json'],
  { query: '?shell', import: 'default' },
);

/** One part of one language's words; none (the default language's stand in) if it lacks it. */
export function otherWords(language: string, part: Area | 'shell'): Promise<Words> {
  const core = `./locales/${language}/core.json`;
  const load =
    part === 'shell'
      ? shellFiles[core]
      : part === 'core'
        ? coreRest[core]
        : areaFiles[`./locales/${language}/${part}.json`];
  return load ? load() : Promise.resolve({});
}
