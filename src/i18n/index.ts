import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { AREAS, DEFAULT_SHELL_WORDS, wordsLoader, type Area } from './bundles';
import { DEFAULT_LANGUAGE, directionOf, type LanguageCode } from './languages';
import { startEachInItsOwnTask } from '../lib/yieldToBrowser';

export { AREAS, type Area } from './bundles';

/**
 * One namespace, filled in parts: each translation file owns its own top-level keys (`goals`,
 * `people`, `checkIns`…), so a part added later never changes a key. The shell starts with its
 * own words only; a screen's code arrives together with its area's words (loadAreas, called by
 * src/app/routes.tsx), in the current language and the default one to fall back on.
 */
const loading = new Map<string, Promise<void>>();
/** Words can be fetched before i18next has started (with a screen's code), not added. */
let started: () => void;
const initialised = new Promise<void>((resolve) => (started = resolve));
/** Every part asked for so far: a change of language fetches them in the new language too. */
const wanted = new Set<Area | 'shell'>(['shell']);

function loadPart(language: string, part: Area | 'shell'): Promise<void> {
  const key = `${language}/${part}`;
  const known = loading.get(key);
  if (known) return known;
  const load = wordsLoader(language, part);
  // A language without this file falls back to the default language's words.
  if (!load) return Promise.resolve();
  const loaded = Promise.all([load(), initialised]).then(
    ([words]) => {
      i18next.addResourceBundle(language, 'translation', words, true, true);
    },
    (error: unknown) => {
      loading.delete(key); // e.g. offline before the app was cached: asking again tries again
      throw error;
    },
  );
  loading.set(key, loaded);
  return loaded;
}

async function loadParts(parts: readonly (Area | 'shell')[]): Promise<void> {
  const languages = [...new Set([i18next.language || DEFAULT_LANGUAGE, DEFAULT_LANGUAGE])];
  // One part per task, so a screen with several areas never holds a slow phone (#15). Each
  // part's failure is kept, and the first one thrown once all have been asked for.
  const outcomes = await startEachInItsOwnTask(
    languages.flatMap((language) =>
      parts.map(
        (part) => () =>
          loadPart(language, part).then(
            () => undefined,
            (error: unknown) => ({ failed: error }),
          ),
      ),
    ),
  );
  const failure = (await Promise.all(outcomes)).find((outcome) => outcome !== undefined);
  if (failure) throw failure.failed;
}

/** Fetches the words of these areas (once each), resolving when i18next has them. */
export function loadAreas(areas: readonly Area[]): Promise<void> {
  for (const area of areas) wanted.add(area);
  return loadParts(areas);
}

/** Keeps <html lang dir> in step with the language, so screen readers and layout follow it. */
function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

/**
 * i18next works out the language's canonical code (Intl.getCanonicalLocales) afresh on every
 * look-up of every word: the same two or three codes, hundreds of times while a long screen such
 * as Help now renders on a slow phone (#15). A code's canonical form never changes, so each is
 * kept once found. (languageUtils is i18next's own, typed `any`; tests/i18n/lookups.test.ts checks
 * the words still resolve, in every language, through it.)
 */
function rememberLanguageCodes(): void {
  const utils = i18next.services.languageUtils as
    { formatLanguageCode?: (code: string) => string } | undefined;
  const format = utils?.formatLanguageCode?.bind(utils);
  if (!utils || !format) return;
  const known = new Map<string, string>();
  utils.formatLanguageCode = (code) => {
    let formatted = known.get(code);
    if (formatted === undefined) {
      formatted = format(code);
      known.set(code, formatted);
    }
    return formatted;
  };
}

/**
 * Starts i18next with the shell's words, and resolves once the words of `areas` are here too:
 * every area unless told otherwise (the app itself asks for none, and each screen for its own).
 */
export async function initI18n(
  language: LanguageCode = DEFAULT_LANGUAGE,
  areas: readonly Area[] = AREAS,
): Promise<typeof i18next> {
  if (i18next.isInitialized) {
    await i18next.changeLanguage(language);
  } else {
    i18next.on('languageChanged', (next) => {
      applyToDocument(next);
      // Until the parts asked for so far arrive in the new language, its screens use the
      // default language's words; then they are drawn again (react-i18next redraws on a change
      // of language, not on every part added, which would redraw every screen once per part).
      const missing = [...wanted].filter(
        (part) => !loading.has(`${next}/${part}`) && wordsLoader(next, part),
      );
      if (!missing.length) return;
      loadParts(missing).then(
        () => i18next.language === next && void i18next.changeLanguage(next),
        (error: unknown) => console.error(error),
      );
    });
    await i18next.use(initReactI18next).init({
      resources: { [DEFAULT_LANGUAGE]: { translation: DEFAULT_SHELL_WORDS } },
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      interpolation: {
        escapeValue: false, // React escapes already
        // In a right-to-left language every value put into a sentence — a name, a number, a date
        // — is set apart with Unicode's first-strong isolates: a phone number keeps its groups in
        // order ("07700 900123", never "900123 07700") and an English name its own direction.
        alwaysFormat: true,
        format: (value: unknown, _format?: string, language?: string): string =>
          (typeof value === 'string' || typeof value === 'number') &&
          directionOf(language ?? '') === 'rtl'
            ? `\u2068${value}\u2069`
            : // Anything else (a missing value among them) goes on as it came, for i18next to handle.
              (value as string),
      },
      returnNull: false,
      // One namespace, keys always dotted paths: said outright, i18next need not test every key
      // to guess whether it is a sentence or a path (a regular expression per look-up).
      keySeparator: '.',
      nsSeparator: false,
      react: { useSuspense: false },
      showSupportNotice: false,
    });
    rememberLanguageCodes();
    applyToDocument(i18next.language);
  }
  started();
  await Promise.all([loadParts(['shell']), loadAreas(areas)]);
  return i18next;
}

export { i18next };
