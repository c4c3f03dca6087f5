import './print.css';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../domain/planView';
import type { ShownHelpLines } from './documentParts';
import { planDocument, type DocBlock, type DocItem, type DocPart } from './documentModel';
import { Details, PrintedDocument } from './PrintedDocument';
import { StatementContent } from './StatementContent';

interface PlanDocumentProps {
  view: PlanView;
  /** The name the person likes to be called ('' when they have not said). */
  name: string;
  /** When this copy is from: an ISO date, or words already in the person's language. */
  date: string;
  /** Help lines for where the person lives, to end the document with (none when not given). */
  help?: ShownHelpLines;
}

/**
 * A plan, or chosen parts of it, as a clean read-only document in the person's own words: for
 * the print preview, the printed page and a shared plan's viewer. It renders whatever parts the
 * view holds, crisis plan first, and ends with the help lines it is given. A part with nothing
 * written in it says so on screen and is left off the paper. Nothing here reads the database.
 * What it shows comes from the same model as the text export (documentModel.ts); the person's
 * own words take their direction from themselves (dir="auto"), whatever the page's language.
 *
 * While it is on screen it hands the words for each printed page's margins (title, date,
 * "Page 2 of 5") to print.css through <html>'s custom properties, and takes them away after.
 */
export function PlanDocument({ view, name, date, help }: PlanDocumentProps) {
  const { t, i18n } = useTranslation();
  const doc = planDocument(view, t, { name, date, locale: i18n.language, help });

  return (
    <PrintedDocument title={doc.title} dated={doc.dated}>
      {doc.parts.map((part) => (
        <Part key={part.part} part={part} />
      ))}
      {doc.help && (
        <section className="plan-document__help">
          <h2>{doc.help.heading}</h2>
          <Blocks blocks={doc.help.blocks} />
        </section>
      )}
    </PrintedDocument>
  );
}

function Part({ part }: { part: DocPart }) {
  const { t } = useTranslation();
  const empty = part.blocks.length === 0;
  return (
    <section
      className={`plan-document__part plan-document__part--${part.part}${empty ? ' plan-document__part--empty' : ''}`}
    >
      <h2>{part.heading}</h2>
      {empty ? (
        <div className="plan-document__empty">
          <p>{t('print.document.emptyPart')}</p>
          <p>{t('print.document.emptyNotPrinted')}</p>
        </div>
      ) : (
        <Blocks blocks={part.blocks} />
      )}
    </section>
  );
}

function Blocks({ blocks }: { blocks: DocBlock[] }) {
  return blocks.map((block, index) => <Block key={index} block={block} />);
}

const GROUP_CLASS = {
  block: 'plan-document__block',
  section: 'plan-document__block plan-document__section',
  goal: 'plan-document__goal',
} as const;

function Block({ block }: { block: DocBlock }) {
  const { t } = useTranslation();
  switch (block.kind) {
    case 'intro':
      return (
        <div className="plan-document__intro">
          {block.lines.map((line, index) => (
            <p key={index} className={line.strong ? 'plan-document__emergency' : undefined}>
              {line.text}
            </p>
          ))}
        </div>
      );
    case 'group': {
      const className = block.section
        ? `${GROUP_CLASS[block.look]} plan-document__section--${block.section}`
        : GROUP_CLASS[block.look];
      const content = (
        <>
          <h3 dir={block.ownHeading ? 'auto' : undefined}>{block.heading}</h3>
          <Blocks blocks={block.blocks} />
        </>
      );
      return block.look === 'goal' ? (
        <section className={className}>{content}</section>
      ) : (
        <div className={className}>{content}</div>
      );
    }
    case 'paragraph':
      return block.own ? (
        <p className="preserve-lines" dir="auto">
          {block.text}
        </p>
      ) : (
        <p className={`plan-document__status plan-document__status--${block.status}`}>
          {block.text}
        </p>
      );
    case 'items':
      return (
        <ul
          className={
            block.lines ? 'plan-document__list plan-document__lines' : 'plan-document__list'
          }
        >
          {block.items.map((item, index) => (
            <li key={index} className="plan-document__item">
              <Item {...item} plain={block.lines} />
            </li>
          ))}
        </ul>
      );
    case 'details':
      return <Details details={block.details} />;
    case 'steps':
      return (
        <>
          <h4>{block.heading}</h4>
          <ul className="plan-document__steps">
            {block.steps.map((step, index) => (
              <li
                key={index}
                className={
                  step.achieved
                    ? 'plan-document__step plan-document__step--done'
                    : 'plan-document__step'
                }
              >
                <span className="preserve-lines" dir="auto">
                  {step.title}
                </span>{' '}
                {step.achieved ? (
                  <span className="plan-document__step-state">{step.achieved}</span>
                ) : (
                  <span className="visually-hidden">{t('print.document.stepToCome')}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      );
    case 'statement':
      return <StatementContent statement={block.statement} level={3} />;
  }
}

/**
 * One thing in a list: who or what (in bold), what it says, a note, and its details. A help
 * line (`plain`) says what it is for and when it is open in plain paragraphs.
 */
function Item({
  name = '',
  text = '',
  note = '',
  details,
  plain = false,
}: DocItem & { plain?: boolean }) {
  return (
    <>
      {name.trim() && (
        <p className="plan-document__name" dir="auto">
          {name.trim()}
        </p>
      )}
      {text.trim() && (
        <p className={plain ? undefined : 'preserve-lines'} dir={plain ? undefined : 'auto'}>
          {text.trim()}
        </p>
      )}
      {note.trim() && (
        <p className={plain ? undefined : 'preserve-lines plan-document__note'}>{note.trim()}</p>
      )}
      <Details details={details} />
    </>
  );
}
