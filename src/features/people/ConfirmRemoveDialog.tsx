import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What to ask before removing a person or place that the plan still names. */
export interface RemoveQuestion {
  name: string;
  goalTitles: string[];
  /** Other places that name them (plan sections, the advance statement), in the person's words. */
  places: string[];
}

/**
 * Asking first, as a promise: `ask` resolves true for "Remove" and false for "Keep" (or Escape).
 * Asking again before an answer counts the earlier question as "Keep".
 */
export function useRemoveQuestion() {
  const [question, setQuestion] = useState<RemoveQuestion | null>(null);
  const pending = useRef<((yes: boolean) => void) | null>(null);

  const ask = useCallback(
    (next: RemoveQuestion) =>
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

  // Leaving the screen mid-question keeps everything.
  useEffect(() => () => pending.current?.(false), []);

  return { question, ask, answer };
}

/**
 * A modal dialog that says where the plan names the person or place and asks before removing it.
 * Focus starts on "Keep", the choice that changes nothing; closing returns focus to where it was.
 */
export function ConfirmRemoveDialog({
  question,
  onAnswer,
}: {
  question: RemoveQuestion | null;
  onAnswer: (yes: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (question && !dialog.open) {
      dialog.showModal();
      keepRef.current?.focus();
    } else if (!question && dialog.open) {
      dialog.close();
    }
  }, [question]);

  const count = question?.goalTitles.length ?? 0;
  const places = question?.places ?? [];
  return (
    <dialog
      ref={dialogRef}
      role="alertdialog"
      className="dialog confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={() => onAnswer(false)}
    >
      {question && (
        <>
          <h2 id={`${id}-title`}>{t('people.confirm.title', { name: question.name })}</h2>
          <div id={`${id}-body`}>
            {count > 0 && (
              <>
                <p>{t('people.confirm.inUse', { name: question.name, count })}</p>
                <ul className="confirm-dialog__goals">
                  {question.goalTitles.map((title, index) => (
                    <li key={index}>{title}</li>
                  ))}
                </ul>
              </>
            )}
            {places.length > 0 && (
              <>
                <p>
                  {count > 0
                    ? t('people.confirm.alsoIn', { name: question.name })
                    : t('people.confirm.namedIn', { name: question.name })}
                </p>
                <ul className="confirm-dialog__goals">
                  {places.map((place, index) => (
                    <li key={index}>{place}</li>
                  ))}
                </ul>
              </>
            )}
            <p>
              {places.length > 0
                ? t('people.confirm.alsoFromAll', { name: question.name })
                : t('people.confirm.alsoFromGoals', { name: question.name, count })}
            </p>
            <p>{t('people.confirm.canUndo')}</p>
          </div>
          <div className="confirm-dialog__actions">
            <button type="button" className="button" onClick={() => onAnswer(true)}>
              {t('people.confirm.remove')}
            </button>
            <button
              ref={keepRef}
              type="button"
              className="button button--primary"
              onClick={() => onAnswer(false)}
            >
              {t('people.confirm.keep')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
