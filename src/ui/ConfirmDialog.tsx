import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface ConfirmDialogProps {
  /** Whether the question is being asked. */
  open: boolean;
  title: ReactNode;
  /** The question in words: it describes the dialog to a screen reader. */
  children: ReactNode;
  /** Anything more to answer with, such as a date: after the question, before the choices. */
  fields?: ReactNode;
  /** The choice that does something, e.g. "Remove". */
  confirmLabel: string;
  /** The choice that changes nothing, e.g. "Keep": where focus starts. */
  keepLabel: string;
  /** The confirming choice was made (or Enter pressed in a field). */
  onConfirm: () => void;
  /** "Keep", Escape, or the dialog closed any other way. */
  onKeep: () => void;
  /** `alertdialog` (the default) for a question alone; `dialog` when it holds fields to fill in. */
  role?: 'alertdialog' | 'dialog';
}

/**
 * A modal question on the native <dialog> (showModal: the rest of the page is inert). Focus
 * starts on the safe choice, Escape keeps everything as it was, and when the question closes
 * focus returns to what opened it, while that is still on the page.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  fields,
  confirmLabel,
  keepLabel,
  onConfirm,
  onKeep,
  role = 'alertdialog',
}: ConfirmDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      keepRef.current?.focus();
    } else if (!open) {
      if (dialog.open) dialog.close();
      const back = opener.current;
      opener.current = null;
      if (back?.isConnected) back.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      role={role}
      className="dialog confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={() => {
        // Closed by the browser (Escape) while still asking: that is "Keep".
        if (open) onKeep();
      }}
    >
      {open && (
        <form
          className="stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onConfirm();
          }}
        >
          <h2 id={`${id}-title`}>{title}</h2>
          <div id={`${id}-body`}>{children}</div>
          {fields}
          <div className="actions">
            <button type="submit" className="button">
              {confirmLabel}
            </button>
            <button ref={keepRef} type="button" className="button button--primary" onClick={onKeep}>
              {keepLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}

/**
 * Asking as a promise, for a screen that must wait for the answer: `ask` resolves true for the
 * confirming choice and false for keeping. Asking again before an answer counts the earlier
 * question as kept, and so does leaving the screen mid-question.
 */
export function useQuestion<Q>() {
  const [question, setQuestion] = useState<Q | null>(null);
  const pending = useRef<((yes: boolean) => void) | null>(null);

  const ask = useCallback(
    (next: Q) =>
      new Promise<boolean>((resolve) => {
        pending.current?.(false);
        pending.current = resolve;
        setQuestion(next);
      }),
    [],
  );

  const answer = useCallback((yes: boolean) => {
    const resolve = pending.current;
    pending.current = null;
    setQuestion(null);
    resolve?.(yes);
  }, []);

  useEffect(() => () => pending.current?.(false), []);

  return { question, ask, answer };
}
