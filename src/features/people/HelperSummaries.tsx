import { useTranslation } from 'react-i18next';
import { mailtoHref, telHref, type Person, type Resource } from '../../domain/people';
import { SummaryRows } from '../../ui/SummaryRows';
import { PhoneNumber } from '../../ui/PhoneNumber';

/** A person as the list reads them: who they are to you, how to reach them, with a tap to call. */
export function PersonSummary({ item, name }: { item: Person; name: string }) {
  const { t } = useTranslation();
  const tel = telHref(item.phone);
  const mailto = mailtoHref(item.email);
  const relationship =
    item.relationship === 'own'
      ? item.ownRelationship
      : item.relationship
        ? t(`people.supporters.relationships.${item.relationship}`)
        : '';
  return (
    <>
      <h3 className="summary-title">{name}</h3>
      {/* Who they are to you and how to reach them, in one short line each. */}
      {relationship.trim() && <p className="summary-subtitle">{relationship.trim()}</p>}
      {(item.phone.trim() || item.email.trim()) && (
        <p className="summary-subtitle">
          {item.phone.trim() && <PhoneNumber number={item.phone.trim()} />}
          {item.phone.trim() && item.email.trim() && ' · '}
          {item.email.trim() && <bdi dir="ltr">{item.email.trim()}</bdi>}
        </p>
      )}
      <SummaryRows
        rows={[
          { label: t('people.supporters.wouldLikeThemTo'), value: item.wouldLikeThemTo },
          { label: t('people.supporters.notes'), value: item.notes },
        ]}
      />
      {(tel || mailto) && (
        <ul
          className="summary-contact actions"
          aria-label={t('people.supporters.contactLinks', { name })}
        >
          {tel && (
            <li>
              <a className="button button--primary" href={tel}>
                {t('people.supporters.call', { name })}
              </a>
            </li>
          )}
          {mailto && (
            <li>
              <a className="button" href={mailto}>
                {t('people.supporters.sendEmail', { name })}
              </a>
            </li>
          )}
        </ul>
      )}
    </>
  );
}

/** A group or place as the list reads it. */
export function ResourceSummary({ item, name }: { item: Resource; name: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="summary-title">{name}</h3>
      <SummaryRows
        rows={[
          { label: t('people.places.offers'), value: item.offers },
          { label: t('people.places.howToReach'), value: item.howToReach },
          { label: t('people.places.when'), value: item.when },
        ]}
      />
    </>
  );
}
