import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getSettings } from '../../db/repositories/settings';
import { Link } from '../../ui/Link';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { LockSection } from '../lock/LockSection';
import { SyncSection } from '../sync';
import { DisplaySection } from './DisplaySection';
import { HelpLinesSection } from './HelpLinesSection';
import { StorageStatusSection } from './StorageStatusSection';
import { UpdatesSection } from './UpdatesSection';

export function SettingsScreen() {
  const { t } = useTranslation();
  const settings = useLiveQuery(getSettings, [], null);

  return (
    <>
      <ScreenHeading>{t('settings.title')}</ScreenHeading>
      <StorageStatusSection settings={settings} />
      {settings && <HelpLinesSection settings={settings} />}
      {settings && <DisplaySection settings={settings} />}
      <LockSection />
      <SyncSection />
      <UpdatesSection />
      <p>
        <Link href="/print">{t('print.link')}</Link>
      </p>
    </>
  );
}
