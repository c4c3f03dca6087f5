import './print.css';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../domain/planView';
import { has, relationshipLabel, shownSections } from './documentParts';

const MOST_CONTACTS = 4;
const MOST_THINGS = 5;

interface CardContact {
  name: string;
  relationship: string;
  phone: string;
}

/**
 * What fits on a wallet card: the name the person likes, who to contact (the people their crisis
 * plan asks to be involved, or else anyone in their plan with a phone number), what helps and
 * what does not.
 */
export function crisisCardContent(view: PlanView) {
  const sections = new Map(
    shownSections('crisis', view.crisis?.sections).map(({ section, items }) => [section, items]),
  );
  const involved: CardContact[] = (sections.get('involved') ?? []).flatMap(({ contact }) =>
    contact && (has(contact.name) || has(contact.phone))
      ? [
          {
            name: contact.name.trim(),
            relationship: contact.relationship,
            phone: contact.phone.trim(),
          },
        ]
      : [],
  );
  const withPhones: CardContact[] = (view.people?.people ?? [])
    .filter((person) => has(person.phone))
    .map((person) => ({
      name: person.name.trim(),
      relationship: person.relationship === 'own' ? person.ownRelationship : person.relationship,
      phone: person.phone.trim(),
    }));
  const texts = (section: 'helps' | 'doesNotHelp') =>
    (sections.get(section) ?? []).map((item) => item.text).slice(0, MOST_THINGS);
  return {
    name: view.aboutMe?.preferredName.trim() ?? '',
    pronouns: view.aboutMe?.pronouns.trim() ?? '',
    contacts: (involved.length > 0 ? involved : withPhones).slice(0, MOST_CONTACTS),
    helps: texts('helps'),
    doesNotHelp: texts('doesNotHelp'),
  };
}

const MARKS = [
  'top-left',
  'top-right',
  'bottom-left',
  'bottom-right',
  'fold-top',
  'fold-bottom',
] as const;

/**
 * A credit-card-sized crisis card (85.6 × 54 mm): the front and back side by side, to be cut out
 * along the corner marks and folded on the dashed line. Long words are cut short, never spilled.
 */
export function CrisisCard({ view, where }: { view: PlanView; where: string }) {
  const { t } = useTranslation();
  const card = crisisCardContent(view);
  return (
    <div className="crisis-card" role="group" aria-label={t('print.card.preview')}>
      <div className="crisis-card__side crisis-card__side--front">
        <p className="crisis-card__heading">{t('print.card.frontHeading')}</p>
        {card.name && (
          <p className="crisis-card__name">
            {card.pronouns
              ? t('print.card.namePronouns', { name: card.name, pronouns: card.pronouns })
              : t('print.card.name', { name: card.name })}
          </p>
        )}
        {card.contacts.length > 0 && (
          <div className="crisis-card__block">
            <p className="crisis-card__label">{t('print.card.contactHeading')}</p>
            <ul className="crisis-card__contacts">
              {card.contacts.map((contact, index) => {
                const relationship = relationshipLabel(t, contact.relationship);
                return (
                  <li key={index}>
                    {contact.name && <span className="crisis-card__contact">{contact.name}</span>}
                    {relationship && <span className="crisis-card__contact">{relationship}</span>}
                    {contact.phone && <span className="crisis-card__phone">{contact.phone}</span>}
                  </li>
                );
              })}
            </ul>
          </div>
        )}
      </div>
      <div className="crisis-card__side crisis-card__side--back">
        {card.helps.length > 0 && (
          <div className="crisis-card__block">
            <p className="crisis-card__label">{t('print.card.helpsHeading')}</p>
            <ul className="crisis-card__list">
              {card.helps.map((text, index) => (
                <li key={index}>
                  <span className="crisis-card__clamp">{text}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {card.doesNotHelp.length > 0 && (
          <div className="crisis-card__block">
            <p className="crisis-card__label">{t('print.card.notHelpHeading')}</p>
            <ul className="crisis-card__list">
              {card.doesNotHelp.map((text, index) => (
                <li key={index}>
                  <span className="crisis-card__clamp">{text}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {where.trim() && (
          <p className="crisis-card__where">
            <span className="crisis-card__label">{t('print.card.whereHeading')}</span>{' '}
            {where.trim()}
          </p>
        )}
      </div>
      {MARKS.map((mark) => (
        <span
          key={mark}
          className={`crisis-card__mark crisis-card__mark--${mark}`}
          aria-hidden="true"
        />
      ))}
    </div>
  );
}
