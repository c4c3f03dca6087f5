/**
 * What a printed or exported plan holds, worked out once from a PlanView so the page
 * (PlanDocument), the text export (markdown) and the wallet card agree on what is shown, in which
 * order, and in which words. Pure: no React, no database.
 */
import type { TFunction } from 'i18next';
import { i18next } from '../../i18n';
import { formatList } from '../../ui/formatList';
import { ABOUT_ME_FIELD_NAMES, type AboutMeFields } from '../../domain/aboutMe';
import {
  JURISDICTIONS,
  STATEMENT_TEXT_FIELDS,
  type SigningFields,
  type StatementTextField,
  type Wish,
} from '../../domain/advanceStatement';
import { SHARED_GOAL_DETAILS } from '../../domain/goals';
import { displayNumber, helpLinesFor, type HelpLine, type Nation } from '../../domain/helpLines';
import { LIFE_AREAS } from '../../domain/lifeAreas';
import { mailtoHref, RELATIONSHIPS, telHref } from '../../domain/people';
import { crisisTextsFields, SECTIONS, sectionsOf, type SectionId } from '../../domain/planSections';
import type { OwnHelpLine } from '../../domain/settings';
import { STRENGTH_KINDS } from '../../domain/strengths';
import type { PlanView, ViewGoal, ViewItem, ViewPart, ViewStatement } from '../../domain/planView';
import { formatDay } from '../../ui/formatDate';

export type Translate = TFunction;

/** The person's own items ("Mo, Sam and the library"), joined as the page's language joins them. */
const listOf = (items: readonly string[]) => formatList(items, i18next.language);

const has = (text: string | undefined): text is string => Boolean(text?.trim());
const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** A date the caller gave: an ISO day or moment is written out in the person's language. */
export function displayDate(date: string, locale: string | undefined): string {
  return /^\d{4}-\d{2}-\d{2}(T|$)/.test(date) ? formatDay(date, locale ?? 'en-GB') : date;
}

/** The title at the top of the document, and at the top of each printed page. */
export function documentTitle(t: Translate, name: string): string {
  return has(name)
    ? t('print.document.titleNamed', { name: name.trim() })
    : t('print.document.title');
}

/** The translation key of each part's heading. */
export const PART_HEADINGS: Record<ViewPart, string> = {
  crisis: 'crisis.read.label',
  aboutMe: 'aboutMe.title',
  strengths: 'strengths.title',
  hopes: 'hopes.title',
  goals: 'goals.title',
  stayingWell: 'stayingWell.title',
  advanceStatement: 'print.parts.advanceStatement',
  people: 'people.title',
};

/** "Family", or the person's own words for who someone is to them. */
export function relationshipLabel(t: Translate, relationship: string, own = ''): string {
  if (relationship === 'own') return own.trim();
  if (isOneOf(RELATIONSHIPS, relationship)) {
    return t(`people.supporters.relationships.${relationship}`);
  }
  // A crisis contact carries either a relationship id or the person's own words.
  return relationship.trim();
}

export function areaLabel(t: Translate, area: string, ownArea: string): string {
  if (area === 'own') return ownArea.trim();
  return isOneOf(LIFE_AREAS, area) ? t(`lifeAreas.${area}`) : '';
}

export function strengthKindLabel(t: Translate, kind: string, ownKind: string): string {
  if (kind === 'own') return ownKind.trim();
  return isOneOf(STRENGTH_KINDS, kind) ? t(`strengths.kinds.${kind}`) : '';
}

/** A section's item, trimmed to the parts that section uses; null when it says nothing. */
export interface ShownItem {
  text: string;
  detail: string;
  actions: string[];
  people: string[];
  tools: string[];
  contact?: NonNullable<ViewItem['contact']>;
}

function shownItem(section: SectionId, item: ViewItem): ShownItem | null {
  const spec: {
    text: boolean;
    detail?: boolean;
    actions?: boolean;
    people?: string;
    tools?: boolean;
  } = SECTIONS[section];
  const shown: ShownItem = {
    text: spec.text ? item.text.trim() : '',
    detail: spec.detail ? item.detail.trim() : '',
    actions: spec.actions ? item.actions.map((a) => a.trim()).filter(Boolean) : [],
    people: spec.people ? item.people.map((p) => p.trim()).filter(Boolean) : [],
    tools: spec.tools ? item.tools.map((tool) => tool.trim()).filter(Boolean) : [],
    ...(spec.people && item.contact && (has(item.contact.name) || has(item.contact.phone))
      ? { contact: item.contact }
      : {}),
  };
  const saysSomething =
    shown.text ||
    shown.detail ||
    shown.actions.length ||
    shown.people.length ||
    shown.tools.length ||
    shown.contact;
  return saysSomething ? shown : null;
}

export interface ShownSection {
  section: SectionId;
  items: ShownItem[];
}

/** The sections of a staying-well or crisis plan that have something in them, in plan order. */
export function shownSections(
  part: 'stayingWell' | 'crisis',
  sections: Partial<Record<SectionId, ViewItem[]>> | undefined,
): ShownSection[] {
  return sectionsOf(part)
    .map((section) => ({
      section,
      items: (sections?.[section] ?? [])
        .map((item) => shownItem(section, item))
        .filter((item): item is ShownItem => item !== null),
    }))
    .filter(({ items }) => items.length > 0);
}

export const CRISIS_TEXT_NAMES = Object.keys(crisisTextsFields.shape) as (
  'whenWell' | 'crisisOver' | 'afterwards'
)[];

/** The crisis plan's single answers that have words, in order. */
export function shownCrisisTexts(
  crisis: PlanView['crisis'],
): { name: (typeof CRISIS_TEXT_NAMES)[number]; text: string }[] {
  return CRISIS_TEXT_NAMES.map((name) => ({
    name,
    text: crisis?.texts[name]?.trim() ?? '',
  })).filter(({ text }) => text);
}

export function shownAboutMe(
  aboutMe: AboutMeFields | undefined,
): { name: keyof AboutMeFields; text: string }[] {
  return ABOUT_ME_FIELD_NAMES.map((name) => ({ name, text: aboutMe?.[name]?.trim() ?? '' })).filter(
    ({ text }) => text,
  );
}

/** A label and the person's words, for the small "name: value" lists under an item. */
export interface Detail {
  label: string;
  text: string;
  /** A safe tel: or mailto: link for the text, when it is a phone number or email address. */
  href?: string | null;
  /** Several short things, shown as a list instead of `text`. */
  list?: string[];
}

const details = (list: (Detail | false)[]): Detail[] =>
  list.filter(
    (detail): detail is Detail =>
      detail !== false && (has(detail.text) || Boolean(detail.list?.length)),
  );

export function strengthDetails(
  t: Translate,
  strength: NonNullable<PlanView['strengths']>[number],
) {
  return details([
    {
      label: t('print.document.kind'),
      text: strengthKindLabel(t, strength.kind, strength.ownKind),
    },
    { label: t('strengths.howItHelps'), text: strength.howItHelps },
  ]);
}

export function hopeDetails(t: Translate, hope: NonNullable<PlanView['hopes']>[number]) {
  return details([
    { label: t('hopes.area'), text: areaLabel(t, hope.area, hope.ownArea) },
    { label: t('hopes.notes'), text: hope.notes },
  ]);
}

export function goalDetails(t: Translate, goal: ViewGoal, locale: string | undefined) {
  return details(
    SHARED_GOAL_DETAILS.map((detail) => ({
      label: t(`goal.${detail.name}`),
      text: goalDetailText(t, goal, detail, locale),
    })),
  );
}

function goalDetailText(
  t: Translate,
  goal: ViewGoal,
  detail: (typeof SHARED_GOAL_DETAILS)[number],
  locale: string | undefined,
): string {
  switch (detail.kind) {
    case 'area':
      return areaLabel(t, goal.area, goal.ownArea);
    case 'choices':
      return formatList(goal[detail.name], locale ?? i18next.language);
    case 'day':
      return has(goal[detail.name]) ? displayDate(goal[detail.name], locale) : '';
    default:
      return goal[detail.name];
  }
}

/** Where the goal is, in kind words: "Working on it", "Achieved on 3 May 2026", "Resting for now". */
export function goalStatusText(t: Translate, goal: ViewGoal, locale: string | undefined): string {
  if (goal.status === 'achieved' && goal.achievedAt) {
    return t('goal.achievedOn', { date: displayDate(goal.achievedAt, locale) });
  }
  return t('goal.statusNow', { status: t(`goals.status.${goal.status}`) });
}

export function goalTitle(t: Translate, goal: ViewGoal): string {
  return goal.title.trim() || t('goals.untitled');
}

type ViewPerson = NonNullable<PlanView['people']>['people'][number];
type ViewResource = NonNullable<PlanView['people']>['resources'][number];

export function personDetails(t: Translate, person: ViewPerson) {
  return details([
    {
      label: t('print.document.relationship'),
      text: relationshipLabel(t, person.relationship, person.ownRelationship),
    },
    { label: t('print.document.phone'), text: person.phone, href: telHref(person.phone) },
    { label: t('print.document.email'), text: person.email, href: mailtoHref(person.email) },
    { label: t('people.supporters.wouldLikeThemTo'), text: person.wouldLikeThemTo },
  ]);
}

export function resourceDetails(t: Translate, resource: ViewResource) {
  return details([
    { label: t('people.places.offers'), text: resource.offers },
    { label: t('people.places.howToReach'), text: resource.howToReach },
    { label: t('people.places.when'), text: resource.when },
  ]);
}

export const shownPeople = (people: PlanView['people']) =>
  (people?.people ?? []).filter(
    (person) => has(person.name) || has(person.phone) || has(person.email),
  );

export const shownResources = (people: PlanView['people']) =>
  (people?.resources ?? []).filter((resource) => has(resource.name) || has(resource.offers));

export const shownStrengths = (view: PlanView) =>
  (view.strengths ?? []).filter((strength) => has(strength.title) || has(strength.howItHelps));

export const shownHopes = (view: PlanView) =>
  (view.hopes ?? []).filter((hope) => has(hope.title) || has(hope.notes));

export const shownSteps = (goal: ViewGoal) => goal.steps.filter((step) => has(step.title));

/** What one item of a staying-well or crisis section shows: who or what, a note, and details. */
export interface ItemContent {
  /** Who the item is about, for sections that name a person. */
  name: string;
  /** What the item says, in the person's words. */
  text: string;
  /** A sentence in the crisis plan's words: "Why: …", "Who can help: …". */
  note: string;
  details: Detail[];
}

export function itemContent(t: Translate, section: SectionId, item: ShownItem): ItemContent {
  if (SECTIONS[section].part === 'stayingWell') {
    const words = (key: string) => t(`stayingWell.sections.${section}.${key}`);
    return {
      name: '',
      text: item.text,
      note: '',
      details: details([
        { label: words('detail'), text: item.detail },
        { label: words('actions'), text: '', list: item.actions },
        { label: t('stayingWell.people'), text: listOf(item.people) },
        { label: t('stayingWell.tools'), text: listOf(item.tools) },
      ]),
    };
  }
  const contact = item.contact;
  if (section === 'involved') {
    return {
      name: contact?.name.trim() || listOf(item.people),
      text: '',
      note: '',
      details: details([
        {
          label: t('print.document.relationship'),
          text: relationshipLabel(t, contact?.relationship ?? ''),
        },
        {
          label: t('print.document.phone'),
          text: contact?.phone ?? '',
          href: telHref(contact?.phone ?? ''),
        },
        {
          label: t('print.document.email'),
          text: contact?.email ?? '',
          href: mailtoHref(contact?.email ?? ''),
        },
        { label: t('crisis.sections.involved.detail'), text: item.detail },
      ]),
    };
  }
  return {
    name: contact?.name.trim() || listOf(item.people),
    text: item.text,
    note: item.detail
      ? t(`crisis.read.details.${section}`, { detail: item.detail, defaultValue: item.detail })
      : '',
    details: [],
  };
}

/* Help lines, at the end of a printed plan */

/** One help line as a printed plan shows it: who, how to reach them, what for, and when. */
export interface ShownHelpLine {
  /** "999", "Samaritans: 116 123", "Shout: text SHOUT to 85258". */
  title: string;
  what: string;
  /** "When: Any time, day or night" ('' for the person's own lines, whose hours we don't know). */
  when: string;
}

export interface ShownHelpLines {
  /** Which lines these are: for where the person lives, or for the whole UK. */
  intro: string;
  lines: ShownHelpLine[];
}

/** How to reach a line, in words: "116 123", "text SHOUT to 85258", "0800 068 4141, or text 88247". */
function reachBy(t: Translate, line: HelpLine): string {
  const ways = [
    line.phone ? displayNumber(line.phone) : '',
    line.text
      ? line.text.message
        ? t('print.document.help.textMessage', {
            message: line.text.message,
            number: displayNumber(line.text.number),
          })
        : t('print.document.help.text', { number: displayNumber(line.text.number) })
      : '',
  ].filter(Boolean);
  return ways.reduce((first, second) => t('print.document.help.or', { first, second }));
}

/**
 * The help lines for where the person lives, from the same data as Help now: 999 first, then
 * the lines that answer at any hour, then the rest, each with its number and hours; lines the
 * person hid stay hidden (never 999), and lines they added come last.
 */
export function shownHelpLines(
  t: Translate,
  {
    nation,
    hidden = [],
    own = [],
  }: { nation: Nation | ''; hidden?: readonly string[]; own?: readonly OwnHelpLine[] },
): ShownHelpLines {
  const lines = helpLinesFor(nation, hidden).map((line) => {
    const how = reachBy(t, line);
    return {
      // "999" and "NHS 111" already say their number.
      title: line.name.includes(how)
        ? line.name
        : t('print.document.help.line', { name: line.name, how }),
      what: t(`helpNow.lines.${line.id}.what`),
      when: t('print.document.help.when', { when: t(`helpNow.lines.${line.id}.when`) }),
    };
  });
  const mine = own
    .filter((line) => has(line.name) || has(line.phone))
    .map((line) => ({
      title: has(line.phone)
        ? t('print.document.help.line', { name: line.name.trim(), how: line.phone.trim() })
        : line.name.trim(),
      what: line.notes.trim(),
      when: '',
    }));
  return {
    intro:
      nation === 'elsewhere'
        ? t('print.document.help.forElsewhere')
        : nation
          ? t('print.document.help.forNation', { place: t(`nations.${nation}`) })
          : t('print.document.help.forUk'),
    lines: [...lines, ...mine],
  };
}

/* The advance statement */

/** "Scotland", "England and Wales": whose rules the statement was written for ('' if not said). */
export function jurisdictionName(t: Translate, jurisdiction: string): string {
  return isOneOf(JURISDICTIONS, jurisdiction)
    ? t(`print.statement.jurisdictions.${jurisdiction}`)
    : '';
}

/** "Advance statement of Sam Smith": the full name it gives, or else the name the person likes. */
export function statementTitle(t: Translate, fullName: string, name: string): string {
  const who = fullName.trim() || name.trim();
  return who ? t('print.statement.titleNamed', { name: who }) : t('print.statement.title');
}

/** What a wish says, trimmed; wishes with nothing written are left out. */
export interface ShownWish {
  what: string;
  why: string;
}

const shownWishes = (wishes: readonly Wish[]): ShownWish[] =>
  wishes
    .map((wish) => ({ what: wish.what.trim(), why: wish.why.trim() }))
    .filter((wish) => wish.what || wish.why);

/** Where the version stands, said first and plainly: never by layout or colour alone. */
export interface StatementMarker {
  status: ViewStatement['status'];
  /** "Not yet signed", "A copy of the statement signed on 3 May 2026", "Withdrawn on …". */
  headline: string;
  /** Which version it is, and what that means. */
  note: string;
}

/** What a recorded signing says: whole sentences, then labelled details. */
export interface SigningRecord {
  said: string[];
  details: Detail[];
}

/** One version of the advance statement as the page and the text export show it. */
export interface ShownStatement {
  marker: StatementMarker;
  /** "Written for: Scotland" ('' when the person has not said where). */
  writtenFor: string;
  /** Full name, date of birth, address: so it is clear whose statement it is. */
  details: Detail[];
  /** The labels of those details with nothing written, for lines to fill in by hand. */
  unwritten: string[];
  wanted: ShownWish[];
  notWanted: ShownWish[];
  /** The other wishes that have words, in the statement's order. */
  texts: { name: StatementTextField; heading: string; text: string }[];
  /** Who holds a copy: names, then anyone else in the person's words. */
  copies: string[];
  /** England and Wales: a statement of wishes, not an advance decision ('' elsewhere). */
  kindNote: string;
  /** What was recorded when it was signed; null for a draft. */
  signing: SigningRecord | null;
}

function statementMarker(
  t: Translate,
  statement: ViewStatement,
  locale: string | undefined,
): StatementMarker {
  const { number, status } = statement;
  const signedOn = displayDate(statement.signing?.signedOn ?? '', locale);
  if (status === 'draft' || !statement.signing) {
    return {
      status: 'draft',
      headline: t('print.statement.notSigned'),
      note: t('print.statement.draftNote', { number }),
    };
  }
  if (status === 'withdrawn') {
    return {
      status,
      headline: t('print.statement.withdrawnOn', {
        date: displayDate(statement.withdrawnOn, locale),
      }),
      note: t('print.statement.withdrawnNote', { number, date: signedOn }),
    };
  }
  return {
    status,
    headline: t('print.statement.signedCopy', { date: signedOn }),
    note: t('print.statement.signedNote', { number }),
  };
}

function signingRecord(
  t: Translate,
  signing: SigningFields,
  locale: string | undefined,
): SigningRecord {
  const date = displayDate(signing.signedOn, locale);
  const name = signing.witnessName.trim();
  const role = signing.witnessRole.trim();
  const witness = name && role ? t('print.statement.witnessWithRole', { name, role }) : name;
  return {
    said: [
      witness
        ? t('print.statement.signedWitnessed', { date, witness })
        : t('print.statement.signedOn', { date }),
      signing.witnessCertified && t('print.statement.certified'),
      signing.healthBoardCopy && t('print.statement.healthBoardCopy'),
    ].filter((sentence): sentence is string => Boolean(sentence)),
    details: details([
      !name && { label: t('print.statement.lines.witnessRole'), text: role },
      { label: t('print.statement.lines.witnessAddress'), text: signing.witnessAddress },
      { label: t('print.statement.originalHeldAt'), text: signing.originalHeldAt },
    ]),
  };
}

export function shownStatement(
  t: Translate,
  statement: ViewStatement,
  locale: string | undefined,
): ShownStatement {
  const { content } = statement;
  const place = jurisdictionName(t, content.jurisdiction);
  const about: Detail[] = [
    { label: t('print.statement.fullName'), text: content.fullName },
    {
      label: t('print.statement.dateOfBirth'),
      text: content.dateOfBirth && displayDate(content.dateOfBirth, locale),
    },
    { label: t('print.statement.address'), text: content.address },
  ];
  return {
    marker: statementMarker(t, statement, locale),
    writtenFor: place && t('print.statement.writtenFor', { place }),
    details: details(about),
    unwritten: about.filter((detail) => !has(detail.text)).map((detail) => detail.label),
    wanted: shownWishes(content.wanted),
    notWanted: shownWishes(content.notWanted),
    texts: STATEMENT_TEXT_FIELDS.map((name) => ({
      name,
      heading: t(`print.statement.fields.${name}`),
      text: content[name].trim(),
    })).filter(({ text }) => text),
    copies: [
      ...statement.copyHolders.map((holder) => holder.trim()),
      content.otherCopyHolders.trim(),
    ].filter(Boolean),
    kindNote: content.jurisdiction === 'englandWales' ? t('print.statement.wishesNotDecision') : '',
    signing: statement.signing && signingRecord(t, statement.signing, locale),
  };
}

export { has };
