import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepFields, type Step, type StepFields } from '../../domain/goals';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../domain/record';
import { stepsRepository } from '../../db/repositories/goals';
import { announce } from '../../ui/announcer';
import { TextArea, TextField } from '../../ui/Field';
import { fieldErrorText } from '../../ui/fieldError';
import { formatDay } from '../../ui/formatDate';
import { Moment } from '../../ui/Moment';
import { navigate } from '../../ui/router';
import { useAutosaveForm } from '../../ui/useAutosaveForm';
import { shownBySaveStatus } from '../../ui/failures';

/**
 * One small step as it reads: the whole row is one big target to tick it off. Ticking it is a
 * moment, with the person's own words for why the goal matters, and a place to say how it felt.
 */
export function StepSummary({ step, name, why }: { step: Step; name: string; why: string }) {
  const { t, i18n } = useTranslation();
  const [justAchieved, setJustAchieved] = useState(false);
  // The tick follows the person's tap at once; the saved state takes over when it arrives.
  const [ticking, setTicking] = useState<boolean | null>(null);
  const achieved = ticking ?? step.achievedAt !== null;
  const whySaid = why.trim() ? t('goal.whyItMattersSaid', { why: why.trim() }) : undefined;

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
    if (checked) announce([t('steps.celebrate'), whySaid].filter(Boolean).join(' '));
  };

  return (
    <>
      <label className="step-tick">
        <input
          type="checkbox"
          checked={achieved}
          onChange={(event) => void toggle(event.target.checked)}
        />
        <span>{name}</span>
      </label>
      {step.achievedAt && (
        <p>{t('steps.achievedOn', { date: formatDay(step.achievedAt, i18n.language) })}</p>
      )}
      {justAchieved && achieved && (
        <>
          <Moment message={t('steps.celebrate')} why={whySaid} />
          <FeelingField step={step} />
        </>
      )}
      {!justAchieved && step.achievedAt && step.feeling.trim() && (
        <p className="preserve-lines">
          <strong>{t('steps.feelingSaid')}:</strong> {step.feeling.trim()}
        </p>
      )}
    </>
  );
}

/** Changing one small step: its words, how it felt, or making it a goal of its own. */
export function StepEditor({ step, name }: { step: Step; name: string }) {
  const { t, i18n } = useTranslation();
  const save = useCallback(
    (patch: Partial<StepFields>) => stepsRepository.update(step.id, patch),
    [step.id],
  );
  const { register, formState } = useAutosaveForm(stepFields, stepFields.parse(step), save);

  const promote = async () => {
    const goal = await stepsRepository.promote(step.id).catch(shownBySaveStatus);
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
      {step.achievedAt && (
        <p>{t('steps.achievedOn', { date: formatDay(step.achievedAt, i18n.language) })}</p>
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
        void stepsRepository.setFeeling(step.id, event.target.value).catch(shownBySaveStatus)
      }
    />
  );
}
