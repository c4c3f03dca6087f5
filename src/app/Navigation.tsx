import { useTranslation } from 'react-i18next';
import { Link } from '../ui/Link';
import { ROUTES } from './routes';

export function Navigation() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('app.mainNav')} className="app-nav">
      <ul>
        {ROUTES.filter((route) => route.navKey).map((route) => (
          <li key={route.path}>
            <Link href={route.path}>{t(route.navKey!)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
