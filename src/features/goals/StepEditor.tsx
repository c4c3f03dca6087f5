import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepFields, type Step, type StepFields } from '../../domain/goals';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../domain/record';
import { stepsRepository } from '../../db/repositories/goals';
import { announce } from '../../ui/announcer';
import { TextArea, TextField } from '../../ui/Field';
import { fieldErrorText } from '../../ui/fieldError';
import { formatDay } from '../../ui/formatDate';
import { navigate } from '../../ui/router';
import { useAutosaveForm } from '../../ui/useAutosaveForm';

/** One small step: its words, whether it is achieved (and when, and how it felt). */
export function StepEditor({ step, name }: { step: Step; name: string }) {
  const { t, i18n } = useTranslation();
  const [justAchieved, setJustAchieved] = useState(false);
  const save = useCallback(
    (patch: Partial<StepFields>) => stepsRepository.update(step.id, patch),
    [step.id],
  );
  const { register, formState } = useAutosaveForm(stepFields, stepFields.parse(step), save);
  // The tick follows the person's click at once; the saved state takes over when it arrives.
  const [ticking, setTicking] = useState<boolean | null>(null);
  const achieved = ticking ?? step.achievedAt !== null;

  const toggle = async (checked: boolean) => {
    setTicking(checked);
    const saved = await stepsRepository.setAchieved(step.id, checked).then(
      () => true,
      () => false,
    );
    if (!saved) {
      setTicking(null); // the save status explains; the box shows what is really stored
      return;
    }
    setJustAchieved(checked);
    if (checked) announce(t('steps.celebrate'));
  };

  const promote = async () => {
    const goal = await stepsRepository.promote(step.id).catch(() => undefined);
    if (!goal) return;
    announce(t('steps.promoted', { name }));
    navigate(`/goals/${goal.id}`);
  };

  return (
    <fieldset className="stack">
      <legend>{name}</legend>
      <TextField
        label={t('steps.name')}
        maxLength={SHORT_TEXT_MAX}
        error={fieldErrorText(t, formState.errors.title, SHORT_TEXT_MAX)}
        {...register('title')}
      />
      <label className="choice">
        <input
          type="checkbox"
          checked={achieved}
          onChange={(event) => void toggle(event.target.checked)}
        />
        <span>{t('steps.achieved')}</span>
      </label>
      {step.achievedAt && (
        <p>{t('steps.achievedOn', { date: formatDay(step.achievedAt, i18n.language) })}</p>
      )}
      {justAchieved && achieved && (
        <p className="celebration">
          <span aria-hidden="true" className="celebration__mark">
            ★
          </span>{' '}
          {t('steps.celebrate')}
        </p>
      )}
      {step.achievedAt && <FeelingField step={step} />}
      <div>
        <button type="button" className="button button--quiet" onClick={() => void promote()}>
          {t('steps.promote')}
        </button>
      </div>
    </fieldset>
  );
}

function FeelingField({ step }: { step: Step }) {
  const { t } = useTranslation();
  return (
    <TextArea
      label={t('steps.feeling')}
      maxLength={LONG_TEXT_MAX}
      rows={2}
      defaultValue={step.feeling}
      onChange={(event) =>
        void stepsRepository.setFeeling(step.id, event.target.value).catch(() => undefined)
      }
    />
  );
}
