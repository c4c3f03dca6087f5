/**
 * The chosen parts of a plan as plain Markdown, in the person's language: readable as it is in
 * any text editor or message, and tidy if something renders it. Same parts, order and words as
 * the printed document (documentParts.ts).
 */
import {
  VIEW_PARTS,
  type PlanView,
  type ViewPart,
  type ViewStatement,
} from '../../domain/planView';
import {
  documentTitle,
  displayDate,
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
  shownStatement,
  shownSteps,
  shownStrengths,
  strengthDetails,
  type Detail,
  type ShownHelpLines,
  type ShownSection,
  type ShownWish,
  type Translate,
} from './documentParts';

export interface MarkdownOptions {
  /** The name the person likes to be called, for the title. */
  name?: string;
  /** When this copy is from: an ISO date, or words already in the person's language. */
  date?: string;
  /** The language dates are written in. */
  locale?: string;
  /** Help lines for where the person lives, to end with. */
  help?: ShownHelpLines;
}

/** Keeps the person's words from turning into headings, quotes or lists by accident. */
function escapeLine(line: string): string {
  return line.replace(/^(\s*)([#>]|[-+*](?=\s)|\d+[.)](?=\s)|[=-]{3,}\s*$)/, '$1\\$2');
}

const lines = (text: string) => text.trim().replace(/\r\n?/g, '\n').split('\n').map(escapeLine);

/** A paragraph in the person's words, line breaks kept. */
const paragraph = (text: string) => lines(text).join('\n');

/** A list item; later lines of the same item are indented under it. */
function listItem(text: string, depth = 0, marker = '-'): string {
  const indent = '  '.repeat(depth);
  const [first = '', ...rest] = lines(text);
  const hang = `${indent}${' '.repeat(marker.length + 1)}`;
  return [`${indent}${marker} ${first}`, ...rest.map((line) => `${hang}${line}`)].join('\n');
}

const bold = (text: string) => `**${text.trim().replace(/\*/g, '\\*')}**`;

function detailLines(t: Translate, details: Detail[], depth: number): string[] {
  return details.flatMap((detail) =>
    detail.list
      ? [listItem(detail.label, depth), ...detail.list.map((entry) => listItem(entry, depth + 1))]
      : [
          listItem(
            t('print.text.detail', { label: detail.label, text: detail.text.trim() }),
            depth,
          ),
        ],
  );
}

/** One item of a list: its name in bold, its words, a note, then its details beneath. */
function itemLines(
  t: Translate,
  {
    name = '',
    text = '',
    note = '',
    details,
  }: { name?: string; text?: string; note?: string; details: Detail[] },
): string[] {
  const head = [name.trim() && bold(name), text.trim(), note.trim()].filter(Boolean);
  const [first, ...more] = head;
  if (first === undefined) return detailLines(t, details, 0);
  return [
    listItem(first),
    ...more.flatMap((words) => lines(words).map((line) => `  ${line}`)),
    ...detailLines(t, details, 1),
  ];
}

function sectionLines(t: Translate, heading: string, section: ShownSection): string[] {
  return [
    `### ${heading}`,
    section.items.flatMap((item) => itemLines(t, itemContent(t, section.section, item))).join('\n'),
  ];
}

/** One version of the advance statement, where it stands first; no lines to sign on. */
function statementBlocks(t: Translate, statement: ViewStatement, locale: string | undefined) {
  const shown = shownStatement(t, statement, locale);
  const { marker } = shown;
  const wishes = (heading: string, list: ShownWish[]) =>
    list.length > 0
      ? [
          `### ${heading}`,
          list
            .flatMap((wish) =>
              itemLines(t, {
                text: wish.what,
                note: wish.why && t('print.statement.why', { why: wish.why }),
                details: [],
              }),
            )
            .join('\n'),
        ]
      : [];
  return [
    [bold(marker.headline), paragraph(marker.note), shown.writtenFor].filter(Boolean).join('\n'),
    ...(shown.details.length > 0
      ? [`### ${t('print.statement.detailsHeading')}`, detailLines(t, shown.details, 0).join('\n')]
      : []),
    ...wishes(t('print.statement.wantedHeading'), shown.wanted),
    ...wishes(t('print.statement.notWantedHeading'), shown.notWanted),
    ...(shown.texts.length > 0
      ? [
          `### ${t('print.statement.otherHeading')}`,
          ...shown.texts.flatMap(({ heading, text }) => [`#### ${heading}`, paragraph(text)]),
        ]
      : []),
    ...(shown.copies.length > 0
      ? [
          `### ${t('print.statement.copiesHeading')}`,
          shown.copies.map((holder) => listItem(holder)).join('\n'),
        ]
      : []),
    `### ${t('print.statement.signingHeading')}`,
    ...(shown.kindNote ? [shown.kindNote] : []),
    ...(shown.signing
      ? [
          shown.signing.said.join('\n'),
          ...(shown.signing.details.length > 0
            ? [detailLines(t, shown.signing.details, 0).join('\n')]
            : []),
        ]
      : [t('print.statement.notSignedYet')]),
  ];
}

/** A part's blocks (paragraphs, headings, lists), or an empty list when nothing is written. */
function partBlocks(
  t: Translate,
  part: ViewPart,
  view: PlanView,
  name: string,
  locale: string | undefined,
): string[] {
  switch (part) {
    case 'crisis': {
      const sections = shownSections('crisis', view.crisis?.sections);
      const texts = shownCrisisTexts(view.crisis);
      if (sections.length === 0 && texts.length === 0) return [];
      const pronouns = view.aboutMe?.pronouns.trim();
      return [
        [
          t('crisis.read.intro'),
          name.trim() && t('crisis.read.name', { name: name.trim() }),
          pronouns && t('crisis.read.pronouns', { pronouns }),
        ]
          .filter(Boolean)
          .join('\n'),
        ...sections.flatMap((section) =>
          sectionLines(t, t(`crisis.read.headings.${section.section}`), section),
        ),
        ...texts.flatMap(({ name: field, text }) => [
          `### ${t(`crisis.read.headings.${field}`)}`,
          paragraph(text),
        ]),
      ];
    }
    case 'aboutMe':
      return shownAboutMe(view.aboutMe).flatMap(({ name: field, text }) => [
        `### ${t(`aboutMe.${field}`)}`,
        paragraph(text),
      ]);
    case 'strengths': {
      const strengths = shownStrengths(view);
      if (strengths.length === 0) return [];
      return [
        strengths
          .flatMap((strength) =>
            itemLines(t, { name: strength.title, details: strengthDetails(t, strength) }),
          )
          .join('\n'),
      ];
    }
    case 'hopes': {
      const hopes = shownHopes(view);
      if (hopes.length === 0) return [];
      return [
        hopes
          .flatMap((hope) => itemLines(t, { name: hope.title, details: hopeDetails(t, hope) }))
          .join('\n'),
      ];
    }
    case 'goals':
      return (view.goals ?? []).flatMap((goal) => {
        const details = goalDetails(t, goal, locale);
        const steps = shownSteps(goal);
        return [
          `### ${goalTitle(t, goal)}`,
          goalStatusText(t, goal, locale),
          ...(details.length > 0 ? [detailLines(t, details, 0).join('\n')] : []),
          ...(steps.length > 0
            ? [
                `#### ${t('steps.heading')}`,
                steps
                  .map((step) =>
                    step.achievedAt
                      ? listItem(
                          t('print.text.stepDone', {
                            step: step.title.trim(),
                            when: t('steps.achievedOn', {
                              date: displayDate(step.achievedAt, locale),
                            }),
                          }),
                          0,
                          '- [x]',
                        )
                      : listItem(step.title, 0, '- [ ]'),
                  )
                  .join('\n'),
              ]
            : []),
        ];
      });
    case 'stayingWell':
      return shownSections('stayingWell', view.stayingWell).flatMap((section) =>
        sectionLines(t, t(`stayingWell.sections.${section.section}.heading`), section),
      );
    case 'advanceStatement':
      return view.advanceStatement ? statementBlocks(t, view.advanceStatement, locale) : [];
    case 'people': {
      const people = shownPeople(view.people);
      const resources = shownResources(view.people);
      return [
        ...(people.length > 0
          ? [
              `### ${t('print.document.myPeople')}`,
              people
                .flatMap((person) =>
                  itemLines(t, { name: person.name, details: personDetails(t, person) }),
                )
                .join('\n'),
            ]
          : []),
        ...(resources.length > 0
          ? [
              `### ${t('print.document.myPlaces')}`,
              resources
                .flatMap((resource) =>
                  itemLines(t, { name: resource.name, details: resourceDetails(t, resource) }),
                )
                .join('\n'),
            ]
          : []),
      ];
    }
  }
}

/**
 * The chosen parts of the plan as Markdown text, then the help lines when given, ending with a
 * line break.
 */
export function planViewToMarkdown(
  view: PlanView,
  t: Translate,
  { name = '', date, locale, help }: MarkdownOptions = {},
): string {
  const blocks: string[] = [`# ${documentTitle(t, name)}`];
  if (date) blocks.push(t('print.document.dated', { date: displayDate(date, locale) }));
  for (const part of VIEW_PARTS) {
    if (view[part] === undefined) continue;
    const body = partBlocks(t, part, view, name, locale);
    blocks.push(
      `## ${t(PART_HEADINGS[part])}`,
      ...(body.length > 0 ? body : [t('print.document.emptyPart')]),
    );
  }
  if (help) {
    blocks.push(
      `## ${t('print.document.help.heading')}`,
      [t('print.document.help.emergency'), help.intro].join('\n'),
      help.lines
        .flatMap((line) =>
          itemLines(t, { name: line.title, text: line.what, note: line.when, details: [] }),
        )
        .join('\n'),
    );
  }
  return `${blocks.join('\n\n')}\n`;
}
