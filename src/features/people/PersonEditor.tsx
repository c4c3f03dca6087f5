import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EMAIL_MAX,
  PHONE_MAX,
  RELATIONSHIPS,
  mailtoHref,
  personFields,
  telHref,
  type Person,
  type PersonFields,
} from '../../domain/people';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../domain/record';
import { peopleRepository } from '../../db/repositories/people';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { fieldErrorText } from '../../ui/fieldError';
import { PhoneField } from '../../ui/PhoneField';
import { useAutosaveForm } from '../../ui/useAutosaveForm';

export function PersonEditor({ item, name }: { item: Person; name: string }) {
  const { t } = useTranslation();
  const save = useCallback(
    (patch: Partial<PersonFields>) => peopleRepository.update(item.id, patch),
    [item.id],
  );
  const { register, watch, formState } = useAutosaveForm(
    personFields,
    personFields.parse(item),
    save,
  );
  const errors = formState.errors;
  const [relationship, phone, email] = watch(['relationship', 'phone', 'email']);
  const tel = telHref(phone);
  const mailto = mailtoHref(email);
  const relationshipOptions = [
    { value: '', label: t('people.supporters.relationshipNone') },
    ...RELATIONSHIPS.map((value) => ({
      value,
      label: t(`people.supporters.relationships.${value}`),
    })),
  ];

  return (
    <fieldset className="stack">
      <legend>{name}</legend>
      <TextField
        label={t('people.supporters.name')}
        hint={t('people.supporters.nameHint')}
        maxLength={SHORT_TEXT_MAX}
        error={fieldErrorText(t, errors.name, SHORT_TEXT_MAX)}
        {...register('name')}
      />
      <SelectField
        label={t('people.supporters.relationship')}
        hint={t('people.supporters.relationshipHint')}
        options={relationshipOptions}
        {...register('relationship')}
      />
      {relationship === 'own' && (
        <TextField
          label={t('people.supporters.ownRelationship')}
          maxLength={SHORT_TEXT_MAX}
          error={fieldErrorText(t, errors.ownRelationship, SHORT_TEXT_MAX)}
          {...register('ownRelationship')}
        />
      )}
      <PhoneField
        label={t('people.supporters.phone')}
        phone={phone}
        maxLength={PHONE_MAX}
        error={fieldErrorText(t, errors.phone, PHONE_MAX)}
        {...register('phone')}
      />
      <TextField
        label={t('people.supporters.email')}
        type="email"
        autoComplete="off"
        spellCheck={false}
        maxLength={EMAIL_MAX}
        error={fieldErrorText(t, errors.email, EMAIL_MAX)}
        {...register('email')}
      />
      <TextArea
        label={t('people.supporters.wouldLikeThemTo')}
        hint={t('people.supporters.wouldLikeThemToHint')}
        maxLength={LONG_TEXT_MAX}
        error={fieldErrorText(t, errors.wouldLikeThemTo, LONG_TEXT_MAX)}
        {...register('wouldLikeThemTo')}
      />
      <TextArea
        label={t('people.supporters.notes')}
        maxLength={LONG_TEXT_MAX}
        error={fieldErrorText(t, errors.notes, LONG_TEXT_MAX)}
        {...register('notes')}
      />
      {(tel || mailto) && (
        <ul className="contact-links" aria-label={t('people.supporters.contactLinks', { name })}>
          {tel && (
            <li>
              <a href={tel}>{t('people.supporters.call', { name })}</a>
            </li>
          )}
          {mailto && (
            <li>
              <a href={mailto}>{t('people.supporters.sendEmail', { name })}</a>
            </li>
          )}
        </ul>
      )}
    </fieldset>
  );
}
