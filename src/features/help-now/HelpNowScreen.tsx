import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { HelpNowContent } from './HelpNowContent';

/** Help now as a page of its own, for a bookmark or the home-screen shortcut. */
export function HelpNowScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeading>{t('helpNow.screenTitle')}</ScreenHeading>
      <HelpNowContent />
    </>
  );
}
