import { useTranslation } from 'react-i18next';
import { updateSettings } from '../../db/repositories/settings';
import { shownBySaveStatus } from '../../ui/failures';
import { LanguageChoice } from '../translation';

/**
 * A first-time visitor's short, warm welcome: what Waymark is and that it stays on this device.
 * The language can be changed here, before anything else. Its button only puts it away; the plan's ways in are Home's own.
 */
export function Welcome() {
  const { t } = useTranslation();
  return (
    <section className="card welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('welcome.title')}</h2>
      <p>{t('welcome.body')}</p>
      <p>{t('welcome.private')}</p>
      <p>{t('welcome.optional')}</p>
      <LanguageChoice />
      <button
        type="button"
        className="button"
        onClick={() => void updateSettings({ welcomeDismissed: true }).catch(shownBySaveStatus)}
      >
        {t('welcome.dismiss')}
      </button>
    </section>
  );
}
