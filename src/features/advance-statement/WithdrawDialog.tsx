import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdvanceStatementVersion } from '../../domain/advanceStatement';
import { today } from '../../domain/dates';
import { LONG_TEXT_MAX } from '../../domain/record';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
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
  const [day, setDay] = useState(today);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState(false);
  const dayRef = useRef<HTMLInputElement>(null);

  const confirm = () => {
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
    <ConfirmDialog
      open={version !== null}
      role="dialog"
      title={t('advance.withdraw.title', { number })}
      confirmLabel={t('advance.withdraw.confirm')}
      keepLabel={t('advance.withdraw.cancel')}
      onConfirm={confirm}
      onKeep={keep}
      fields={
        <>
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
        </>
      }
    >
      <p>{t('advance.withdraw.body', { number })}</p>
      <p>
        {version?.content.jurisdiction === 'scotland'
          ? t('advance.withdraw.scotland')
          : t('advance.withdraw.other')}
      </p>
    </ConfirmDialog>
  );
}
