import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { telHref } from '../../domain/contactLinks';
import type { HelpContact } from './helpNowData';

/**
 * People to call or text, each with the number written out: a laptop cannot call, and someone
 * else may need to read the number aloud.
 */
export function ContactList({ contacts }: { contacts: readonly HelpContact[] }) {
  return (
    <ul className="help-now__list">
      {contacts.map((contact) => (
        <ContactItem key={contact.id} contact={contact} />
      ))}
    </ul>
  );
}

function ContactItem({ contact }: { contact: HelpContact }) {
  const { t } = useTranslation();
  const numberId = useId();
  const tel = telHref(contact.phone);
  return (
    <li className="help-now__item">
      <p className="help-now__name">{contact.name}</p>
      {contact.role && <p className="preserve-lines">{contact.role}</p>}
      {tel && (
        <>
          <p className="help-now__number" id={numberId}>
            {contact.phone.trim()}
          </p>
          <p className="actions">
            <a className="button button--primary" href={tel} aria-describedby={numberId}>
              {t('helpNow.call', { name: contact.name })}
            </a>
            <a className="button" href={tel.replace(/^tel:/, 'sms:')} aria-describedby={numberId}>
              {t('helpNow.text', { name: contact.name })}
            </a>
          </p>
        </>
      )}
    </li>
  );
}
