import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentPath } from '../../ui/router';
import { useStore } from '../../ui/useStore';
import { HelpNowContent } from './HelpNowContent';

/**
 * "Help now", one tap from every screen at every scroll position: the shell keeps it in a bar
 * that never scrolls away and never changes shape. It is part of the shell — no lazy chunk, no
 * database wait — and sits outside the error boundary, so it works when a screen is broken.
 */
export function HelpNowButton({ forRecipient = false }: { forRecipient?: boolean }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const path = useStore(currentPath);
  // Following a link inside (e.g. to the crisis plan) closes the dialog.
  useEffect(() => dialog.current?.close(), [path]);
  return (
    <>
      <button
        type="button"
        className="button help-now-button"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        {t('helpNow.button')}
      </button>
      <dialog ref={dialog} className="help-now-dialog" aria-labelledby="help-now-title">
        <div className="help-now-dialog__header">
          <h2 id="help-now-title">{t('helpNow.title')}</h2>
          {/* A short word to fit large text; the name says what it closes. */}
          <button
            type="button"
            className="button"
            aria-label={t('helpNow.close')}
            onClick={() => dialog.current?.close()}
          >
            {t('helpNow.closeShort')}
          </button>
        </div>
        <HelpNowContent headingLevel={3} forRecipient={forRecipient} />
      </dialog>
    </>
  );
}
