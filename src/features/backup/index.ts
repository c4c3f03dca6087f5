/** What other parts of the app may use from backup. */
export { BackupReminder } from './BackupReminder';
export { daysSinceBackup, REMIND_AFTER_DAYS } from './backupReminder';
