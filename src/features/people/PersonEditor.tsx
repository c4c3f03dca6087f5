import { useTranslation } from 'react-i18next';
import {
  EMAIL_MAX,
  PHONE_MAX,
  RELATIONSHIPS,
  mailtoHref,
  personFields,
  telHref,
  type Person,
} from '../../domain/people';
import { peopleRepository } from '../../db/repositories/people';
import { HelperEditor, type HelperEditorSpec } from './HelperEditor';

const PERSON: HelperEditorSpec<typeof personFields> = {
  words: 'supporters',
  schema: personFields,
  fields: [
    { name: 'name', kind: 'short', hint: true },
    { name: 'relationship', kind: 'select', values: RELATIONSHIPS, hint: true },
    { name: 'ownRelationship', kind: 'short', shownWhen: { field: 'relationship', is: 'own' } },
    { name: 'phone', kind: 'phone', max: PHONE_MAX },
    { name: 'email', kind: 'email', max: EMAIL_MAX },
    { name: 'wouldLikeThemTo', kind: 'long', hint: true },
    { name: 'notes', kind: 'long' },
  ],
  save: (id, patch) => peopleRepository.update(id, patch),
  after: ({ phone, email }, name) => <ContactLinks phone={phone} email={email} name={name} />,
};

/** A person who helps: who they are to the person, how to reach them, what to ask of them. */
export function PersonEditor({ item, name }: { item: Person; name: string }) {
  return <HelperEditor spec={PERSON} item={item} name={name} />;
}

/** Links to call or email them, once there is a number or address to use. */
function ContactLinks({ phone, email, name }: { phone: string; email: string; name: string }) {
  const { t } = useTranslation();
  const tel = telHref(phone);
  const mailto = mailtoHref(email);
  if (!tel && !mailto) return null;
  return (
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
  );
}
