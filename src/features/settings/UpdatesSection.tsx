import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkForUpdate, isServiceWorkerActive } from '../../pwa/serviceWorker';

type CheckState = 'idle' | 'checking' | 'upToDate' | 'unavailable';

export function UpdatesSection() {
  const { t } = useTranslation();
  const [state, setState] = useState<CheckState>('idle');

  const check = async () => {
    if (!isServiceWorkerActive()) {
      setState('unavailable');
      return;
    }
    setState('checking');
    const found = await checkForUpdate().catch(() => false);
    // When one is found, the app-wide update prompt appears and says so.
    setState(found ? 'idle' : 'upToDate');
  };

  const messages: Record<CheckState, string> = {
    idle: '',
    checking: t('settings.checking'),
    upToDate: t('settings.upToDate'),
    unavailable: t('settings.updatesUnavailable'),
  };

  return (
    <section aria-labelledby="settings-updates" className="card stack">
      <h2 id="settings-updates">{t('settings.updatesHeading')}</h2>
      <p>{t('settings.version', { version: __APP_VERSION__ })}</p>
      <div>
        <button
          type="button"
          className="button"
          disabled={state === 'checking'}
          onClick={() => void check()}
        >
          {t('settings.checkUpdates')}
        </button>
      </div>
      <p role="status">{messages[state]}</p>
    </section>
  );
}
