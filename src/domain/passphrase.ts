/**
 * How hard a passphrase would be to guess, and a generated one to offer.
 *
 * A locked link or backup file can be attacked offline: whoever holds it can try passphrases as
 * fast as their hardware allows, with no lock-out. PBKDF2 at 600,000 iterations slows each try,
 * but only a passphrase with enough unpredictability keeps the plan private — "ok" falls in under
 * a minute. Waymark asks for about 50 bits (PASSPHRASE_FLOOR_BITS) when a passphrase locks
 * something, and offers a generated one that clears it with room to spare.
 *
 * The estimate (no dependency, no word list) counts the guesses an attacker who knows how people
 * choose passphrases would need, piece by piece, and adds the pieces up in bits:
 *
 * 1. Common choices. The whole passphrase, with digits and symbols at either end taken off and
 *    look-alike characters read back as letters (p4ssw0rd → password), is checked against a short
 *    list of the most common passwords: a match counts 6 bits, plus what was taken off.
 * 2. A passphrase that is one piece repeated ("abcabc", "blue blue blue") counts as that piece
 *    plus the number of repeats.
 * 3. Otherwise it is split into runs: letters (with look-alike characters between letters read as
 *    letters, +1 bit each), digits, symbols, and separators (space, hyphen, underscore, full stop,
 *    comma).
 *    - Letters that look like words (at least one vowel in five, or any non-Latin letter) are
 *      counted as words from a vocabulary, not as random letters: about one word per six letters,
 *      6 bits per word plus 1.5 bits per letter (a 4-letter word ≈ 12 bits, a 7-letter one ≈ 16:
 *      roughly the size of everyday English vocabulary at those lengths). Capitals add 1 bit when
 *      only the first letter or every letter is one, else 1 bit per capital.
 *    - Letters that do not look like words count as random: log2(26) ≈ 4.7 bits each, 5.7 with
 *      mixed case. Runs of one or two letters are always counted this way.
 *    - A run of one character repeated, or a sequence (abc, 4321, a keyboard row such as qwerty),
 *      counts only its first character, its direction and its length.
 *    - Digits count log2(10) ≈ 3.3 bits each, but a year (1900–2099) counts 7 bits.
 *    - Symbols count log2(33) ≈ 5 bits each; a separator counts 1 bit (which one was used).
 *
 * Where it errs, it errs low: a random string of letters that happens to hold vowels is counted as
 * words, and a run of one word in six letters undercounts long words. It cannot know a phrase
 * that is famous, a line of a song, or the person's own name and dog, so it will overrate those;
 * the hint says so, and the generated passphrase avoids the problem. The floor is the same for
 * everyone, and the words the person sees say "harder to guess", never "safe".
 */

/** About 50 bits: at a billion guesses a second against PBKDF2 at 600,000 iterations, decades. */
export const PASSPHRASE_FLOOR_BITS = 50;
/** The words in a generated passphrase: 5 from a list of at least 2,048 give at least 55 bits. */
export const GENERATED_WORDS = 5;

export type PassphraseStrength = 'empty' | 'weak' | 'nearly' | 'strong' | 'veryStrong';

const LOG2 = (n: number) => Math.log2(n);
const LETTER_BITS = LOG2(26);
const MIXED_LETTER_BITS = LOG2(52);
const DIGIT_BITS = LOG2(10);
const SYMBOL_BITS = LOG2(33);
const COMMON_BITS = 6;

/**
 * The most common passwords and words people reach for first (lower case, letters only): a short
 * list, because a long one would be a download; the patterns below catch most of the rest.
 */
const COMMON = new Set([
  'password',
  'passphrase',
  'passwort',
  'qwerty',
  'letmein',
  'iloveyou',
  'welcome',
  'monkey',
  'dragon',
  'football',
  'baseball',
  'sunshine',
  'princess',
  'shadow',
  'master',
  'hello',
  'freedom',
  'whatever',
  'trustno',
  'admin',
  'login',
  'secret',
  'changeme',
  'default',
  'guest',
  'abc',
  'test',
  'love',
  'lovely',
  'flower',
  'summer',
  'winter',
  'soccer',
  'hockey',
  'batman',
  'superman',
  'starwars',
  'pokemon',
  'charlie',
  'michael',
  'jennifer',
  'jordan',
  'ashley',
  'daniel',
  'thomas',
  'liverpool',
  'chelsea',
  'arsenal',
  'cheese',
  'chocolate',
  'computer',
  'internet',
  'mustang',
  'access',
  'killer',
  'ninja',
  'angel',
  'blessed',
  'family',
  'mother',
  'waymark',
  'recovery',
  'crisis',
  'myplan',
  'mypassword',
  'opensesame',
]);

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};

const SEQUENCES = [
  'abcdefghijklmnopqrstuvwxyz',
  '0123456789',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'qwertzuiop',
  'azertyuiop',
];

const isLetter = (c: string) => /\p{L}/u.test(c);
const isDigit = (c: string) => /[0-9]/.test(c);
const isSeparator = (c: string) => /[\s\-_.,]/u.test(c);

type Kind = 'letters' | 'digits' | 'symbols' | 'separator';
interface Run {
  kind: Kind;
  text: string;
  /** Characters read as letters that were typed as look-alikes. */
  substitutions: number;
}

function kindOf(c: string): Kind {
  if (isLetter(c)) return 'letters';
  if (isDigit(c)) return 'digits';
  if (isSeparator(c)) return 'separator';
  return 'symbols';
}

/** Splits into runs, reading a look-alike between two letters as the letter it stands for. */
function runsOf(chars: readonly string[]): Run[] {
  const runs: Run[] = [];
  chars.forEach((c, i) => {
    let kind = kindOf(c);
    let char = c;
    let substituted = 0;
    const leet = LEET[c];
    if (leet && kind !== 'letters') {
      const before = chars[i - 1];
      const after = chars[i + 1];
      if (before && after && isLetter(before) && (isLetter(after) || LEET[after])) {
        kind = 'letters';
        char = leet;
        substituted = 1;
      }
    }
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) {
      last.text += char;
      last.substitutions += substituted;
    } else {
      runs.push({ kind, text: char, substitutions: substituted });
    }
  });
  return runs;
}

/** A run of one character repeated, or a stretch of a known sequence either way round. */
function patternBits(text: string, bitsPerChar: number): number | null {
  const chars = Array.from(text.toLowerCase());
  if (chars.length < 3) return null;
  if (chars.every((c) => c === chars[0])) return bitsPerChar + LOG2(chars.length);
  const joined = chars.join('');
  const reversed = [...chars].reverse().join('');
  if (SEQUENCES.some((seq) => seq.includes(joined) || seq.includes(reversed))) {
    return bitsPerChar + 1 + LOG2(chars.length);
  }
  return null;
}

function caseBits(text: string): number {
  const letters = Array.from(text);
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  if (upper === 0) return 0;
  if (upper === letters.length) return 1;
  if (upper === 1 && letters[0] !== letters[0]!.toLowerCase()) return 1;
  return upper;
}

function looksLikeWords(lower: string): boolean {
  const letters = Array.from(lower);
  if (letters.some((c) => !/[a-z]/.test(c))) return true; // another script: assume words
  const vowels = letters.filter((c) => 'aeiouy'.includes(c)).length;
  return vowels / letters.length >= 0.2;
}

function letterBits(run: Run): number {
  const lower = run.text.toLowerCase();
  const length = Array.from(lower).length;
  let bits: number;
  if (COMMON.has(lower)) bits = COMMON_BITS + caseBits(run.text);
  else {
    const pattern = patternBits(lower, LETTER_BITS);
    if (pattern !== null) bits = pattern + caseBits(run.text);
    else if (length >= 3 && looksLikeWords(lower)) {
      const words = Math.max(1, Math.round(length / 6));
      bits = Math.min(length * LETTER_BITS, words * 6 + length * 1.5) + caseBits(run.text);
    } else {
      const mixed = caseBits(run.text) > 1;
      bits = length * (mixed ? MIXED_LETTER_BITS : LETTER_BITS);
    }
  }
  return bits + run.substitutions;
}

function digitBits(text: string): number {
  const pattern = patternBits(text, DIGIT_BITS);
  if (pattern !== null) return pattern;
  if (/^(19|20)\d\d$/.test(text)) return 7;
  return text.length * DIGIT_BITS;
}

function symbolBits(text: string): number {
  const chars = Array.from(text);
  if (chars.length > 1 && chars.every((c) => c === chars[0])) {
    return SYMBOL_BITS + LOG2(chars.length);
  }
  return chars.length * SYMBOL_BITS;
}

function runsBits(chars: readonly string[]): number {
  let total = 0;
  for (const run of runsOf(chars)) {
    if (run.kind === 'letters') total += letterBits(run);
    else if (run.kind === 'digits') total += digitBits(run.text);
    else if (run.kind === 'symbols') total += symbolBits(run.text);
    else total += 1;
  }
  return total;
}

/** The shortest piece the whole is made of, repeated, with how many times; or null. */
function repeatedPiece(chars: readonly string[]): [string[], number] | null {
  const n = chars.length;
  for (let size = 1; size <= n / 2; size++) {
    if (n % size !== 0) continue;
    const piece = chars.slice(0, size);
    let same = true;
    for (let i = size; i < n && same; i++) same = chars[i] === piece[i % size];
    if (same) return [piece, n / size];
  }
  // "blue blue blue": the same word with one separator between each.
  const words = chars.join('').split(/\s+/).filter(Boolean);
  if (words.length > 1 && words.every((word) => word === words[0])) {
    return [Array.from(words[0]!), words.length];
  }
  return null;
}

/** A common password with digits or symbols at either end ("Password1!"), or null. */
function commonCoreBits(chars: readonly string[]): number | null {
  let start = 0;
  let end = chars.length;
  while (start < end && !isLetter(chars[start]!)) start++;
  while (end > start && !isLetter(chars[end - 1]!)) end--;
  const core = chars
    .slice(start, end)
    .map((c) => LEET[c] ?? c)
    .join('')
    .toLowerCase()
    .replace(/[\s\-_.]/g, '');
  if (!COMMON.has(core)) return null;
  const substitutions = chars.slice(start, end).filter((c) => LEET[c]).length;
  return (
    COMMON_BITS +
    caseBits(chars.slice(start, end).join('')) +
    substitutions +
    (start > 0 ? runsBits(chars.slice(0, start)) : 0) +
    (end < chars.length ? runsBits(chars.slice(end)) : 0)
  );
}

/** The estimated unpredictability of a passphrase, in bits (see the method above). */
export function estimateBits(passphrase: string): number {
  const chars = Array.from(passphrase.normalize('NFC').trim());
  if (chars.length === 0) return 0;
  const common = commonCoreBits(chars);
  const repeated = repeatedPiece(chars);
  const candidates = [runsBits(chars)];
  if (common !== null) candidates.push(common);
  if (repeated) candidates.push(estimateBits(repeated[0].join('')) + LOG2(repeated[1]));
  return Math.round(Math.min(...candidates) * 10) / 10;
}

export function passphraseStrength(passphrase: string): PassphraseStrength {
  if (passphrase.trim() === '') return 'empty';
  const bits = estimateBits(passphrase);
  if (bits < 30) return 'weak';
  if (bits < PASSPHRASE_FLOOR_BITS) return 'nearly';
  if (bits < 70) return 'strong';
  return 'veryStrong';
}

/** Does this passphrase clear the floor for locking a link or a backup? */
export function isStrongEnough(passphrase: string): boolean {
  return estimateBits(passphrase) >= PASSPHRASE_FLOOR_BITS;
}

/** A uniformly random whole number below `limit`, without modulo bias. */
function randomBelow(limit: number, random: (buffer: Uint32Array) => Uint32Array): number {
  const range = 2 ** 32;
  const ceiling = range - (range % limit);
  const buffer = new Uint32Array(1);
  for (;;) {
    const value = random(buffer)[0]!;
    if (value < ceiling) return value % limit;
  }
}

/**
 * A passphrase of GENERATED_WORDS words, each drawn uniformly (crypto.getRandomValues) from the
 * word list, which is loaded only when one is asked for. Its true strength is
 * GENERATED_WORDS × log2(list length) bits whatever the estimate says.
 */
export async function generatePassphrase(
  random: (buffer: Uint32Array) => Uint32Array = (buffer) => crypto.getRandomValues(buffer),
): Promise<string> {
  const { PASSPHRASE_WORDS } = await import('./passphraseWords');
  return Array.from(
    { length: GENERATED_WORDS },
    () => PASSPHRASE_WORDS[randomBelow(PASSPHRASE_WORDS.length, random)]!,
  ).join(' ');
}
