import './print.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VIEW_PARTS, type PlanView, type ViewPart } from '../../domain/planView';
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
  shownSteps,
  shownStrengths,
  strengthDetails,
  type Detail,
  type ShownHelpLines,
  type ShownSection,
  type Translate,
} from './documentParts';
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
 *
 * While it is on screen it hands the words for each printed page's margins (title, date,
 * "Page 2 of 5") to print.css through <html>'s custom properties, and takes them away after.
 */
export function PlanDocument({ view, name, date, help }: PlanDocumentProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const parts = VIEW_PARTS.filter((part) => view[part] !== undefined);

  return (
    <PrintedDocument
      title={documentTitle(t, name)}
      dated={t('print.document.dated', { date: displayDate(date, locale) })}
    >
      {parts.map((part) => (
        <Part key={part} part={part} view={view} name={name} t={t} locale={locale} />
      ))}
      {help && <HelpLines help={help} t={t} />}
    </PrintedDocument>
  );
}

interface PartProps {
  part: ViewPart;
  view: PlanView;
  name: string;
  t: Translate;
  locale: string;
}

function Part({ part, view, name, t, locale }: PartProps) {
  const body = partBody({ part, view, name, t, locale });
  const empty = body === null;
  return (
    <section
      className={`plan-document__part plan-document__part--${part}${empty ? ' plan-document__part--empty' : ''}`}
    >
      <h2>{t(PART_HEADINGS[part])}</h2>
      {empty ? (
        <div className="plan-document__empty">
          <p>{t('print.document.emptyPart')}</p>
          <p>{t('print.document.emptyNotPrinted')}</p>
        </div>
      ) : (
        body
      )}
    </section>
  );
}

/** The help lines for where the person lives: 999 first, each line with its number and hours. */
function HelpLines({ help, t }: { help: ShownHelpLines; t: Translate }) {
  return (
    <section className="plan-document__help">
      <h2>{t('print.document.help.heading')}</h2>
      <div className="plan-document__intro">
        <p className="plan-document__emergency">{t('print.document.help.emergency')}</p>
        <p>{help.intro}</p>
      </div>
      <ul className="plan-document__list plan-document__lines">
        {help.lines.map((line, index) => (
          <li key={index} className="plan-document__item">
            <p className="plan-document__name">{line.title}</p>
            {line.what && <p>{line.what}</p>}
            {line.when && <p>{line.when}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A part's contents, or null when nothing is written in it yet. */
function partBody({ part, view, name, t, locale }: PartProps): ReactNode {
  switch (part) {
    case 'crisis': {
      const sections = shownSections('crisis', view.crisis?.sections);
      const texts = shownCrisisTexts(view.crisis);
      if (sections.length === 0 && texts.length === 0) return null;
      return <CrisisPart view={view} name={name} sections={sections} texts={texts} t={t} />;
    }
    case 'aboutMe': {
      const fields = shownAboutMe(view.aboutMe);
      if (fields.length === 0) return null;
      return fields.map(({ name: field, text }) => (
        <div key={field} className="plan-document__block">
          <h3>{t(`aboutMe.${field}`)}</h3>
          <p className="preserve-lines">{text}</p>
        </div>
      ));
    }
    case 'strengths': {
      const strengths = shownStrengths(view);
      if (strengths.length === 0) return null;
      return (
        <ul className="plan-document__list">
          {strengths.map((strength, index) => (
            <li key={index} className="plan-document__item">
              <Item name={strength.title} details={strengthDetails(t, strength)} />
            </li>
          ))}
        </ul>
      );
    }
    case 'hopes': {
      const hopes = shownHopes(view);
      if (hopes.length === 0) return null;
      return (
        <ul className="plan-document__list">
          {hopes.map((hope, index) => (
            <li key={index} className="plan-document__item">
              <Item name={hope.title} details={hopeDetails(t, hope)} />
            </li>
          ))}
        </ul>
      );
    }
    case 'goals': {
      const goals = view.goals ?? [];
      if (goals.length === 0) return null;
      return goals.map((goal, index) => {
        const steps = shownSteps(goal);
        return (
          <section key={index} className="plan-document__goal">
            <h3>{goalTitle(t, goal)}</h3>
            <p className={`plan-document__status plan-document__status--${goal.status}`}>
              {goalStatusText(t, goal, locale)}
            </p>
            <Details details={goalDetails(t, goal, locale)} />
            {steps.length > 0 && (
              <>
                <h4>{t('steps.heading')}</h4>
                <ul className="plan-document__steps">
                  {steps.map((step, stepIndex) => (
                    <li
                      key={stepIndex}
                      className={
                        step.achievedAt
                          ? 'plan-document__step plan-document__step--done'
                          : 'plan-document__step'
                      }
                    >
                      <span className="preserve-lines">{step.title}</span>{' '}
                      {step.achievedAt ? (
                        <span className="plan-document__step-state">
                          {t('steps.achievedOn', { date: displayDate(step.achievedAt, locale) })}
                        </span>
                      ) : (
                        <span className="visually-hidden">{t('print.document.stepToCome')}</span>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      });
    }
    case 'stayingWell': {
      const sections = shownSections('stayingWell', view.stayingWell);
      if (sections.length === 0) return null;
      return sections.map((section) => (
        <SectionBlock
          key={section.section}
          section={section}
          heading={t(`stayingWell.sections.${section.section}.heading`)}
          t={t}
        />
      ));
    }
    case 'advanceStatement':
      return view.advanceStatement ? (
        <StatementContent statement={view.advanceStatement} level={3} />
      ) : null;
    case 'people': {
      const people = shownPeople(view.people);
      const resources = shownResources(view.people);
      if (people.length + resources.length === 0) return null;
      return (
        <>
          {people.length > 0 && (
            <div className="plan-document__block">
              <h3>{t('print.document.myPeople')}</h3>
              <ul className="plan-document__list">
                {people.map((person, index) => (
                  <li key={index} className="plan-document__item">
                    <Item name={person.name} details={personDetails(t, person)} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          {resources.length > 0 && (
            <div className="plan-document__block">
              <h3>{t('print.document.myPlaces')}</h3>
              <ul className="plan-document__list">
                {resources.map((resource, index) => (
                  <li key={index} className="plan-document__item">
                    <Item name={resource.name} details={resourceDetails(t, resource)} />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      );
    }
  }
}

/** The crisis plan, most urgent first, leaving out sections with nothing in them. */
function CrisisPart({
  view,
  name,
  sections,
  texts,
  t,
}: {
  view: PlanView;
  name: string;
  sections: ShownSection[];
  texts: ReturnType<typeof shownCrisisTexts>;
  t: Translate;
}) {
  const pronouns = view.aboutMe?.pronouns.trim();
  return (
    <>
      <div className="plan-document__intro">
        <p>{t('crisis.read.intro')}</p>
        {name.trim() && <p>{t('crisis.read.name', { name: name.trim() })}</p>}
        {pronouns && <p>{t('crisis.read.pronouns', { pronouns })}</p>}
      </div>
      {sections.map((section) => (
        <SectionBlock
          key={section.section}
          section={section}
          heading={t(`crisis.read.headings.${section.section}`)}
          t={t}
        />
      ))}
      {texts.map(({ name: text, text: words }) => (
        <div key={text} className="plan-document__block plan-document__section">
          <h3>{t(`crisis.read.headings.${text}`)}</h3>
          <p className="preserve-lines">{words}</p>
        </div>
      ))}
    </>
  );
}

function SectionBlock({
  section,
  heading,
  t,
}: {
  section: ShownSection;
  heading: string;
  t: Translate;
}) {
  return (
    <div
      className={`plan-document__block plan-document__section plan-document__section--${section.section}`}
    >
      <h3>{heading}</h3>
      <ul className="plan-document__list">
        {section.items.map((item, index) => {
          const content = itemContent(t, section.section, item);
          return (
            <li key={index} className="plan-document__item">
              <Item
                name={content.name}
                text={content.text}
                note={content.note}
                details={content.details}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** One thing in a list: who (in bold), what it says, a note, and its details. */
function Item({
  name = '',
  text = '',
  note = '',
  details,
}: {
  name?: string;
  text?: string;
  note?: string;
  details: Detail[];
}) {
  return (
    <>
      {name.trim() && <p className="plan-document__name">{name.trim()}</p>}
      {text.trim() && <p className="preserve-lines">{text.trim()}</p>}
      {note.trim() && <p className="preserve-lines plan-document__note">{note.trim()}</p>}
      <Details details={details} />
    </>
  );
}
