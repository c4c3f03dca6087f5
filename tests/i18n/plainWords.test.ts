/**
 * The words that explain the law stay short enough to follow when unwell (no sentence over 25
 * words), and no string puts "failing" or a parent's "well done" in front of the person.
 */
import { describe, expect, it } from 'vitest';
import { i18next } from '../../src/i18n';
import { resources } from '../../src/i18n/resources';
import { DEFAULT_LANGUAGE } from '../../src/i18n/languages';
import en from '../../src/i18n/locales/en-GB/advance.json';

type Tree = { [key: string]: string | Tree };

function keysUnder(tree: Tree | string, prefix: string): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => keysUnder(value, `${prefix}.${key}`));
}

/** Every key that explains the law, or what the law asks of the person and their witness. */
const advance = en.advance as unknown as Tree;
const signing = advance.signing as Tree;
const LEGAL_KEYS = [
  ...keysUnder(advance.rules!, 'advance.rules'),
  ...keysUnder(advance.sources!, 'advance.sources'),
  ...keysUnder(signing.problems!, 'advance.signing.problems'),
  'advance.intro',
  'advance.noLegalAdvice',
  'advance.capacity',
  'advance.signing.stepSignScotland',
  'advance.signing.stepSignOther',
  'advance.signing.witnessHintScotland',
  'advance.signing.witnessRoleHint',
  'advance.signing.witnessCertified',
  'advance.withdraw.scotland',
  'advance.read.certified',
];

/** Sentences end at . ! ? or : followed by a space (a list that follows starts afresh). */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?:])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

const wordCount = (sentence: string) => sentence.split(/\s+/).filter(Boolean).length;

describe('the words that explain the law', () => {
  it('covers every rule for every place, as the screen shows them', () => {
    for (const place of ['scotland', 'englandWales', 'northernIreland', 'elsewhere']) {
      expect(LEGAL_KEYS).toContain(`advance.rules.${place}.heading`);
    }
    expect(LEGAL_KEYS.length).toBeGreaterThan(50);
  });

  it('has no sentence over 25 words', () => {
    const tooLong: string[] = [];
    for (const key of LEGAL_KEYS) {
      // As shown: the day filled in, and the witness's note nested in its own words.
      const text = i18next.t(key, { date: '30 November 2026', number: 2 });
      expect(text, key).not.toBe(key);
      for (const sentence of sentencesOf(text)) {
        if (wordCount(sentence) > 25) tooLong.push(`${key}: ${sentence}`);
      }
    }
    expect(tooLong).toEqual([]);
  });

  it('counts sentences the way a reader meets them', () => {
    expect(sentencesOf('One two. Three: four five? Six!')).toEqual([
      'One two.',
      'Three:',
      'four five?',
      'Six!',
    ]);
    expect(wordCount('a  b c')).toBe(3);
  });
});

describe('words that sit beside the person', () => {
  it('never says "well done", "failing" or "take over"', () => {
    const all = JSON.stringify(resources[DEFAULT_LANGUAGE]!.translation);
    expect(all).not.toMatch(/well done|\bfail(ing|ure)\b|take over/i);
  });
});
