import { useTranslation } from 'react-i18next';
import { Link } from '../ui/Link';
import { ScreenHeading } from '../ui/ScreenHeading';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeading>{t('notFound.title')}</ScreenHeading>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href="/" className="button button--primary">
          {t('notFound.home')}
        </Link>
      </p>
    </>
  );
}
