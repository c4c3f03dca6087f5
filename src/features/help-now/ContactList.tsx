import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { dialPlan } from '../../domain/contactLinks';
import type { HelpContact } from './helpNowData';
import { PhoneNumber } from '../../ui/PhoneNumber';

/**
 * People to call or text, each with the number written out exactly as the buttons dial it: a
 * laptop cannot call, and someone else may need to read the number aloud. A number the buttons
 * cannot dial as written is still shown, to read, with no button that would dial it wrongly.
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
  const written = contact.phone.trim();
  const plan = dialPlan(written);
  return (
    <li className="help-now__item">
      <p className="help-now__name">{contact.name}</p>
      {contact.role && <p className="preserve-lines">{contact.role}</p>}
      {written && (
        <p className="help-now__number" id={numberId}>
          <PhoneNumber number={plan.ok ? plan.display : written} />
        </p>
      )}
      {plan.ok && plan.extension && <p>{t('helpNow.extension', { extension: plan.extension })}</p>}
      {plan.ok ? (
        <p className="actions">
          <a
            className="button button--primary"
            href={`tel:${plan.dial}`}
            aria-describedby={numberId}
          >
            {t('helpNow.call', { name: contact.name })}
          </a>
          <a className="button" href={`sms:${plan.dial}`} aria-describedby={numberId}>
            {t('helpNow.text', { name: contact.name })}
          </a>
        </p>
      ) : (
        written && <p className="muted">{t('helpNow.cannotDial')}</p>
      )}
    </li>
  );
}
