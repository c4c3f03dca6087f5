/**
 * Contact details as safe links. No schema here: the app's shell uses these on its own.
 *
 * A call button must dial exactly the number shown beside it. People write numbers the way they
 * see them written — `+44 (0)7700 900123`, `0161 496 0000 ext 12`, `00 353 1 234 5678` — so one
 * normaliser turns what was typed into what a phone dials, and says kindly why when it cannot
 * (letters, a stray symbol, too few or too many digits) rather than dialling something else.
 * Every call and text link in the app goes through it.
 */

/** Why a number cannot be dialled, for a kind message beside the field. */
export type DialProblem = 'empty' | 'letters' | 'symbols' | 'tooShort' | 'tooLong';

export type DialPlan =
  | {
      ok: true;
      /** What the phone dials: digits, with a leading + for an international number. */
      dial: string;
      /** The same number grouped for reading, e.g. `+44 7700 900123`. */
      display: string;
      /** An extension to ask for once through; it is never dialled. */
      extension?: string;
    }
  | { ok: false; reason: DialProblem };

/** The longest number the phone system allows (ITU E.164), country code included. */
const MAX_DIGITS = 15;
/** The shortest numbers in use are three digits: 999, 112, 111, 101. */
const MIN_DIGITS = 3;
/** The shortest whole number abroad, country code included (some small nations have 7). */
const MIN_INTERNATIONAL = 7;
/** UK numbers written with their leading 0: 0800 1111 (8 digits) to 07700 900123 (11). */
const UK_NATIONAL = { min: 8, max: 11 };
/** Emergency numbers: the UK's 999, 112 across Europe, 911 and 000 for travellers. */
const EMERGENCY = new Set(['999', '112', '911', '000']);
/** Relay UK prefixes, for people who call by text: `18001 0161 496 0000`, `18000` for 999. */
const RELAY_PREFIXES = new Set(['18000', '18001', '18002']);

/**
 * An extension at the end: `ext 12`, `ext. 12`, `extn 12`, `extension 12`, `x12`, `#12`, with an
 * optional colon and optionally in brackets.
 */
const EXTENSION = /\(?\s*(?:extension|extn|ext|x|#)\s*[.:]?\s*(\d{1,8})\s*\)?$/iu;
/** "(0)" after a country code: the trunk 0 dialled at home and dropped from abroad. */
const TRUNK_ZERO = /\(\s*0\s*\)/gu;
/** What people put between digits: spaces, dots, brackets and dashes of every kind. */
const SEPARATORS = /[\s.()\p{Pd}]+/u;
const TRUNK_MARK = '~';

export function dialPlan(phone: string): DialPlan {
  const text = phone.normalize('NFKC').trim();
  if (!text) return { ok: false, reason: 'empty' };

  const extensionMatch = EXTENSION.exec(text);
  const extension = extensionMatch?.[1];
  const number = extensionMatch ? text.slice(0, extensionMatch.index).trim() : text;

  if (/\p{L}/u.test(number)) return { ok: false, reason: 'letters' };
  const plus = number.startsWith('+');
  const body = (plus ? number.slice(1) : number).replace(TRUNK_ZERO, ` ${TRUNK_MARK} `);
  const groups = body.split(SEPARATORS).filter(Boolean);
  if (groups.some((group) => group !== TRUNK_MARK && !/^\d+$/.test(group))) {
    return { ok: false, reason: 'symbols' };
  }

  const plan = plus ? international(groups) : fromNational(groups);
  if (!plan.ok || extension === undefined) return plan;
  return { ...plan, extension };
}

/** A number written without +: international after a 00, a relay call, or one to dial as is. */
function fromNational(groups: string[]): DialPlan {
  const digits = groups.join('').replaceAll(TRUNK_MARK, '');
  if (/^00[1-9]/.test(digits)) return international(withoutPrefix(groups));
  const [first = '', ...rest] = groups;
  if (RELAY_PREFIXES.has(first) && rest.length > 0) {
    const called = national(rest);
    if (!called.ok) return called;
    return { ok: true, dial: `${first}${called.dial}`, display: `${first} ${called.display}` };
  }
  return national(groups);
}

/** The groups after the 00 that starts an international number, written apart or not. */
function withoutPrefix(groups: string[]): string[] {
  let left = 2;
  const out: string[] = [];
  for (const group of groups) {
    if (left === 0 || group === TRUNK_MARK) {
      out.push(group);
      continue;
    }
    const cut = Math.min(left, group.length);
    left -= cut;
    if (group.length > cut) out.push(group.slice(cut));
  }
  return out;
}

/** A number dialled as written: a UK number with its leading 0, a short code, a local number. */
function national(groups: string[]): DialPlan {
  const digits = groups.map((group) => (group === TRUNK_MARK ? '0' : group)).join('');
  if (digits.length < MIN_DIGITS) return { ok: false, reason: 'tooShort' };
  if (EMERGENCY.has(digits)) return { ok: true, dial: digits, display: digits };
  if (digits.startsWith('0')) {
    if (digits.length < UK_NATIONAL.min) return { ok: false, reason: 'tooShort' };
    if (digits.length > UK_NATIONAL.max) return { ok: false, reason: 'tooLong' };
    return { ok: true, dial: digits, display: ukGrouping(digits) ?? looseGrouping(groups) };
  }
  if (digits.length > MAX_DIGITS) return { ok: false, reason: 'tooLong' };
  return { ok: true, dial: digits, display: shortCodeGrouping(digits) ?? ownGrouping(groups) };
}

/** A number after + (or 00): a country code, then the number there, with any "(0)" dropped. */
function international(groups: string[]): DialPlan {
  const kept = groups.filter((group) => group !== TRUNK_MARK);
  const digits = kept.join('');
  if (digits.startsWith('44')) {
    // A UK number from abroad: its trunk 0 is never dialled, bracketed or not.
    const uk = digits.slice(2).replace(/^0/, '');
    if (uk.length < UK_NATIONAL.min - 1) return { ok: false, reason: 'tooShort' };
    if (uk.length > UK_NATIONAL.max - 1) return { ok: false, reason: 'tooLong' };
    const grouped = ukGrouping(`0${uk}`);
    return {
      ok: true,
      dial: `+44${uk}`,
      display: `+44 ${grouped ? grouped.slice(1) : split(uk, 3)}`,
    };
  }
  if (digits.length < MIN_INTERNATIONAL) return { ok: false, reason: 'tooShort' };
  if (digits.length > MAX_DIGITS) return { ok: false, reason: 'tooLong' };
  return { ok: true, dial: `+${digits}`, display: `+${ownGrouping(kept)}` };
}

/** The person's own grouping, with every separator shown as one space. */
function ownGrouping(groups: string[]): string {
  return groups.filter((group) => group !== TRUNK_MARK).join(' ');
}

function split(digits: string, ...sizes: number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) parts.push(digits.slice(at));
  return parts.filter(Boolean).join(' ');
}

/**
 * A UK number grouped as Ofcom writes it, where there is one way: 11 digits, or a 10-digit
 * number with a 5-digit area code. Otherwise undefined (0800 83 85 87 is written many ways).
 */
function ukGrouping(digits: string): string | undefined {
  if (digits.length === 11) {
    if (/^0(2|5[56])/.test(digits)) return split(digits, 3, 4); // 020 7946 0000
    if (/^01(1\d|\d1)/.test(digits)) return split(digits, 4, 3); // 0161 496 0000
    if (/^0[17]/.test(digits)) return split(digits, 5); // 07700 900123, 01632 960123
    if (/^0[389]/.test(digits)) return split(digits, 4, 3); // 0800 123 4567
    return undefined;
  }
  if (digits.length === 10 && digits.startsWith('01')) return split(digits, 5); // 01632 96012
  return undefined;
}

/** The person's own grouping, or, when they wrote the digits together, the code apart. */
function looseGrouping(groups: string[]): string {
  const kept = groups.map((group) => (group === TRUNK_MARK ? '0' : group));
  return kept.length > 1 ? kept.join(' ') : split(kept.join(''), 4);
}

/** Short codes as they are written: 116 123, 116 117; 999 and 111 need no grouping. */
function shortCodeGrouping(digits: string): string | undefined {
  if (digits.length <= 5) return digits;
  if (/^116\d{3}$/.test(digits)) return split(digits, 3);
  return undefined;
}

/** A phone number as a `tel:` link, or null when it cannot be dialled as written. */
export function telHref(phone: string): string | null {
  const plan = dialPlan(phone);
  return plan.ok ? `tel:${plan.dial}` : null;
}

/** A phone number as an `sms:` link, dialled the same way as its call button. */
export function smsHref(phone: string): string | null {
  const plan = dialPlan(phone);
  return plan.ok ? `sms:${plan.dial}` : null;
}

/** An email address as a `mailto:` link, or null when it does not look like one. */
export function mailtoHref(email: string): string | null {
  const trimmed = email.trim();
  return /^[^\s@/?#:()<>,;]+@[^\s@/?#:()<>,;]+\.[^\s@/?#:()<>,;]+$/.test(trimmed)
    ? `mailto:${trimmed}`
    : null;
}
