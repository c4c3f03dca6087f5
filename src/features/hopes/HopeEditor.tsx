import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { hopeFields, type Hope, type HopeFields } from '../../domain/hopes';
import { LIFE_AREAS, OWN_AREA } from '../../domain/lifeAreas';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../domain/record';
import { hopesRepository } from '../../db/repositories/hopes';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { fieldErrorText } from '../../ui/fieldError';
import { useAutosaveForm } from '../../ui/useAutosaveForm';

export function HopeEditor({ hope, name }: { hope: Hope; name: string }) {
  const { t } = useTranslation();
  const save = useCallback(
    (patch: Partial<HopeFields>) => hopesRepository.update(hope.id, patch),
    [hope.id],
  );
  const { register, watch, formState } = useAutosaveForm(hopeFields, hopeFields.parse(hope), save);
  const area = watch('area');
  const areaOptions = [
    { value: '', label: t('hopes.areaNone') },
    ...[...LIFE_AREAS, OWN_AREA].map((value) => ({ value, label: t(`lifeAreas.${value}`) })),
  ];

  return (
    <fieldset className="stack">
      <legend>{name}</legend>
      <TextField
        label={t('hopes.hope')}
        maxLength={SHORT_TEXT_MAX}
        error={fieldErrorText(t, formState.errors.title, SHORT_TEXT_MAX)}
        {...register('title')}
      />
      <SelectField label={t('hopes.area')} options={areaOptions} {...register('area')} />
      {area === OWN_AREA && (
        <TextField
          label={t('hopes.ownArea')}
          maxLength={SHORT_TEXT_MAX}
          error={fieldErrorText(t, formState.errors.ownArea, SHORT_TEXT_MAX)}
          {...register('ownArea')}
        />
      )}
      <TextArea
        label={t('hopes.notes')}
        maxLength={LONG_TEXT_MAX}
        error={fieldErrorText(t, formState.errors.notes, LONG_TEXT_MAX)}
        {...register('notes')}
      />
    </fieldset>
  );
}
