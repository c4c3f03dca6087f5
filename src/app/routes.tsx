import { lazy, type ComponentType } from 'react';
import { HelpNowScreen } from '../features/help-now/HelpNowScreen';

export type RouteParams = Record<string, string>;
type Screen = ComponentType<{ params: RouteParams }>;

/** How to fetch the code of each screen that has a chunk of its own. */
const fetchers = new Map<Screen, () => Promise<Screen>>();

/**
 * A screen in its own chunk (precached for offline use), fetched when first shown or earlier by
 * preloadScreen(s). A screen still being fetched suspends: the app shows "Loading…", and React
 * then holds the screen back until that has been up for 300 ms — so every first visit to a
 * screen took at least that long. One fetched already renders at once.
 */
function screen<M>(load: () => Promise<M>, pick: (module: M) => Screen): Screen {
  let loaded: Screen | undefined;
  let loading: Promise<Screen> | undefined;
  const fetchScreen = () =>
    (loading ??= load().then(
      (module) => (loaded = pick(module)),
      (error: unknown) => {
        loading = undefined; // e.g. offline before the app was cached: showing it tries again
        throw error;
      },
    ));
  const LazyScreen = lazy(() => {
    if (!loaded) return fetchScreen().then((Loaded) => ({ default: Loaded }));
    // A thenable that hands the screen over straight away (lazy takes any thenable): a promise,
    // even one already settled, would answer only later, and React would suspend meanwhile.
    const ready = { default: loaded };
    const now = { then: (resolve: (value: typeof ready) => void) => resolve(ready) };
    return now as unknown as Promise<typeof ready>;
  });
  fetchers.set(LazyScreen, fetchScreen);
  return LazyScreen;
}

/** Fetches the code of the screen at `path`, e.g. while the app is still starting. */
export function preloadScreen(path: string): Promise<unknown> {
  const match = findRoute(path);
  const fetchScreen = match && fetchers.get(match.route.Screen);
  return fetchScreen ? fetchScreen().catch(() => undefined) : Promise.resolve();
}

/** Fetches every screen's code in the background, so moving between screens never waits for it. */
export function preloadScreens(): Promise<unknown> {
  return Promise.allSettled([...fetchers.values()].map((fetchScreen) => fetchScreen()));
}

/* The shell paints before any screen's code, or the database code, has loaded. */
const HomeScreen = screen(
  () => import('../features/home/HomeScreen'),
  (m) => m.HomeScreen,
);
const AboutMeScreen = screen(
  () => import('../features/about-me/AboutMeScreen'),
  (m) => m.AboutMeScreen,
);
const StrengthsScreen = screen(
  () => import('../features/strengths/StrengthsScreen'),
  (m) => m.StrengthsScreen,
);
const HopesScreen = screen(
  () => import('../features/hopes/HopesScreen'),
  (m) => m.HopesScreen,
);
const GoalsScreen = screen(
  () => import('../features/goals/GoalsScreen'),
  (m) => m.GoalsScreen,
);
const GoalScreen = screen(
  () => import('../features/goals/GoalScreen'),
  (m) => m.GoalScreen,
);
const ProgressScreen = screen(
  () => import('../features/goals/ProgressScreen'),
  (m) => m.ProgressScreen,
);
const PeopleScreen = screen(
  () => import('../features/people/PeopleScreen'),
  (m) => m.PeopleScreen,
);
const CheckInsScreen = screen(
  () => import('../features/check-ins/CheckInsScreen'),
  (m) => m.CheckInsScreen,
);
const StayingWellScreen = screen(
  () => import('../features/staying-well/StayingWellScreen'),
  (m) => m.StayingWellScreen,
);
const CrisisPlanScreen = screen(
  () => import('../features/crisis-plan/CrisisPlanScreen'),
  (m) => m.CrisisPlanScreen,
);
const AdvanceStatementScreen = screen(
  () => import('../features/advance-statement/AdvanceStatementScreen'),
  (m) => m.AdvanceStatementScreen,
);
const StatementFormScreen = screen(
  () => import('../features/print/StatementFormScreen'),
  (m) => m.StatementFormScreen,
);
const BackupScreen = screen(
  () => import('../features/backup/BackupScreen'),
  (m) => m.BackupScreen,
);
const PrintScreen = screen(
  () => import('../features/print/PrintScreen'),
  (m) => m.PrintScreen,
);
const CrisisCardScreen = screen(
  () => import('../features/print/CrisisCardScreen'),
  (m) => m.CrisisCardScreen,
);
const ShareScreen = screen(
  () => import('../features/share/ShareScreen'),
  (m) => m.ShareScreen,
);
const ViewerScreen = screen(
  () => import('../features/viewer/ViewerScreen'),
  (m) => m.ViewerScreen,
);
const SettingsScreen = screen(
  () => import('../features/settings/SettingsScreen'),
  (m) => m.SettingsScreen,
);

export interface Route {
  /** A path; `:name` matches one segment and is passed to the screen as `params.name`. */
  path: string;
  /** Translation key of the navigation label, for screens listed in the navigation. */
  navKey?: string;
  /** Needs nothing of this device's plan: shown even when the database is not open. */
  standalone?: boolean;
  /**
   * Shown whatever state the database is in (opening, blocked, broken): it uses the plan when it
   * can, but never waits for it.
   */
  neverWaits?: boolean;
  Screen: Screen;
}

export const ROUTES: readonly Route[] = [
  { path: '/', navKey: 'nav.home', Screen: HomeScreen },
  { path: '/about-me', navKey: 'nav.aboutMe', Screen: AboutMeScreen },
  { path: '/strengths', navKey: 'nav.strengths', Screen: StrengthsScreen },
  { path: '/hopes', navKey: 'nav.hopes', Screen: HopesScreen },
  { path: '/goals', navKey: 'nav.goals', Screen: GoalsScreen },
  { path: '/goals/progress', Screen: ProgressScreen },
  { path: '/goals/:id', Screen: GoalScreen },
  { path: '/staying-well', navKey: 'nav.stayingWell', Screen: StayingWellScreen },
  { path: '/crisis-plan', navKey: 'nav.crisisPlan', Screen: CrisisPlanScreen },
  { path: '/advance-statement', navKey: 'nav.advanceStatement', Screen: AdvanceStatementScreen },
  { path: '/people', navKey: 'nav.people', Screen: PeopleScreen },
  { path: '/check-ins', navKey: 'nav.checkIns', Screen: CheckInsScreen },
  { path: '/share', navKey: 'nav.share', Screen: ShareScreen },
  { path: '/settings', navKey: 'nav.settings', Screen: SettingsScreen },
  { path: '/backup', Screen: BackupScreen },
  // A plan someone shared: it reads only its link, and stores nothing on this device.
  { path: '/view', standalone: true, Screen: ViewerScreen },
  { path: '/print', Screen: PrintScreen },
  { path: '/print/card', Screen: CrisisCardScreen },
  // One version of the advance statement as a form to sign, or a copy of what was signed.
  { path: '/print/advance-statement/:id', Screen: StatementFormScreen },
  // Help now is part of the shell: never a lazy chunk between a person in crisis and help.
  { path: '/help-now', neverWaits: true, Screen: HelpNowScreen },
];

export function findRoute(path: string): { route: Route; params: RouteParams } | undefined {
  const segments = (path.length > 1 ? path.replace(/\/+$/, '') : path).split('/');
  for (const route of ROUTES) {
    const pattern = route.path.split('/');
    if (pattern.length !== segments.length) continue;
    const params: RouteParams = {};
    const matches = pattern.every((part, index) => {
      const segment = segments[index]!;
      if (part.startsWith(':')) {
        params[part.slice(1)] = decodeURIComponent(segment);
        return segment !== '';
      }
      return part === segment;
    });
    if (matches) return { route, params };
  }
  return undefined;
}
