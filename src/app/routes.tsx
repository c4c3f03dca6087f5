import { lazy, type ComponentType } from 'react';

/**
 * Each screen is its own chunk, fetched when first visited (and precached for offline use), so
 * the app's shell paints before any screen's code or the database code has loaded.
 */
const HomeScreen = lazy(() =>
  import('../features/home/HomeScreen').then((m) => ({ default: m.HomeScreen })),
);
const AboutMeScreen = lazy(() =>
  import('../features/about-me/AboutMeScreen').then((m) => ({ default: m.AboutMeScreen })),
);
const StrengthsScreen = lazy(() =>
  import('../features/strengths/StrengthsScreen').then((m) => ({ default: m.StrengthsScreen })),
);
const HopesScreen = lazy(() =>
  import('../features/hopes/HopesScreen').then((m) => ({ default: m.HopesScreen })),
);
const SettingsScreen = lazy(() =>
  import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);

export interface Route {
  path: string;
  /** Translation key of the navigation label. */
  navKey: string;
  Screen: ComponentType;
}

export const ROUTES: readonly Route[] = [
  { path: '/', navKey: 'nav.home', Screen: HomeScreen },
  { path: '/about-me', navKey: 'nav.aboutMe', Screen: AboutMeScreen },
  { path: '/strengths', navKey: 'nav.strengths', Screen: StrengthsScreen },
  { path: '/hopes', navKey: 'nav.hopes', Screen: HopesScreen },
  { path: '/settings', navKey: 'nav.settings', Screen: SettingsScreen },
];

export function findRoute(path: string): Route | undefined {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return ROUTES.find((route) => route.path === normalised);
}
