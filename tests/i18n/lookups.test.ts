/**
 * Looking up a word is done hundreds of times as a long screen renders: i18next is told the keys
 * are dotted paths in one namespace, and the language's canonical code is worked out once per
 * code, not once per word (#15). The words must still be found, in every language.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18next, initI18n } from '../../src/i18n';
import { LANGUAGES } from '../../src/i18n/languages';
import english from '../../src/i18n/locales/en-GB/core.json';
import welsh from '../../src/i18n/locales/cy/core.json';

afterEach(async () => {
  vi.restoreAllMocks();
  await i18next.changeLanguage('en-GB');
});

describe('looking up words', () => {
  it('finds each language’s own words, working out its code once, not once per word', async () => {
    await initI18n('en-GB', ['core']);
    const canonical = vi.spyOn(Intl, 'getCanonicalLocales');
    for (let i = 0; i < 200; i++) {
      expect(i18next.t('helpNow.screenTitle')).toBe(english.helpNow.screenTitle);
    }
    await initI18n('cy', ['core']);
    for (let i = 0; i < 200; i++) {
      expect(i18next.t('helpNow.screenTitle')).toBe(welsh.helpNow.screenTitle);
    }
    expect(canonical.mock.calls.length).toBeLessThan(10);
  });

  it('falls back to English for a word a language does not have yet', async () => {
    for (const { code } of LANGUAGES) {
      await initI18n(code, ['core']);
      expect(i18next.t('helpNow.callEmergency')).not.toBe('helpNow.callEmergency');
    }
    expect(i18next.t('no.such.word')).toBe('no.such.word');
  });
});
