import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { resourceFields, type Resource, type ResourceFields } from '../../domain/people';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../domain/record';
import { resourcesRepository } from '../../db/repositories/people';
import { TextArea, TextField } from '../../ui/Field';
import { fieldErrorText } from '../../ui/fieldError';
import { useAutosaveForm } from '../../ui/useAutosaveForm';

export function ResourceEditor({ item, name }: { item: Resource; name: string }) {
  const { t } = useTranslation();
  const save = useCallback(
    (patch: Partial<ResourceFields>) => resourcesRepository.update(item.id, patch),
    [item.id],
  );
  const { register, formState } = useAutosaveForm(resourceFields, resourceFields.parse(item), save);
  const errors = formState.errors;

  return (
    <fieldset className="stack">
      <legend>{name}</legend>
      <TextField
        label={t('people.places.name')}
        hint={t('people.places.nameHint')}
        maxLength={SHORT_TEXT_MAX}
        error={fieldErrorText(t, errors.name, SHORT_TEXT_MAX)}
        {...register('name')}
      />
      <TextArea
        label={t('people.places.offers')}
        maxLength={LONG_TEXT_MAX}
        error={fieldErrorText(t, errors.offers, LONG_TEXT_MAX)}
        {...register('offers')}
      />
      <TextArea
        label={t('people.places.howToReach')}
        maxLength={LONG_TEXT_MAX}
        error={fieldErrorText(t, errors.howToReach, LONG_TEXT_MAX)}
        {...register('howToReach')}
      />
      <TextField
        label={t('people.places.when')}
        hint={t('people.places.whenHint')}
        maxLength={SHORT_TEXT_MAX}
        error={fieldErrorText(t, errors.when, SHORT_TEXT_MAX)}
        {...register('when')}
      />
    </fieldset>
  );
}
