import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { findRoute } from './app/routes';
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

async function start() {
  await initI18n(bestLanguage(navigator.languages));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

  // The shell is on screen; now the database (and with it the plan) loads.
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
  }

  if (import.meta.env.PROD) {
    await registerServiceWorker().catch((error: unknown) => console.error(error));
  }
}

void start();
