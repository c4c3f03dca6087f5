import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getSettings } from '../../db/repositories/settings';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { BackupReminder } from './BackupReminder';
import { DeleteEverything } from './DeleteEverything';
import { MakeBackup } from './MakeBackup';
import { RestoreBackup } from './RestoreBackup';
import { Snapshots } from './Snapshots';

export function BackupScreen() {
  const { t } = useTranslation();
  const settings = useLiveQuery(getSettings, [], null);
  return (
    <>
      <ScreenHeading>{t('backup.title')}</ScreenHeading>
      <p className="intro">{t('backup.intro')}</p>
      {settings && <BackupReminder lastBackupAt={settings.lastBackupAt} />}
      <MakeBackup />
      <RestoreBackup />
      <Snapshots />
      <DeleteEverything />
    </>
  );
}
