import { startTransition, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { afterTheFirstScreen } from '../../lib/afterTheFirstScreen';
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
  const filled = useFilledAfterTheFirstScreen();
  // Following a link inside (e.g. to the crisis plan) closes the dialog.
  useEffect(() => dialog.current?.close(), [path]);
  const open = () => {
    // Filled at once if the tap came first: it opens with 999 and every line in it.
    flushSync(filled.now);
    dialog.current?.showModal();
  };
  return (
    <>
      <button
        type="button"
        className="button help-now-button"
        aria-haspopup="dialog"
        onClick={open}
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
        {filled.done && <HelpNowContent headingLevel={3} forRecipient={forRecipient} />}
      </dialog>
    </>
  );
}

/**
 * The closed dialog's content (999, the person's people, every line) is rendered after the first
 * screen (the first tap or key, or a few seconds), when the page has nothing else to do — not
 * while a slow phone is still busy with the screen asked for (issue #15): it is a long list of
 * lines, each with its words, its buttons and whether it is open now.
 */
function useFilledAfterTheFirstScreen(): { done: boolean; now: () => void } {
  const [done, setDone] = useState(false);
  useEffect(() => afterTheFirstScreen(() => startTransition(() => setDone(true))), []);
  return { done, now: () => setDone(true) };
}
