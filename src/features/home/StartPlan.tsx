import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/Link';

/**
 * An empty plan's two ways in: start writing (the one main action), or bring back a plan kept
 * before, on this device or another, from a backup file.
 */
export function StartPlan() {
  const { t } = useTranslation();
  return (
    // No heading of its own: Home's headings stay who you are first (About me, strengths, hopes).
    <section className="card home-start" aria-labelledby="home-start">
      <p id="home-start" className="home-start__lead">
        {t('home.start.title')}
      </p>
      <p>{t('home.start.body')}</p>
      <div className="actions">
        <Link href="/about-me" className="button button--primary">
          {t('home.start.begin')}
        </Link>
        <Link href="/backup" className="button">
          {t('home.start.restore')}
        </Link>
      </div>
    </section>
  );
}
