/** Languages Waymark can show, and which way each is written. */
export const LANGUAGES = [{ code: 'en-GB', dir: 'ltr', nativeName: 'English (UK)' }] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const DEFAULT_LANGUAGE: LanguageCode = 'en-GB';

export function directionOf(code: string): 'ltr' | 'rtl' {
  const known = LANGUAGES.find((language) => language.code === code);
  if (known) return known.dir;
  // Languages added later declare their own direction above; this covers a stray code safely.
  return ['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi'].includes(code.split('-')[0] ?? '')
    ? 'rtl'
    : 'ltr';
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
