import { useTranslation } from 'react-i18next';
import { updateSettings } from '../../db/repositories/settings';

/** A first-time visitor's short, warm welcome: what Waymark is and that it stays on this device. */
export function Welcome() {
  const { t } = useTranslation();
  return (
    <section className="card welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('welcome.title')}</h2>
      <p>{t('welcome.body')}</p>
      <p>{t('welcome.private')}</p>
      <p>{t('welcome.optional')}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => void updateSettings({ welcomeDismissed: true }).catch(() => undefined)}
      >
        {t('welcome.dismiss')}
      </button>
    </section>
  );
}
