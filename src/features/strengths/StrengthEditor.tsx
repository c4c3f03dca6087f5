import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../domain/record';
import {
  STRENGTH_KINDS,
  strengthFields,
  type Strength,
  type StrengthFields,
} from '../../domain/strengths';
import { strengthsRepository } from '../../db/repositories/strengths';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { fieldErrorText } from '../../ui/fieldError';
import { useAutosaveForm } from '../../ui/useAutosaveForm';

export function StrengthEditor({ strength, name }: { strength: Strength; name: string }) {
  const { t } = useTranslation();
  const save = useCallback(
    (patch: Partial<StrengthFields>) => strengthsRepository.update(strength.id, patch),
    [strength.id],
  );
  const { register, watch, formState } = useAutosaveForm(
    strengthFields,
    strengthFields.parse(strength),
    save,
  );
  const kind = watch('kind');
  const kindOptions = [
    { value: '', label: t('strengths.kindNone') },
    ...STRENGTH_KINDS.map((value) => ({ value, label: t(`strengths.kinds.${value}`) })),
  ];

  return (
    <fieldset className="stack">
      <legend>{name}</legend>
      <TextField
        label={t('strengths.strength')}
        hint={t('strengths.strengthHint')}
        maxLength={SHORT_TEXT_MAX}
        error={fieldErrorText(t, formState.errors.title, SHORT_TEXT_MAX)}
        {...register('title')}
      />
      <SelectField label={t('strengths.kind')} options={kindOptions} {...register('kind')} />
      {kind === 'own' && (
        <TextField
          label={t('strengths.ownKind')}
          maxLength={SHORT_TEXT_MAX}
          error={fieldErrorText(t, formState.errors.ownKind, SHORT_TEXT_MAX)}
          {...register('ownKind')}
        />
      )}
      <TextArea
        label={t('strengths.howItHelps')}
        maxLength={LONG_TEXT_MAX}
        error={fieldErrorText(t, formState.errors.howItHelps, LONG_TEXT_MAX)}
        {...register('howItHelps')}
      />
    </fieldset>
  );
}
