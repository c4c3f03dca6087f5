/**
 * The first-visit pages (./script.ts), rendered by the build (scripts/vite/firstVisitPages.ts)
 * with the app's own screens and words, for a device where nothing has been written: what the
 * app itself shows there, so the page and the app can change places without anything moving.
 * Never part of the app's bundle.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { defaultSettings } from '../../domain/settings';
import {
  CrisisPlanFrame,
  CrisisPlanReadView,
  emptyReadView,
} from '../../features/crisis-plan/CrisisPlanScreen';
import { HomeView, type HomePlan } from '../../features/home/HomeScreen';
import { DEFAULT_LANGUAGE } from '../../i18n/languages';
import { currentPath } from '../../ui/router';
import { FIRST_VISIT_SCREENS, type FirstVisitScreen } from './script';

const files = import.meta.glob<Record<string, unknown>>('../../i18n/locales/en-GB/*.json', {
  eager: true,
  import: 'default',
});

/** Home's plan on a device where nothing has been written. */
export function emptyHomePlan(): HomePlan {
  return {
    aboutMe: undefined,
    strengths: [],
    hopes: [],
    settings: defaultSettings(),
    goals: [],
    steps: [],
    reviews: [],
    people: [],
  };
}

const SCREENS: Record<FirstVisitScreen, () => ReactNode> = {
  home: () => <HomeView plan={emptyHomePlan()} now={new Date()} />,
  'crisis-plan': () => (
    <CrisisPlanFrame reading>
      <CrisisPlanReadView view={emptyReadView()} />
    </CrisisPlanFrame>
  ),
};

/** Each first-visit screen's HTML: what the app puts in <main> there. */
export async function renderFirstVisitPages(): Promise<Record<FirstVisitScreen, string>> {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    resources: { [DEFAULT_LANGUAGE]: { translation: Object.assign({}, ...Object.values(files)) } },
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
    showSupportNotice: false,
  });
  const pages = {} as Record<FirstVisitScreen, string>;
  for (const [path, screen] of Object.entries(FIRST_VISIT_SCREENS)) {
    currentPath.set(path);
    pages[screen] = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>{SCREENS[screen]()}</I18nextProvider>,
    );
  }
  currentPath.set('/');
  return pages;
}
