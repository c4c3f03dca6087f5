/**
 * Languages Waymark can show, which way each is written, and whether a fluent speaker has checked
 * the words yet. A translation is a draft until someone fluent has reviewed it: the app says so
 * (src/i18n/DraftNotice.tsx) and shows the checked English beside help lines and the law.
 * docs/translations.md records who reviewed what, and when.
 */
export const LANGUAGES = [
  { code: 'en-GB', dir: 'ltr', nativeName: 'English (UK)', review: 'source' },
  { code: 'cy', dir: 'ltr', nativeName: 'Cymraeg', review: 'draft' },
  { code: 'pl', dir: 'ltr', nativeName: 'Polski', review: 'draft' },
  { code: 'ro', dir: 'ltr', nativeName: 'Română', review: 'draft' },
  { code: 'ur', dir: 'rtl', nativeName: 'اردو', review: 'draft' },
  { code: 'pa', dir: 'ltr', nativeName: 'ਪੰਜਾਬੀ', review: 'draft' },
] as const satisfies readonly {
  code: string;
  dir: 'ltr' | 'rtl';
  nativeName: string;
  /** 'source': the words are written in it; 'draft': translated, not yet checked by a fluent speaker. */
  review: 'source' | 'draft' | 'reviewed';
}[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const DEFAULT_LANGUAGE: LanguageCode = 'en-GB';

export function directionOf(code: string): 'ltr' | 'rtl' {
  const known = LANGUAGES.find((language) => language.code === code);
  if (known) return known.dir;
  // A stray code that is not offered still gets the right direction.
  return ['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi'].includes(code.split('-')[0] ?? '')
    ? 'rtl'
    : 'ltr';
}

/** True while a fluent speaker has not yet checked this language's words. */
export function isDraft(code: string): boolean {
  return LANGUAGES.find((language) => language.code === code)?.review === 'draft';
}

export function bestLanguage(preferred: readonly string[]): LanguageCode {
  for (const wanted of preferred) {
    const exact = LANGUAGES.find((language) => language.code === wanted);
    if (exact) return exact.code;
    const base = wanted.split('-')[0];
    const sameBase = LANGUAGES.find((language) => language.code.split('-')[0] === base);
    if (sameBase) return sameBase.code;
  }
  return DEFAULT_LANGUAGE;
}
