import { lazy, useState, type ComponentType } from 'react';
import { HelpNowScreen } from '../features/help-now/HelpNowScreen';
import { loadAreas, type Area } from '../i18n';
import { untilThePersonPauses } from '../lib/idle';

export type RouteParams = Record<string, string>;
type Screen = ComponentType<{ params: RouteParams }>;

/** The longest a screen fetched in the background waits for the browser to be idle. */
const BACKGROUND_TURN_MS = 1000;

/** How to fetch the code of each screen that has a chunk of its own. */
const fetchers = new Map<Screen, () => Promise<Screen>>();

/**
 * A screen in its own chunk (precached for offline use), fetched when first shown or earlier by
 * preloadScreen(s), together with the words of the areas it shows (`areas`: the parts of the
 * translations besides the shell's own; tests/i18n/areas.test.ts checks none is missing).
 * A screen whose code is here renders at once, as itself; one still being fetched renders
 * through React.lazy, which suspends (the app shows "Loading…") until it arrives. Which of the
 * two a screen is shown through is settled when it mounts, so a screen never remounts (losing
 * what it holds) because its code arrived.
 */
function screen<M>(
  load: () => Promise<M>,
  pick: (module: M) => Screen,
  areas: readonly Area[],
): Screen {
  let loaded: Screen | undefined;
  let loading: Promise<Screen> | undefined;
  const fetchScreen = () =>
    (loading ??= Promise.all([load(), loadAreas(areas)]).then(
      ([module]) => (loaded = pick(module)),
      (error: unknown) => {
        loading = undefined; // e.g. offline before the app was cached: showing it tries again
        throw error;
      },
    ));
  const Fetched = lazy(() => fetchScreen().then((Loaded) => ({ default: Loaded })));
  function LazyScreen(props: { params: RouteParams }) {
    const [Shown] = useState<Screen>(() => loaded ?? Fetched);
    return <Shown {...props} />;
  }
  fetchers.set(LazyScreen, fetchScreen);
  return LazyScreen;
}

/** Fetches the code of the screen at `path`, e.g. while the app is still starting. */
export function preloadScreen(path: string): Promise<unknown> {
  const match = findRoute(path);
  const fetchScreen = match && fetchers.get(match.route.Screen);
  // Fetching ahead may fail (offline before the app was cached): showing the screen tries again.
  return fetchScreen ? fetchScreen().catch(() => 'tried again when shown') : Promise.resolve();
}

/**
 * Fetches every screen's code (and words) in the background, so moving to one never waits. Each
 * screen is asked for in a task of its own, while the person pauses: all at once held a phone's
 * processor for a quarter of a second, just when the person may tap; one after another, they
 * landed between the keys of someone who had just begun to type (the bench's keystrokes).
 */
export async function preloadScreens(): Promise<void> {
  const fetching: Promise<unknown>[] = [];
  for (const fetchScreen of fetchers.values()) {
    await untilThePersonPauses(BACKGROUND_TURN_MS);
    fetching.push(fetchScreen().catch(() => 'tried again when shown'));
  }
  await Promise.all(fetching);
}

/* The shell paints before any screen's code, or the database code, has loaded. */
const HomeScreen = screen(
  () => import('../features/home/HomeScreen'),
  (m) => m.HomeScreen,
  ['core', 'goals', 'backup', 'print'],
);
const AboutMeScreen = screen(
  () => import('../features/about-me/AboutMeScreen'),
  (m) => m.AboutMeScreen,
  ['core'],
);
const StrengthsScreen = screen(
  () => import('../features/strengths/StrengthsScreen'),
  (m) => m.StrengthsScreen,
  ['core'],
);
const HopesScreen = screen(
  () => import('../features/hopes/HopesScreen'),
  (m) => m.HopesScreen,
  ['core'],
);
const GoalsScreen = screen(
  () => import('../features/goals/GoalsScreen'),
  (m) => m.GoalsScreen,
  ['core', 'goals'],
);
const GoalScreen = screen(
  () => import('../features/goals/GoalScreen'),
  (m) => m.GoalScreen,
  ['core', 'goals'],
);
const ProgressScreen = screen(
  () => import('../features/goals/ProgressScreen'),
  (m) => m.ProgressScreen,
  ['core', 'goals'],
);
const PeopleScreen = screen(
  () => import('../features/people/PeopleScreen'),
  (m) => m.PeopleScreen,
  ['core', 'people'],
);
const CheckInsScreen = screen(
  () => import('../features/check-ins/CheckInsScreen'),
  (m) => m.CheckInsScreen,
  ['core', 'checkIns'],
);
const StayingWellScreen = screen(
  () => import('../features/staying-well/StayingWellScreen'),
  (m) => m.StayingWellScreen,
  ['core', 'stayingWell'],
);
const CrisisPlanScreen = screen(
  () => import('../features/crisis-plan/CrisisPlanScreen'),
  (m) => m.CrisisPlanScreen,
  ['core', 'crisis'],
);
const AdvanceStatementScreen = screen(
  () => import('../features/advance-statement/AdvanceStatementScreen'),
  (m) => m.AdvanceStatementScreen,
  ['core', 'advance'],
);
const StatementFormScreen = screen(
  () => import('../features/print/StatementFormScreen'),
  (m) => m.StatementFormScreen,
  ['core', 'goals', 'people', 'stayingWell', 'crisis', 'advance', 'print'],
);
const BackupScreen = screen(
  () => import('../features/backup/BackupScreen'),
  (m) => m.BackupScreen,
  ['core', 'backup'],
);
const PrintScreen = screen(
  () => import('../features/print/PrintScreen'),
  (m) => m.PrintScreen,
  ['core', 'goals', 'people', 'stayingWell', 'crisis', 'advance', 'print'],
);
const CrisisCardScreen = screen(
  () => import('../features/print/CrisisCardScreen'),
  (m) => m.CrisisCardScreen,
  ['core', 'goals', 'people', 'stayingWell', 'crisis', 'print'],
);
const ShareScreen = screen(
  () => import('../features/share/ShareScreen'),
  (m) => m.ShareScreen,
  ['core', 'share'],
);
const ViewerScreen = screen(
  () => import('../features/viewer/ViewerScreen'),
  (m) => m.ViewerScreen,
  ['core', 'goals', 'people', 'stayingWell', 'crisis', 'advance', 'viewer', 'print'],
);
const SettingsScreen = screen(
  () => import('../features/settings/SettingsScreen'),
  (m) => m.SettingsScreen,
  ['core', 'backup', 'print', 'sync'],
);

export interface Route {
  /** A path; `:name` matches one segment and is passed to the screen as `params.name`. */
  path: string;
  /** Translation key of the navigation label, for screens listed in the navigation. */
  navKey?: string;
  /** Where a listed screen sits in the navigation's groups (none: first, above every group). */
  navGroup?: NavGroup;
  /**
   * Kept in the bar at the foot of a phone's screen: `always`, or `roomy` (only while the bar
   * has room for it at this width and text size). Every other place is in the bar's menu.
   */
  navBar?: 'always' | 'roomy';
  /** Needs nothing of this device's plan: shown even when the database is not open. */
  standalone?: boolean;
  /**
   * Shown whatever state the database is in (opening, blocked, broken): it uses the plan when it
   * can, but never waits for it.
   */
  neverWaits?: boolean;
  Screen: Screen;
}

/** The navigation's groups, in the order they are listed. */
export const NAV_GROUPS = ['you', 'forward', 'wellbeing', 'keep'] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

/*
 * The navigation lists the screens with a navKey, in this order, each group together. Every one
 * is at most two taps away from anywhere: on a phone, in the bar or in its menu.
 */
export const ROUTES: readonly Route[] = [
  { path: '/', navKey: 'nav.home', navBar: 'always', Screen: HomeScreen },
  { path: '/about-me', navKey: 'nav.aboutMe', navGroup: 'you', Screen: AboutMeScreen },
  { path: '/strengths', navKey: 'nav.strengths', navGroup: 'you', Screen: StrengthsScreen },
  { path: '/hopes', navKey: 'nav.hopes', navGroup: 'you', Screen: HopesScreen },
  {
    path: '/goals',
    navKey: 'nav.goals',
    navGroup: 'forward',
    navBar: 'roomy',
    Screen: GoalsScreen,
  },
  { path: '/goals/progress', Screen: ProgressScreen },
  { path: '/goals/:id', Screen: GoalScreen },
  {
    path: '/staying-well',
    navKey: 'nav.stayingWell',
    navGroup: 'wellbeing',
    navBar: 'roomy',
    Screen: StayingWellScreen,
  },
  {
    path: '/crisis-plan',
    navKey: 'nav.crisisPlan',
    navGroup: 'wellbeing',
    navBar: 'always',
    Screen: CrisisPlanScreen,
  },
  {
    path: '/advance-statement',
    navKey: 'nav.advanceStatement',
    navGroup: 'wellbeing',
    Screen: AdvanceStatementScreen,
  },
  { path: '/people', navKey: 'nav.people', navGroup: 'you', Screen: PeopleScreen },
  { path: '/check-ins', navKey: 'nav.checkIns', navGroup: 'forward', Screen: CheckInsScreen },
  { path: '/share', navKey: 'nav.share', navGroup: 'keep', Screen: ShareScreen },
  { path: '/print', navKey: 'nav.print', navGroup: 'keep', Screen: PrintScreen },
  { path: '/backup', navKey: 'nav.backup', navGroup: 'keep', Screen: BackupScreen },
  { path: '/settings', navKey: 'nav.settings', navGroup: 'keep', Screen: SettingsScreen },
  // A plan someone shared: it reads only its link, and stores nothing on this device.
  { path: '/view', standalone: true, Screen: ViewerScreen },
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
