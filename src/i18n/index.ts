import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enAdvance from './locales/en-GB/advance.json';
import enBackup from './locales/en-GB/backup.json';
import enCheckIns from './locales/en-GB/checkIns.json';
import enCore from './locales/en-GB/core.json';
import enCrisis from './locales/en-GB/crisis.json';
import enGoals from './locales/en-GB/goals.json';
import enPeople from './locales/en-GB/people.json';
import enPrint from './locales/en-GB/print.json';
import enShare from './locales/en-GB/share.json';
import enStayingWell from './locales/en-GB/stayingWell.json';
import enViewer from './locales/en-GB/viewer.json';
import { DEFAULT_LANGUAGE, directionOf, type LanguageCode } from './languages';

/**
 * One file per area of the app, merged into one namespace: each file owns its own top-level keys
 * (`goals`, `people`, `checkIns`…), so areas can be written and translated separately.
 */
export const resources = {
  'en-GB': {
    translation: {
      ...enCore,
      ...enGoals,
      ...enPeople,
      ...enCheckIns,
      ...enStayingWell,
      ...enCrisis,
      ...enAdvance,
      ...enBackup,
      ...enShare,
      ...enViewer,
      ...enPrint,
    },
  },
} as const;

/** Keeps <html lang dir> in step with the language, so screen readers and layout follow it. */
function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export async function initI18n(language: LanguageCode = DEFAULT_LANGUAGE): Promise<typeof i18next> {
  if (i18next.isInitialized) {
    await i18next.changeLanguage(language);
    return i18next;
  }
  i18next.on('languageChanged', applyToDocument);
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    react: { useSuspense: false },
    showSupportNotice: false,
  });
  applyToDocument(i18next.language);
  return i18next;
}

export { i18next };
