import { useTranslation } from 'react-i18next';
import { retryFailedWrites, saveStatus } from '../db/writes';
import { openConflicts } from '../lib/writeGuard';
import { ConflictChoice } from '../ui/ConflictChoice';
import { useStore } from '../ui/useStore';

/**
 * Quietly confirms that changes are saved; explains kindly, with a retry, when they are not; and
 * when another tab changed something the person was writing, shows both versions to choose from.
 */
export function SaveStatusBar() {
  const conflicts = useStore(openConflicts);
  if (conflicts.length === 0) return <SaveStatus />;
  return (
    <div className="stack">
      {conflicts.map((conflict) => (
        <ConflictChoice key={conflict.id} conflict={conflict} />
      ))}
      <SaveStatus />
    </div>
  );
}

function SaveStatus() {
  const { t } = useTranslation();
  const status = useStore(saveStatus);
  if (status.state === 'failed') {
    const key =
      status.reason === 'quota'
        ? 'save.failedQuota'
        : status.reason === 'closed'
          ? 'save.failedClosed'
          : 'save.failedUnknown';
    return (
      <div className="save-status save-status--failed" role="alert">
        <p>{t(key)}</p>
        <button type="button" className="button" onClick={() => void retryFailedWrites()}>
          {t('save.retry')}
        </button>
      </div>
    );
  }
  // "Saved" only once every write has reached the database. "Saving…" is shown but not spoken,
  // so a screen reader is not told on every keystroke.
  return (
    <p className="save-status">
      <span aria-hidden="true">{status.state === 'saving' ? t('save.saving') : ''}</span>
      <span role="status">{status.state === 'saved' ? t('save.saved') : ''}</span>
    </p>
  );
}
