import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  signingFields,
  signingProblems,
  suggestedReviewDay,
  type AdvanceStatementVersion,
  type Jurisdiction,
  type SigningFields,
  type SigningProblem,
} from '../../domain/advanceStatement';
import { today } from '../../domain/dates';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../domain/record';
import { recordSigning, saveDraft } from '../../db/repositories/advanceStatements';
import { whenWritesSettled } from '../../db/writes';
import { announce } from '../../ui/announcer';
import { TextArea, TextField } from '../../ui/Field';
import { formatDay } from '../../ui/formatDate';
import { CheckboxField } from '../../ui/CheckboxField';
import { shownBySaveStatus } from '../../ui/failures';

type FieldName = keyof SigningFields;

/** Which box each problem belongs to. */
const FIELD_OF: Record<SigningProblem, FieldName> = {
  signedOn: 'signedOn',
  signedInFuture: 'signedOn',
  witnessName: 'witnessName',
  witnessCertified: 'witnessCertified',
};

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

const blank = () => signingFields.parse({ signedOn: today() });

/**
 * Recording that the draft was signed: a deliberate form with its own button, not autosave, since
 * it freezes the version. What the person's nation needs is checked first; anything missing is
 * explained at its box, the first one gets focus, and nothing is saved until it is all there.
 */
export function SigningForm({
  draft,
  jurisdiction,
  onRecording,
}: {
  draft: AdvanceStatementVersion;
  /** Where the person chose, as the screen shows it (it may not be saved in the draft yet). */
  jurisdiction: Jurisdiction | '';
  /** Called just before the signing is recorded (the draft then becomes a signed version). */
  onRecording: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(blank);
  const [reviewDate, setReviewDate] = useState(() => suggestedReviewDay(today()));
  // Once the person picks a review day themselves, a new signing day no longer changes it.
  const [reviewChosen, setReviewChosen] = useState(false);
  const [problems, setProblems] = useState<SigningProblem[]>([]);
  const submitting = useRef(false);
  const focusFirstProblem = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  // After the errors are on screen (so each box is described by its error), go to the first.
  useEffect(() => {
    if (!focusFirstProblem.current) return;
    focusFirstProblem.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);

  const scotland = jurisdiction === 'scotland';
  // Problems found on "Record the signing", for as long as they last: fixing one (or choosing
  // another place, where it is not needed) takes its message away.
  const current = signingProblems(jurisdiction, values, today());
  const errorFor = (field: FieldName) => {
    const problem = problems.find((p) => FIELD_OF[p] === field && current.includes(p));
    return problem && t(`advance.signing.problems.${problem}`);
  };

  const set = <K extends FieldName>(field: K, value: SigningFields[K]) =>
    setValues((before) => ({ ...before, [field]: value }));

  const setSignedOn = (day: string) => {
    set('signedOn', day);
    if (!reviewChosen) setReviewDate(isDay(day) ? suggestedReviewDay(day) : '');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting.current) return;
    // Only what this nation asks for is kept: no Scottish boxes ticked for elsewhere.
    const signing = scotland
      ? values
      : { ...values, witnessCertified: false, healthBoardCopy: false };
    const found = signingProblems(jurisdiction, signing, today());
    focusFirstProblem.current = found.length > 0;
    setProblems(found);
    if (found.length > 0) return;
    submitting.current = true;
    try {
      // Words still being saved belong to this version, and so does the nation on screen.
      await whenWritesSettled();
      if (draft.content.jurisdiction !== jurisdiction) await saveDraft({ jurisdiction });
      onRecording();
      await recordSigning(draft.id, { signing, reviewDate });
      announce(
        t('advance.signing.recorded', {
          number: draft.number,
          date: formatDay(signing.signedOn, i18n.language),
        }),
      );
    } finally {
      submitting.current = false;
    }
  };

  return (
    <form
      ref={formRef}
      className="stack"
      noValidate
      aria-label={t('advance.signing.formLabel')}
      // The form keeps what was typed.
      onSubmit={(event) => void submit(event).catch(shownBySaveStatus)}
    >
      <TextField
        type="date"
        label={t('advance.signing.signedOn')}
        required
        max={today()}
        value={values.signedOn}
        error={errorFor('signedOn')}
        onChange={(event) => setSignedOn(event.target.value)}
      />
      <fieldset className="stack">
        <legend>{t('advance.signing.witnessLegend')}</legend>
        <p className="field__hint">
          {scotland
            ? t('advance.signing.witnessHintScotland')
            : t('advance.signing.witnessHintOther')}
        </p>
        <TextField
          label={t('advance.signing.witnessName')}
          required={scotland}
          maxLength={SHORT_TEXT_MAX}
          value={values.witnessName}
          error={errorFor('witnessName')}
          onChange={(event) => set('witnessName', event.target.value)}
        />
        <TextArea
          label={t('advance.signing.witnessAddress')}
          required={scotland}
          rows={3}
          maxLength={LONG_TEXT_MAX}
          value={values.witnessAddress}
          onChange={(event) => set('witnessAddress', event.target.value)}
        />
        <TextField
          label={t('advance.signing.witnessRole')}
          hint={scotland ? t('advance.signing.witnessRoleHint') : undefined}
          required={scotland}
          maxLength={SHORT_TEXT_MAX}
          value={values.witnessRole}
          onChange={(event) => set('witnessRole', event.target.value)}
        />
        {scotland && (
          <CheckboxField
            label={t('advance.signing.witnessCertified')}
            required
            checked={values.witnessCertified}
            error={errorFor('witnessCertified')}
            onChange={(event) => set('witnessCertified', event.target.checked)}
          />
        )}
      </fieldset>
      <TextField
        label={t('advance.signing.originalHeldAt')}
        hint={t('advance.signing.originalHeldAtHint')}
        maxLength={SHORT_TEXT_MAX}
        value={values.originalHeldAt}
        onChange={(event) => set('originalHeldAt', event.target.value)}
      />
      {scotland && (
        <CheckboxField
          label={t('advance.signing.healthBoardCopy')}
          checked={values.healthBoardCopy}
          onChange={(event) => set('healthBoardCopy', event.target.checked)}
        />
      )}
      <TextField
        type="date"
        label={t('advance.signing.reviewDate')}
        hint={t('advance.signing.reviewDateHint')}
        value={reviewDate}
        onChange={(event) => {
          setReviewChosen(true);
          setReviewDate(event.target.value);
        }}
      />
      <div>
        <button type="submit" className="button button--primary">
          {t('advance.signing.submit')}
        </button>
      </div>
    </form>
  );
}
