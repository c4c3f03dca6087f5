/**
 * One model of a printed or exported plan: the parts a PlanView holds, each as a list of typed
 * blocks (groups with a heading, paragraphs, lists of items, "label: words" details, a goal's
 * steps), in the order and words documentParts.ts works out. The page (PlanDocument, also the
 * shared plan's viewer) and the text export (markdown.ts) both render from it, so they cannot
 * drift apart. Pure: no React, no database.
 */
import type { GoalStatus } from '../../domain/goals';
import type { SectionId } from '../../domain/planSections';
import {
  VIEW_PARTS,
  type PlanView,
  type ViewPart,
  type ViewStatement,
} from '../../domain/planView';
import {
  displayDate,
  documentTitle,
  goalDetails,
  goalStatusText,
  goalTitle,
  hopeDetails,
  itemContent,
  PART_HEADINGS,
  personDetails,
  resourceDetails,
  shownAboutMe,
  shownCrisisTexts,
  shownHopes,
  shownPeople,
  shownResources,
  shownSections,
  shownSteps,
  shownStrengths,
  strengthDetails,
  type Detail,
  type ShownHelpLines,
  type ShownSection,
  type Translate,
} from './documentParts';

/** One thing in a list: who or what (in bold), what it says, a note, and its details. */
export interface DocItem {
  name?: string;
  text?: string;
  note?: string;
  details: Detail[];
}

export type DocBlock =
  /** Lines that open a part, said to whoever reads it; a strong one stands out. */
  | { kind: 'intro'; lines: { text: string; strong?: boolean }[] }
  /**
   * A group under its own heading: a field of About me or a list of people (`block`), a section
   * of the staying-well or crisis plan (`section`, with its id when it is one), or a goal.
   */
  | {
      kind: 'group';
      heading: string;
      look: 'block' | 'section' | 'goal';
      section?: SectionId;
      /** Whether the heading is the person's own words (a goal's name). */
      ownHeading?: boolean;
      blocks: DocBlock[];
    }
  /** A paragraph: the person's own words (line breaks kept), or a goal's status in ours. */
  | { kind: 'paragraph'; text: string; own: true }
  | { kind: 'paragraph'; text: string; own: false; status: GoalStatus }
  /** A list of items; `lines` for the help lines, laid out side by side where there is room. */
  | { kind: 'items'; items: DocItem[]; lines?: boolean }
  | { kind: 'details'; details: Detail[] }
  /** A goal's small steps, each with when it was achieved ('' while still to come). */
  | { kind: 'steps'; heading: string; steps: { title: string; achieved: string }[] }
  /** A version of the advance statement, which has a model of its own (shownStatement). */
  | { kind: 'statement'; statement: ViewStatement };

/** A part of the plan under its heading; no blocks when nothing is written in it yet. */
export interface DocPart {
  part: ViewPart;
  heading: string;
  blocks: DocBlock[];
}

export interface PlanDocumentModel {
  title: string;
  /** "This copy is from 3 May 2026." ('' when no date was given). */
  dated: string;
  parts: DocPart[];
  /** The help lines the document ends with, when it was given them. */
  help: { heading: string; blocks: DocBlock[] } | null;
}

export interface DocumentOptions {
  /** The name the person likes to be called ('' when they have not said). */
  name?: string;
  /** When this copy is from: an ISO date, or words already in the person's language. */
  date?: string;
  /** The language dates are written in. */
  locale?: string;
  /** Help lines for where the person lives, to end with. */
  help?: ShownHelpLines;
}

/** The plan's parts the view holds, crisis plan first, then the help lines when given. */
export function planDocument(
  view: PlanView,
  t: Translate,
  { name = '', date, locale, help }: DocumentOptions = {},
): PlanDocumentModel {
  return {
    title: documentTitle(t, name),
    dated: date ? t('print.document.dated', { date: displayDate(date, locale) }) : '',
    parts: VIEW_PARTS.filter((part) => view[part] !== undefined).map((part) => ({
      part,
      heading: t(PART_HEADINGS[part]),
      blocks: partBlocks(t, part, view, name, locale),
    })),
    help: help
      ? {
          heading: t('print.document.help.heading'),
          blocks: [
            {
              kind: 'intro',
              lines: [
                { text: t('print.document.help.emergency'), strong: true },
                { text: help.intro },
              ],
            },
            {
              kind: 'items',
              lines: true,
              items: help.lines.map((line) => ({
                name: line.title,
                text: line.what,
                note: line.when,
                details: [],
              })),
            },
          ],
        }
      : null,
  };
}

const group = (
  look: 'block' | 'section',
  heading: string,
  blocks: DocBlock[],
  section?: SectionId,
): DocBlock => ({ kind: 'group', look, heading, blocks, ...(section ? { section } : {}) });

const own = (text: string): DocBlock => ({ kind: 'paragraph', text, own: true });

const items = (list: DocItem[]): DocBlock[] =>
  list.length > 0 ? [{ kind: 'items', items: list }] : [];

function sectionGroups(t: Translate, sections: ShownSection[], heading: (id: SectionId) => string) {
  return sections.map((section) =>
    group(
      'section',
      heading(section.section),
      items(section.items.map((item) => itemContent(t, section.section, item))),
      section.section,
    ),
  );
}

/** A part's blocks, or none when nothing is written in it yet. */
function partBlocks(
  t: Translate,
  part: ViewPart,
  view: PlanView,
  name: string,
  locale: string | undefined,
): DocBlock[] {
  switch (part) {
    case 'crisis': {
      const sections = shownSections('crisis', view.crisis?.sections);
      const texts = shownCrisisTexts(view.crisis);
      if (sections.length === 0 && texts.length === 0) return [];
      const pronouns = view.aboutMe?.pronouns.trim();
      const intro = [
        t('crisis.read.intro'),
        name.trim() && t('crisis.read.name', { name: name.trim() }),
        pronouns && t('crisis.read.pronouns', { pronouns }),
      ].filter((line): line is string => Boolean(line));
      return [
        { kind: 'intro', lines: intro.map((text) => ({ text })) },
        ...sectionGroups(t, sections, (id) => t(`crisis.read.headings.${id}`)),
        ...texts.map(({ name: field, text }) =>
          group('section', t(`crisis.read.headings.${field}`), [own(text)]),
        ),
      ];
    }
    case 'aboutMe':
      return shownAboutMe(view.aboutMe).map(({ name: field, text }) =>
        group('block', t(`aboutMe.${field}`), [own(text)]),
      );
    case 'strengths':
      return items(
        shownStrengths(view).map((strength) => ({
          name: strength.title,
          details: strengthDetails(t, strength),
        })),
      );
    case 'hopes':
      return items(
        shownHopes(view).map((hope) => ({ name: hope.title, details: hopeDetails(t, hope) })),
      );
    case 'goals':
      return (view.goals ?? []).map((goal) => {
        const details = goalDetails(t, goal, locale);
        const steps = shownSteps(goal);
        return {
          kind: 'group',
          look: 'goal',
          heading: goalTitle(t, goal),
          ownHeading: true,
          blocks: [
            {
              kind: 'paragraph',
              text: goalStatusText(t, goal, locale),
              own: false,
              status: goal.status,
            },
            ...(details.length > 0 ? [{ kind: 'details', details } as const] : []),
            ...(steps.length > 0
              ? [
                  {
                    kind: 'steps',
                    heading: t('steps.heading'),
                    steps: steps.map((step) => ({
                      title: step.title,
                      achieved: step.achievedAt
                        ? t('steps.achievedOn', { date: displayDate(step.achievedAt, locale) })
                        : '',
                    })),
                  } as const,
                ]
              : []),
          ],
        };
      });
    case 'stayingWell':
      return sectionGroups(t, shownSections('stayingWell', view.stayingWell), (id) =>
        t(`stayingWell.sections.${id}.heading`),
      );
    case 'advanceStatement':
      return view.advanceStatement ? [{ kind: 'statement', statement: view.advanceStatement }] : [];
    case 'people': {
      const people = shownPeople(view.people).map((person) => ({
        name: person.name,
        details: personDetails(t, person),
      }));
      const resources = shownResources(view.people).map((resource) => ({
        name: resource.name,
        details: resourceDetails(t, resource),
      }));
      return [
        ...(people.length > 0 ? [group('block', t('print.document.myPeople'), items(people))] : []),
        ...(resources.length > 0
          ? [group('block', t('print.document.myPlaces'), items(resources))]
          : []),
      ];
    }
  }
}
