import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasFailedWrites, whenWritesSettled } from '../db/writes';
import { useStore } from '../ui/useStore';
import { applyUpdate, updateState } from './serviceWorker';

/** A polite note that a new version is ready; the person decides when to switch. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const state = useStore(updateState);
  const [message, setMessage] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  if (state === 'none' || dismissed) return null;

  const update = async () => {
    setMessage(t('update.waitingForSave'));
    await whenWritesSettled();
    if (hasFailedWrites()) {
      setMessage(t('update.unsaved'));
      return;
    }
    applyUpdate();
  };

  return (
    <div className="update-prompt" role="status">
      <p>{message ?? t('update.ready')}</p>
      <button
        type="button"
        className="button button--primary"
        disabled={state === 'applying'}
        onClick={() => void update()}
      >
        {t('update.apply')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => setDismissed(true)}>
        {t('update.later')}
      </button>
    </div>
  );
}
