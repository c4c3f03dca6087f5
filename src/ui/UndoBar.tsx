import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface UndoBarProps {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/**
 * Shown after something is removed. It stays until the person undoes or closes it (no time limit
 * to race), and takes focus so a keyboard or screen-reader user can undo at once.
 */
export function UndoBar({ message, onUndo, onDismiss }: UndoBarProps) {
  const { t } = useTranslation();
  const undoRef = useRef<HTMLButtonElement>(null);
  // In the commit that shows the bar, before it is painted: never a moment with focus lost on the
  // page while Undo is already there (a passive effect can run a frame or more later).
  useLayoutEffect(() => undoRef.current?.focus(), [message]);
  return (
    // Escape anywhere in the bar closes it, including from the focused Undo button.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- keys bubble up from its buttons
    <div
      className="undo-bar"
      role="status"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDismiss();
      }}
    >
      <p>{message}</p>
      <button ref={undoRef} type="button" className="button button--primary" onClick={onUndo}>
        {t('list.undo')}
      </button>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        {t('list.dismiss')}
      </button>
    </div>
  );
}
