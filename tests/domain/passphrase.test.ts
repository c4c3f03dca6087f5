/**
 * Promise 23: passphrases that lock a link or a backup meet a strength floor, and a generated
 * one is offered that always clears it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimateBits,
  GENERATED_WORDS,
  generatePassphrase,
  isStrongEnough,
  PASSPHRASE_FLOOR_BITS,
  passphraseStrength,
} from '../../src/domain/passphrase';
import { PASSPHRASE_WORDS } from '../../src/domain/passphraseWords';

describe('the strength estimate', () => {
  it('refuses what people reach for first, however it is dressed up', () => {
    for (const weak of [
      'ok',
      'Jo',
      'password',
      'Password1!',
      'p4ssw0rd',
      'P@ssw0rd2024',
      'qwerty123',
      'zxcvbnm',
      'asdfghjkl123',
      'iloveyou',
      'letmein!',
      'sunshine123',
      'aaaaaaaaaaaaaaaaaaaaaa',
      'abcdefghijklmnop',
      '1234567890123',
      'blue blue blue blue blue',
      'xkcdxkcdxkcd',
      'Jo1990',
      'Biscuit2019!',
      'Tr0ub4dor&3',
      'hello world',
      'my dog biscuit',
      'kite over the sea',
    ]) {
      expect(isStrongEnough(weak), `${weak}: ${estimateBits(weak)} bits`).toBe(false);
    }
  });

  it('accepts long passphrases of several words, and long random passwords', () => {
    for (const strong of [
      'correct horse battery staple',
      'correcthorsebatterystaple',
      'walking biscuit by the canal every morning',
      'meadow pebble violin harbour lantern',
      'x7#Lp9!vR2mQ$4tz',
      'añejo café crème brûlée',
    ]) {
      expect(isStrongEnough(strong), `${strong}: ${estimateBits(strong)} bits`).toBe(true);
    }
  });

  it('puts strength into words in steps, with the floor between "nearly" and "strong"', () => {
    expect(passphraseStrength('')).toBe('empty');
    expect(passphraseStrength('   ')).toBe('empty');
    expect(passphraseStrength('ok')).toBe('weak');
    expect(passphraseStrength('kite over the sea')).toBe('nearly');
    expect(passphraseStrength('correct horse battery staple')).toBe('strong');
    expect(passphraseStrength('walking biscuit by the canal every morning')).toBe('veryStrong');
    expect(PASSPHRASE_FLOOR_BITS).toBe(50);
  });

  it('never counts more for a passphrase repeated, or for spaces around it', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20 }).filter((piece) => piece.trim() === piece),
        fc.integer({ min: 2, max: 5 }),
        (piece, times) => {
          expect(estimateBits(piece.repeat(times))).toBeLessThanOrEqual(
            estimateBits(piece) + Math.log2(times) + 0.1,
          );
          expect(estimateBits(`  ${piece}  `)).toBe(estimateBits(piece));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws, and gives a finite, non-negative number for anything typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => {
        const bits = estimateBits(text);
        expect(Number.isFinite(bits)).toBe(true);
        expect(bits).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the generated passphrase', () => {
  it('draws from at least 2,048 different plain words', () => {
    expect(new Set(PASSPHRASE_WORDS).size).toBe(PASSPHRASE_WORDS.length);
    expect(PASSPHRASE_WORDS.length).toBeGreaterThanOrEqual(2048);
    for (const word of PASSPHRASE_WORDS) expect(word).toMatch(/^[a-z]{3,8}$/);
    // Five words from the list: at least 55 bits, whichever the words.
    expect(GENERATED_WORDS * Math.log2(PASSPHRASE_WORDS.length)).toBeGreaterThanOrEqual(55);
  });

  it('always clears the floor, even made of the shortest words', () => {
    const shortest = Math.min(...PASSPHRASE_WORDS.map((word) => estimateBits(word)));
    // Five different words and four spaces: the least the estimate can give a generated one.
    expect(GENERATED_WORDS * shortest + (GENERATED_WORDS - 1)).toBeGreaterThanOrEqual(
      PASSPHRASE_FLOOR_BITS,
    );
  });

  it('is five words from the list, drawn fresh each time, and clears the floor', async () => {
    const made = await Promise.all(Array.from({ length: 500 }, () => generatePassphrase()));
    const list = new Set(PASSPHRASE_WORDS);
    for (const passphrase of made) {
      const words = passphrase.split(' ');
      expect(words).toHaveLength(GENERATED_WORDS);
      for (const word of words) expect(list.has(word)).toBe(true);
      if (new Set(words).size === words.length) expect(isStrongEnough(passphrase)).toBe(true);
    }
    expect(new Set(made).size).toBe(made.length);
  });

  it('draws every word with the same chance: values that would favour the first words are redrawn', async () => {
    const n = PASSPHRASE_WORDS.length;
    const ceiling = 2 ** 32 - (2 ** 32 % n);
    // Values at or over the ceiling would make the first words likelier; they are drawn again.
    const values = [ceiling, 0, ceiling + 1, 1, 2, n - 1, n + 3];
    const random = (buffer: Uint32Array) => {
      buffer[0] = values.shift()!;
      return buffer;
    };
    expect(await generatePassphrase(random)).toBe(
      [0, 1, 2, n - 1, 3].map((i) => PASSPHRASE_WORDS[i]).join(' '),
    );
  });
});
