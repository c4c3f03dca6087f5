/**
 * Every locale must say everything the reference locale says: the same keys (with the plural
 * forms its own language needs, per Intl.PluralRules) and the same {{placeholders}}.
 */
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../src/i18n/languages';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Base keys with plural suffixes removed: `home.more_one` → `home.more`. */
function pluralBases(keys: Iterable<string>): Set<string> {
  return new Set([...keys].filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, '')));
}

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

const reference = flatten(resources[DEFAULT_LANGUAGE]!.translation as Tree);
const referencePlurals = pluralBases(reference.keys());

describe('translations', () => {
  it('declares a resource bundle for every language offered', () => {
    for (const { code } of LANGUAGES) expect(resources).toHaveProperty(code);
  });

  for (const { code } of LANGUAGES) {
    const strings = flatten(
      (resources as Record<string, { translation: Tree }>)[code]!.translation,
    );
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;

    it(`${code} has every key, with the plural forms ${categories.join('/')}`, () => {
      const missing: string[] = [];
      for (const key of reference.keys()) {
        if (PLURAL.test(key)) continue;
        if (!strings.has(key)) missing.push(key);
      }
      for (const base of referencePlurals) {
        for (const category of categories) {
          if (!strings.has(`${base}_${category}`)) missing.push(`${base}_${category}`);
        }
      }
      expect(missing).toEqual([]);
    });

    it(`${code} has no empty strings and keeps every placeholder`, () => {
      for (const [key, text] of strings) {
        expect(text.trim(), key).not.toBe('');
        const base = key.replace(PLURAL, '');
        const counterpart = reference.get(key) ?? reference.get(`${base}_other`);
        if (counterpart === undefined) continue;
        // A plural form like "one" may leave out {{count}}; every other placeholder must stay.
        const expected = placeholders(counterpart).filter(
          (p) => !PLURAL.test(key) || p !== 'count',
        );
        const actual = placeholders(text).filter((p) => !PLURAL.test(key) || p !== 'count');
        expect(actual, key).toEqual(expected);
      }
    });
  }

  it('avoids words the product asks us never to use', () => {
    const banned =
      /\b(patients?|compliance|non-compliant|suffering from|mentally ill|failed|relapse|overdue)\b/i;
    for (const { code } of LANGUAGES) {
      const strings = flatten(
        (resources as Record<string, { translation: Tree }>)[code]!.translation,
      );
      for (const [key, text] of strings) expect(text, key).not.toMatch(banned);
    }
  });
});
