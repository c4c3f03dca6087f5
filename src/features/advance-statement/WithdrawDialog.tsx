import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdvanceStatementVersion } from '../../domain/advanceStatement';
import { today } from '../../domain/dates';
import { LONG_TEXT_MAX } from '../../domain/record';
import { TextArea, TextField } from '../../ui/Field';

/**
 * Asks before marking a signed version withdrawn, with the day it happened and an optional note.
 * It says what withdrawing needs where the version was made (in Scotland, the same formalities as
 * making it). Focus starts on "Keep it as it is", the choice that changes nothing.
 */
export function WithdrawDialog({
  version,
  onAnswer,
}: {
  /** The version being asked about; null when the dialog is closed. */
  version: AdvanceStatementVersion | null;
  /** With a day (and note) to withdraw it; with nothing to keep it as it is. */
  onAnswer: (withdrawal?: { day: string; note: string }) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const [day, setDay] = useState(today);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState(false);
  const dayRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (version && !dialog.open) {
      dialog.showModal();
      keepRef.current?.focus();
    } else if (!version && dialog.open) {
      dialog.close();
    }
  }, [version]);

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || day > today()) {
      setProblem(true);
      dayRef.current?.focus();
      return;
    }
    onAnswer({ day, note });
    setDay(today());
    setNote('');
    setProblem(false);
  };

  const keep = () => {
    setProblem(false);
    onAnswer();
  };

  const number = version?.number;
  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={() => {
        if (version) keep();
      }}
    >
      {version && (
        <form className="stack" noValidate onSubmit={confirm}>
          <h2 id={`${id}-title`}>{t('advance.withdraw.title', { number })}</h2>
          <div id={`${id}-body`}>
            <p>{t('advance.withdraw.body', { number })}</p>
            <p>
              {version.content.jurisdiction === 'scotland'
                ? t('advance.withdraw.scotland')
                : t('advance.withdraw.other')}
            </p>
          </div>
          <TextField
            ref={dayRef}
            type="date"
            label={t('advance.withdraw.day')}
            required
            max={today()}
            value={day}
            error={problem ? t('advance.withdraw.dayProblem') : undefined}
            onChange={(event) => {
              setDay(event.target.value);
              setProblem(false);
            }}
          />
          <TextArea
            label={t('advance.withdraw.note')}
            hint={t('advance.withdraw.noteHint')}
            rows={2}
            maxLength={LONG_TEXT_MAX}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <div className="actions">
            <button type="submit" className="button">
              {t('advance.withdraw.confirm')}
            </button>
            <button ref={keepRef} type="button" className="button button--primary" onClick={keep}>
              {t('advance.withdraw.cancel')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
