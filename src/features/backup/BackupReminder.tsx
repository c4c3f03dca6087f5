import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/Link';
import { daysSinceBackup, REMIND_AFTER_DAYS } from './backupReminder';

/** "Last backup: N days ago", gently, with a way to make one. */
export function BackupReminder({
  lastBackupAt,
  now = new Date(),
}: {
  lastBackupAt: string | null;
  now?: Date;
}) {
  const { t } = useTranslation();
  const days = daysSinceBackup(lastBackupAt, now);
  return (
    <div className="backup-reminder">
      <p>
        {days === null
          ? t('backup.reminderNever')
          : days === 0
            ? t('backup.reminderToday')
            : t('backup.reminderDays', { count: days })}
        {days !== null && days >= REMIND_AFTER_DAYS && <> {t('backup.reminderNudge')}</>}
      </p>
      <p>
        <Link href="/backup">{t('backup.reminderLink')}</Link>
      </p>
    </div>
  );
}
