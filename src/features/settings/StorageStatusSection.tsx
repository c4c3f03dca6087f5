import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../domain/settings';
import { getStorageStatus, type StorageStatus } from '../../db/persistence';
import { BackupReminder } from '../backup';
import { formatBytes } from './formatBytes';

/** Whether the browser promised to keep the plan, how much space it takes, and what that means. */
export function StorageStatusSection({ settings }: { settings: Settings | null }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<StorageStatus | null>(null);

  useEffect(() => {
    let live = true;
    void getStorageStatus().then((next) => live && setStatus(next));
    return () => {
      live = false;
    };
  }, [settings?.persistGranted]);

  const persistText = () => {
    if (!status) return null;
    if (status.persisted === true) return t('settings.persistGranted');
    if (status.persisted === null) return t('settings.persistUnknown');
    if (!settings?.persistRequestedAt) return t('settings.persistNotAsked');
    return t('settings.persistDenied');
  };

  return (
    <section aria-labelledby="settings-data" className="card stack">
      <h2 id="settings-data">{t('settings.dataHeading')}</h2>
      <p>{t('settings.dataLocal')}</p>
      <h3>{t('settings.persistHeading')}</h3>
      <p data-testid="persist-status">{persistText()}</p>
      {status && (
        <p>
          {status.usageBytes === null
            ? t('settings.usageUnknown')
            : t('settings.usage', { used: formatBytes(status.usageBytes, i18n.language) })}
        </p>
      )}
      <p>{t('settings.privacyCannot')}</p>
      {settings && <BackupReminder lastBackupAt={settings.lastBackupAt} />}
    </section>
  );
}
