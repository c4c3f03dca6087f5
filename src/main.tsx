import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { containerForTheApp, rememberThePlanIsHere } from './app/firstVisit/handOver';
import { findRoute, preloadScreen, preloadScreens } from './app/routes';
import { initI18n } from './i18n';
import { bestLanguage } from './i18n/languages';
import { leavingForAFreshStart, registerServiceWorker } from './pwa/serviceWorker';
import { prefetchOnIntent } from './ui/Link';
import { currentPath } from './ui/router';
import { afterTheFirstScreen } from './lib/afterTheFirstScreen';
import { yieldToBrowser } from './lib/yieldToBrowser';
import './styles/main.css';
import './styles/components.css';
import './styles/display.css';

/**
 * A standalone screen (the viewer of a plan someone shared) needs no database. Until the person
 * goes to a screen of their own plan, none is opened — so none is created on a recipient's
 * device — and no service worker is registered either.
 */
function untilThePlanIsNeeded(): Promise<void> {
  const needed = () => !findRoute(currentPath.get())?.route.standalone;
  if (needed()) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = currentPath.subscribe(() => {
      if (!needed()) return;
      stop();
      resolve();
    });
  });
}

async function start() {
  // The code and words of the screen asked for, then the database's code, start on their way
  // before anything else. Asking for a file is a little work of its own (a preload link for each
  // file it needs), so each comes in a task of its own rather than one long one with this
  // module's own start.
  await yieldToBrowser();
  void preloadScreen(currentPath.get());
  await yieldToBrowser();
  const connection = import('./db/connection');
  // What follows the plan once it is open: needed soon, but not before the database opens.
  const followers = Promise.all([
    import('./db/persistence'),
    import('./app/preferences'),
    import('./features/help-now/followHelpNow'),
  ]);
  // Awaited only once the plan is open (never, for a shared plan's viewer): say if it failed.
  followers.catch((error: unknown) => console.error(error));
  // Any other screen's code is fetched when someone shows they may go there…
  prefetchOnIntent(preloadScreen);
  await yieldToBrowser();
  await initI18n(bestLanguage(navigator.languages), []);
  await yieldToBrowser();
  // The page already shows the bar and Help now (written into index.html at build time), so the
  // app's first render can take turns with the browser instead of holding it in one long task.
  // On a first visit it may show a whole first screen, which the app takes over once its own is
  // ready.
  const root = createRoot(containerForTheApp());
  startTransition(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );

  // The shell is on screen; now the database (and with it the plan) opens.
  const [{ openDatabase }, { hasPendingWrites }] = await Promise.all([
    connection,
    import('./db/writes'),
  ]);
  // If the tab is closed while words are still on their way to the database, ask first.
  window.addEventListener('beforeunload', (event) => {
    if (hasPendingWrites()) event.preventDefault();
  });
  await untilThePlanIsNeeded();
  await yieldToBrowser();
  rememberThePlanIsHere();
  const status = await openDatabase();
  if (status.state === 'ready') {
    const [{ askForPersistenceAfterFirstSave }, { followPreferences }, { followHelpNow }] =
      await followers;
    followPreferences();
    followHelpNow();
    askForPersistenceAfterFirstSave();
  }

  // …and every other screen's, with the service worker's offline copy of the whole app, once the
  // first screen has had the network and the processor to itself.
  afterTheFirstScreen(() => {
    // Not after "Delete everything": that page is on its way to a fresh start.
    if (leavingForAFreshStart.get()) return;
    if (status.state === 'ready') void preloadScreens();
    if (import.meta.env.PROD) {
      registerServiceWorker().catch((error: unknown) => console.error(error));
    }
  });
}

void start();
