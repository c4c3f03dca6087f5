import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { dbStatus } from '../db/status';
import { HelpNowButton } from '../features/help-now';
import { QuickExitButton } from '../features/lock';
import { loadAreas } from '../i18n';
import { isDraft } from '../i18n/languages';
import { lockView } from '../lock/state';
import { updateState } from '../pwa/serviceWorker';
import { LiveAnnouncer } from '../ui/LiveAnnouncer';
import { currentPath } from '../ui/router';
import { useStore } from '../ui/useStore';
import { DatabaseNotice } from './DatabaseNotice';
import { ErrorBoundary } from './ErrorBoundary';
import { ScreenShown } from '../ui/screenShown';
import { Navigation } from './Navigation';
import { NotFound } from './NotFound';
import { findRoute } from './routes';

/*
 * Shown once the plan is open, or a new version is waiting: their code (and the write queue's)
 * comes with the database's (main.tsx) or the update's, and their words with core.json's other
 * words — not in the shell's.
 */
const SaveStatusBar = lazy(() =>
  Promise.all([import('./SaveStatusBar'), loadAreas(['core'])]).then(([module]) => ({
    default: module.SaveStatusBar,
  })),
);
const UpdatePrompt = lazy(() =>
  Promise.all([import('../pwa/UpdatePrompt'), loadAreas(['core'])]).then(([module]) => ({
    default: module.UpdatePrompt,
  })),
);

// The app lock (#16): its screens and timers load only when the lock is on.
// The lock screen's passphrase field speaks in core.json's other words: they come with its code.
const LockScreen = lazy(() =>
  Promise.all([import('../features/lock/LockScreen'), loadAreas(['core'])]).then(
    ([module]) => module,
  ),
);
const AutoLock = lazy(() => import('../features/lock/AutoLock'));
// Only a language still in draft says so: English never downloads this.
const DraftNotice = lazy(() =>
  Promise.all([import('../features/translation/DraftNotice'), loadAreas(['core'])]).then(
    ([module]) => ({ default: module.DraftNotice }),
  ),
);

export function App() {
  const { t, i18n } = useTranslation();
  const status = useStore(dbStatus);
  // The app lock (#16): while locked, the plan is not on the page at all.
  const lock = useStore(lockView);
  const locked = (lock.state === 'locked' || lock.state === 'converting') && lock;
  const path = useStore(currentPath);
  const update = useStore(updateState);
  const match = findRoute(path);
  const ready = status.state === 'ready';
  // A standalone screen (the shared plan's viewer) needs no database, so it never waits for one.
  const standalone = match?.route.standalone === true;
  const showScreen =
    ready || status.state === 'outdated' || standalone || match?.route.neverWaits === true;

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {/* The bar stays at the top at every scroll position and never changes shape, so Help
          now is always in the same place, one tap away. */}
      <header className="app-bar">
        <div className="app-bar__inner">
          <p className="app-name">{t('app.name')}</p>
          <div className="app-bar__status">
            {ready && (
              <Suspense fallback={null}>
                <SaveStatusBar />
              </Suspense>
            )}
          </div>
          <HelpNowButton forRecipient={standalone} />
          <QuickExitButton />
        </div>
      </header>
      {update !== 'none' && (
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      )}
      {status.state === 'outdated' && <DatabaseNotice status={status} />}
      {/* The navigation: beside the screen on a wide one, a bar at the foot of a phone's. */}
      <div className="app-body">
        <div className="app-nav-band">{!locked && <Navigation />}</div>
        <main id="main" tabIndex={-1} inert={status.state === 'outdated'}>
          {locked ? (
            <Suspense fallback={<p>{t('app.loading')}</p>}>
              <LockScreen view={locked} />
              <ScreenShown />
            </Suspense>
          ) : showScreen ? (
            <ErrorBoundary resetKey={path}>
              {/* Never on Help now: nothing may come before 999 there, at any text size. */}
              {ready && !standalone && !match?.route.neverWaits && isDraft(i18n.language) && (
                <Suspense fallback={null}>
                  <DraftNotice />
                </Suspense>
              )}
              <Suspense fallback={<p>{t('app.screenLoading')}</p>}>
                {match ? <match.route.Screen params={match.params} /> : <NotFound />}
              </Suspense>
            </ErrorBoundary>
          ) : status.state === 'opening' ? (
            <p>{t('app.loading')}</p>
          ) : (
            <>
              <DatabaseNotice status={status} />
              <ScreenShown />
            </>
          )}
        </main>
      </div>
      {lock.state === 'unlocked' && (
        <Suspense fallback={null}>
          <AutoLock />
        </Suspense>
      )}
      <LiveAnnouncer />
    </>
  );
}
