/**
 * The chosen parts of a plan as plain Markdown, in the person's language: readable as it is in
 * any text editor or message, and tidy if something renders it. Same parts, order and words as
 * the printed document: both render the blocks of documentModel.ts.
 */
import type { PlanView, ViewStatement } from '../../domain/planView';
import { shownStatement, type Detail, type ShownWish, type Translate } from './documentParts';
import { planDocument, type DocBlock, type DocItem, type DocumentOptions } from './documentModel';

export type MarkdownOptions = DocumentOptions;

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
function itemLines(t: Translate, { name = '', text = '', note = '', details }: DocItem): string[] {
  const head = [name.trim() && bold(name), text.trim(), note.trim()].filter(Boolean);
  const [first, ...more] = head;
  if (first === undefined) return detailLines(t, details, 0);
  return [
    listItem(first),
    ...more.flatMap((words) => lines(words).map((line) => `  ${line}`)),
    ...detailLines(t, details, 1),
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

/** A block of the document as Markdown blocks (to be set apart by blank lines). */
function blockText(t: Translate, block: DocBlock, locale: string | undefined): string[] {
  switch (block.kind) {
    case 'intro':
      return [block.lines.map((line) => line.text).join('\n')];
    case 'group':
      return [
        `### ${block.heading}`,
        ...block.blocks.flatMap((inner) => blockText(t, inner, locale)),
      ];
    case 'paragraph':
      return [block.own ? paragraph(block.text) : block.text];
    case 'items':
      return [block.items.flatMap((item) => itemLines(t, item)).join('\n')];
    case 'details':
      return [detailLines(t, block.details, 0).join('\n')];
    case 'steps':
      return [
        `#### ${block.heading}`,
        block.steps
          .map((step) =>
            step.achieved
              ? listItem(
                  t('print.text.stepDone', { step: step.title.trim(), when: step.achieved }),
                  0,
                  '- [x]',
                )
              : listItem(step.title, 0, '- [ ]'),
          )
          .join('\n'),
      ];
    case 'statement':
      return statementBlocks(t, block.statement, locale);
  }
}

/**
 * The chosen parts of the plan as Markdown text, then the help lines when given, ending with a
 * line break.
 */
export function planViewToMarkdown(
  view: PlanView,
  t: Translate,
  options: MarkdownOptions = {},
): string {
  const doc = planDocument(view, t, options);
  const blocks = (list: DocBlock[]) => list.flatMap((block) => blockText(t, block, options.locale));
  return `${[
    `# ${doc.title}`,
    ...(doc.dated ? [doc.dated] : []),
    ...doc.parts.flatMap((part) => [
      `## ${part.heading}`,
      ...(part.blocks.length > 0 ? blocks(part.blocks) : [t('print.document.emptyPart')]),
    ]),
    ...(doc.help ? [`## ${doc.help.heading}`, ...blocks(doc.help.blocks)] : []),
  ].join('\n\n')}\n`;
}
