/** Whole days since the last backup, or null when there has never been one. */
export function daysSinceBackup(lastBackupAt: string | null, now: Date): number | null {
  if (!lastBackupAt) return null;
  return Math.max(0, Math.floor((now.getTime() - new Date(lastBackupAt).getTime()) / 86_400_000));
}

/** A gentle nudge, not a nag: after 30 days. */
export const REMIND_AFTER_DAYS = 30;
