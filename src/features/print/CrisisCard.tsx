import './print.css';
import { useTranslation } from 'react-i18next';
import { sameName } from '../../domain/doNotInvolve';
import { displayNumber, roundTheClockLines, type Nation } from '../../domain/helpLines';
import type { PlanView } from '../../domain/planView';
import { has, relationshipLabel, shownSections, type Translate } from './documentParts';
import { formatList } from '../../ui/formatList';
import { PhoneNumber } from '../../ui/PhoneNumber';

/*
 * What fits: a side is 85.6 × 54 mm with 3 mm of margin, and no text is smaller than 8 pt, so a
 * side holds about 13 lines of about 44 characters (counted on the narrow side, so an estimate
 * never overfills a side). Each list is cut cleanly, with "and 2 more in my plan" where it is.
 */
const LINES_PER_SIDE = 13;
const CHARS_PER_LINE = 44;
/** A thing from the plan takes two lines at most on the card; the rest is cut short. */
const MOST_LINES_EACH = 2;
/** Room for "and 12 more in my plan" after the last name. */
const MORE_CHARS = 24;

const linesFor = (text: string) =>
  Math.min(MOST_LINES_EACH, Math.max(1, Math.ceil(text.length / CHARS_PER_LINE)));

/** Some of a list, and how many more are in the plan. */
export interface CardList<T = string> {
  shown: T[];
  more: number;
}

interface Block {
  /** How many lines each entry takes, in order. */
  lines: number[];
}

/**
 * How many of each block's entries fit in a side's lines, the most urgent block first. Every
 * block with something in it shows at least its first entry; then one more entry at a time goes
 * to each block in turn while there is room. A block takes a line for its heading, and a line
 * for "and N more" while anything is left out.
 */
export function fitBlocks(blocks: Block[], budget: number): number[] {
  const shown = blocks.map(({ lines }) => Math.min(1, lines.length));
  const cost = (index: number, count: number) => {
    const { lines } = blocks[index]!;
    if (lines.length === 0) return 0;
    const used = lines.slice(0, count).reduce((sum, each) => sum + each, 0);
    return 1 + used + (count < lines.length ? 1 : 0);
  };
  let total = blocks.reduce((sum, _, index) => sum + cost(index, shown[index]!), 0);
  for (let grew = true; grew;) {
    grew = false;
    blocks.forEach((block, index) => {
      const count = shown[index]!;
      if (count >= block.lines.length) return;
      const next = total - cost(index, count) + cost(index, count + 1);
      if (next <= budget) {
        shown[index] = count + 1;
        total = next;
        grew = true;
      }
    });
  }
  return shown;
}

const cut = <T,>(list: T[], count: number): CardList<T> => ({
  shown: list.slice(0, count),
  more: list.length - count,
});

interface CardContact {
  name: string;
  relationship: string;
  phone: string;
}

/** A line that answers at any hour, as the card writes it: "Samaritans 116 123". */
export interface CardLine {
  id: string;
  name: string;
  number: string;
}

/** Anything that looks like a phone number: "do not involve" names a person, never a number. */
const NUMBERS = /\+?\d[\d\s().-]{3,}\d/g;

/**
 * What fits on a wallet card. Front: the name the person likes, the signs that they need
 * someone to step in, who to contact (the people their crisis plan asks to be involved, or else
 * anyone in their plan with a phone number — never anyone under "do not involve"), and the lines
 * that answer at any hour (999, Samaritans, and the line for where they live). Back: who not to
 * involve (names only), what helps and what does not, and where the full plan is.
 */
export function crisisCardContent(
  view: PlanView,
  { nation = '', where = '' }: { nation?: Nation | ''; where?: string } = {},
) {
  const sections = new Map(
    shownSections('crisis', view.crisis?.sections).map(({ section, items }) => [section, items]),
  );
  const texts = (section: 'stepIn' | 'helps' | 'doesNotHelp') =>
    (sections.get(section) ?? []).map((item) => item.text).filter(has);

  const notInvolved = [
    ...new Set(
      (sections.get('notInvolved') ?? []).flatMap((item) =>
        item.people.length > 0 ? item.people : [item.text.replace(NUMBERS, ' ')],
      ),
    ),
  ]
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  // The view already leaves them out; the card checks again, as a wrong call can do harm.
  const keptAway = new Set(notInvolved.map(sameName));
  const mayContact = (contact: CardContact) => !keptAway.has(sameName(contact.name));

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
  const contacts = (involved.length > 0 ? involved : withPhones).filter(mayContact);

  const lines: CardLine[] = roundTheClockLines(nation)
    .filter(
      (line) =>
        line.phone &&
        (line.emergency ||
          line.id === 'samaritans' ||
          // The line for where they live, once they have said where that is.
          (nation !== '' && line.nations !== 'uk')),
    )
    .map((line) => ({ id: line.id, name: line.name, number: displayNumber(line.phone ?? '') }));

  const name = view.aboutMe?.preferredName.trim() ?? '';
  const stepIn = texts('stepIn');
  const helps = texts('helps');
  const doesNotHelp = texts('doesNotHelp');
  const cleanWhere = where.trim();

  // Front: heading, name, and the lines at any hour (a heading and two lines) come first.
  const frontFixed = 1 + (name ? 1 : 0) + 3;
  const [stepInCount = 0, contactCount = 0] = fitBlocks(
    [{ lines: stepIn.map(linesFor) }, { lines: contacts.map(() => 1) }],
    LINES_PER_SIDE - frontFixed,
  );
  // Back: names flow along a line ("Dad, Uncle Pete"), two lines at most, with "and 2 more in
  // my plan" on the same line when some are left out.
  const namesLines = (count: number) =>
    Math.ceil(
      (notInvolved.slice(0, count).join(', ').length +
        (count < notInvolved.length ? MORE_CHARS : 0)) /
        CHARS_PER_LINE,
    );
  let nameCount = notInvolved.length;
  while (nameCount > 1 && namesLines(nameCount) > MOST_LINES_EACH) nameCount -= 1;
  const namesBlock =
    notInvolved.length > 0 ? 1 + Math.min(MOST_LINES_EACH, namesLines(nameCount)) : 0;
  const whereLines = cleanWhere ? 1 + linesFor(cleanWhere) : 0;
  const [helpsCount = 0, notHelpCount = 0] = fitBlocks(
    [{ lines: helps.map(linesFor) }, { lines: doesNotHelp.map(linesFor) }],
    LINES_PER_SIDE - namesBlock - whereLines,
  );

  return {
    name,
    pronouns: view.aboutMe?.pronouns.trim() ?? '',
    lines,
    stepIn: cut(stepIn, stepInCount),
    contacts: cut(contacts, contactCount),
    notInvolved: cut(notInvolved, nameCount),
    helps: cut(helps, helpsCount),
    doesNotHelp: cut(doesNotHelp, notHelpCount),
    where: cleanWhere,
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

function More({ count, t }: { count: number; t: Translate }) {
  return count > 0 ? <p className="crisis-card__more">{t('print.card.more', { count })}</p> : null;
}

function TextList({ heading, list, t }: { heading: string; list: CardList; t: Translate }) {
  if (list.shown.length === 0) return null;
  return (
    <div className="crisis-card__block">
      <p className="crisis-card__label">{heading}</p>
      <ul className="crisis-card__list">
        {list.shown.map((text, index) => (
          <li key={index}>
            <span className="crisis-card__clamp" dir="auto">
              {text}
            </span>
          </li>
        ))}
      </ul>
      <More count={list.more} t={t} />
    </div>
  );
}

/**
 * A credit-card-sized crisis card (85.6 × 54 mm): the front and back side by side, to be cut out
 * along the corner marks and folded on the dashed line. Nothing on it is smaller than 8 pt; long
 * lists are cut cleanly, long words are cut short, never spilled.
 */
export function CrisisCard({
  view,
  where,
  nation = '',
}: {
  view: PlanView;
  where: string;
  nation?: Nation | '';
}) {
  const { t, i18n } = useTranslation();
  const card = crisisCardContent(view, { nation, where });
  const lineLabel = (line: CardLine) =>
    t(`print.card.lines.${line.id}`, {
      name: line.name,
      number: line.number,
      defaultValue: line.name === line.number ? line.number : `${line.name} ${line.number}`,
    });
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
        <TextList heading={t('print.card.stepInHeading')} list={card.stepIn} t={t} />
        {card.contacts.shown.length > 0 && (
          <div className="crisis-card__block">
            <p className="crisis-card__label">{t('print.card.contactHeading')}</p>
            <ul className="crisis-card__contacts">
              {card.contacts.shown.map((contact, index) => {
                const relationship = relationshipLabel(t, contact.relationship);
                return (
                  <li key={index}>
                    {contact.name && (
                      <span className="crisis-card__contact" dir="auto">
                        {contact.name}
                      </span>
                    )}
                    {relationship && <span className="crisis-card__contact">{relationship}</span>}
                    {contact.phone && (
                      <span className="crisis-card__phone">
                        <PhoneNumber number={contact.phone} />
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
            <More count={card.contacts.more} t={t} />
          </div>
        )}
        <div className="crisis-card__block crisis-card__block--lines">
          <p className="crisis-card__label">{t('print.card.anyTimeHeading')}</p>
          <ul className="crisis-card__lines">
            {card.lines.map((line) => (
              <li key={line.id}>{lineLabel(line)}</li>
            ))}
          </ul>
        </div>
      </div>
      <div className="crisis-card__side crisis-card__side--back">
        {card.notInvolved.shown.length > 0 && (
          <div className="crisis-card__block">
            <p className="crisis-card__label">{t('print.card.notInvolvedHeading')}</p>
            <p className="crisis-card__names">
              {card.notInvolved.more > 0
                ? t('print.card.namesAndMore', {
                    names: formatList(card.notInvolved.shown, i18n.language),
                    count: card.notInvolved.more,
                  })
                : formatList(card.notInvolved.shown, i18n.language)}
            </p>
          </div>
        )}
        <TextList heading={t('print.card.helpsHeading')} list={card.helps} t={t} />
        <TextList heading={t('print.card.notHelpHeading')} list={card.doesNotHelp} t={t} />
        {card.where && (
          <p className="crisis-card__where">
            <span className="crisis-card__label">{t('print.card.whereHeading')}</span> {card.where}
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
