import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { findRoute, preloadScreen, preloadScreens } from './app/routes';
import { hasPendingWrites } from './db/writes';
import { initI18n } from './i18n';
import { bestLanguage } from './i18n/languages';
import { registerServiceWorker } from './pwa/serviceWorker';
import { currentPath } from './ui/router';
import './styles/main.css';
import './styles/components.css';

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

/** After the page has loaded, when the browser has nothing else to do (or after a while). */
function whenIdle(task: () => void): void {
  // Safari has no requestIdleCallback.
  const schedule = () =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(task, { timeout: 5000 })
      : setTimeout(task, 2000);
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
}

async function start() {
  await initI18n(bestLanguage(navigator.languages));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

  // The shell is on screen; now the database (and with it the plan) loads, and meanwhile the
  // code of the screen asked for, so it is there when the database is.
  void preloadScreen(currentPath.get());
  const [
    { openDatabase },
    { askForPersistenceAfterFirstSave },
    { followPreferences },
    { followHelpNow },
  ] = await Promise.all([
    import('./db/connection'),
    import('./db/persistence'),
    import('./app/preferences'),
    import('./features/help-now/followHelpNow'),
  ]);
  // If the tab is closed while words are still on their way to the database, ask first.
  window.addEventListener('beforeunload', (event) => {
    if (hasPendingWrites()) event.preventDefault();
  });
  await untilThePlanIsNeeded();
  const status = await openDatabase();
  if (status.state === 'ready') {
    followPreferences();
    followHelpNow();
    askForPersistenceAfterFirstSave();
    // Once the first screen has painted and the page is idle, fetch the others, so moving to one
    // shows it at once without competing with the first screen for the network or the CPU.
    whenIdle(() => void preloadScreens());
  }

  if (import.meta.env.PROD) {
    await registerServiceWorker().catch((error: unknown) => console.error(error));
  }
}

void start();
