import { useTranslation } from 'react-i18next';
import { retryFailedWrites, saveStatus } from '../db/writes';
import { useStore } from '../ui/useStore';

/** Quietly confirms that changes are saved; explains kindly, with a retry, when they are not. */
export function SaveStatusBar() {
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
  // The same words while saving and once saved, so a screen reader is not told on every keystroke.
  return (
    <p className="save-status" role="status">
      {status.state === 'idle' ? '' : t('save.saved')}
    </p>
  );
}
