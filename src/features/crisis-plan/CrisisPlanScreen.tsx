import './crisisPlan.css';
import { useMemo, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { mailtoHref, telHref, type Person } from '../../domain/people';
import {
  SECTIONS,
  crisisTextsFields,
  sectionsOf,
  type CrisisTextsFields,
  type PlanItem,
  type SectionId,
  type SectionSpec,
} from '../../domain/planSections';
import { LONG_TEXT_MAX } from '../../domain/record';
import { getAboutMe } from '../../db/repositories/aboutMe';
import { getCrisisTexts, saveCrisisTexts } from '../../db/repositories/crisisTexts';
import { peopleRepository } from '../../db/repositories/people';
import { planItemsIn, planSection } from '../../db/repositories/planItems';
import { reviewsFor } from '../../db/repositories/reviews';
import type { Choice } from '../../ui/CheckboxGroup';
import { TextArea } from '../../ui/Field';
import { fieldErrorText } from '../../ui/fieldError';
import { Link } from '../../ui/Link';
import { PlanSectionList, type PlanItemLabels, type SectionWords } from '../plan-sections';
import { ReviewBar } from '../reviews';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useScreenShown } from '../../ui/screenShown';
import { useAutosaveForm } from '../../ui/useAutosaveForm';

/** In the order someone reading the plan in a hurry needs it. */
const CRISIS_SECTIONS = sectionsOf('crisis');
const CRISIS_TEXTS = Object.keys(crisisTextsFields.shape) as (keyof CrisisTextsFields)[];
const specOf = (section: SectionId): SectionSpec => SECTIONS[section];

/**
 * The crisis plan: written by the person in the edit view, and shown in the read view the way
 * someone helping them in a hurry needs it — most urgent first, in the person's words.
 */
export function CrisisPlanScreen() {
  // The plan opens as others will read it in a hurry; writing it is one deliberate tap away.
  const [reading, setReading] = useState(true);
  return (
    <CrisisPlanFrame reading={reading} onSwitch={() => setReading(!reading)}>
      {reading ? <CrisisPlanRead /> : <CrisisPlanEdit />}
    </CrisisPlanFrame>
  );
}

/** The heading and the button between reading and writing, around either view. */
export function CrisisPlanFrame({
  reading,
  onSwitch,
  children,
}: {
  reading: boolean;
  onSwitch?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeading>{t('crisis.title')}</ScreenHeading>
      {!reading && <p className="intro">{t('crisis.intro')}</p>}
      {/* The same button in both views, so focus stays on it as the view changes. */}
      <p>
        <button type="button" className="button" onClick={onSwitch}>
          {reading ? t('crisis.edit') : t('crisis.showRead')}
        </button>
      </p>
      {children}
    </>
  );
}

/* The edit view */

function CrisisPlanEdit() {
  const { t } = useTranslation();
  const people = useLiveQuery(() => peopleRepository.list(), [], null);
  const choices = useMemo(
    () =>
      people
        ?.filter((person) => person.name.trim())
        .map((person): Choice => ({ value: person.id, label: person.name.trim() })),
    [people],
  );
  return (
    <>
      {choices &&
        CRISIS_SECTIONS.map((section) => (
          <CrisisSection key={section} section={section} peopleChoices={choices} />
        ))}
      <section className="crisis-section" aria-labelledby="crisis-texts">
        <h2 id="crisis-texts">{t('crisis.texts.heading')}</h2>
        <CrisisTextsForm />
      </section>
      {/* An invitation to look it over comes after the person's words. */}
      <ReviewBar source={reviewsFor('crisis')} />
    </>
  );
}

function CrisisSection({
  section,
  peopleChoices,
}: {
  section: SectionId;
  peopleChoices: Choice[];
}) {
  const { t } = useTranslation();
  const repository = useMemo(() => planSection(section), [section]);
  const labelsFor = (name: string, { optionalWords }: SectionWords): PlanItemLabels => ({
    legend: name,
    text: optionalWords('text'),
    textHint: optionalWords('textHint'),
    detail: optionalWords('detail'),
    detailHint: optionalWords('detailHint'),
    person: optionalWords('person'),
    personNone: t('crisis.personNone'),
    peopleEmpty: t('crisis.peopleEmpty'),
  });

  return (
    <PlanSectionList
      part="crisis"
      section={section}
      repository={repository}
      className="crisis-section"
      peopleChoices={peopleChoices}
      nameOf={(item, index, words) =>
        peopleChoices.find((choice) => choice.value === item.personIds[0])?.label ||
        item.text.trim() ||
        words('itemName', { position: index + 1 })
      }
      labelsFor={labelsFor}
    >
      {specOf(section).people && peopleChoices.length === 0 && (
        <p>
          <Link href="/people">{t('crisis.addPeople')}</Link>
        </p>
      )}
    </PlanSectionList>
  );
}

function CrisisTextsForm() {
  const saved = useLiveQuery(getCrisisTexts, [], null);
  return saved && <CrisisTextsEditor initial={saved} />;
}

function CrisisTextsEditor({ initial }: { initial: CrisisTextsFields }) {
  const { t } = useTranslation();
  const { register, formState } = useAutosaveForm(crisisTextsFields, initial, saveCrisisTexts);
  return (
    <form className="stack" onSubmit={(event) => event.preventDefault()}>
      {CRISIS_TEXTS.map((name) => (
        <TextArea
          key={name}
          label={t(`crisis.texts.${name}`)}
          hint={name === 'whenWell' ? t('crisis.texts.whenWellHint') : undefined}
          maxLength={LONG_TEXT_MAX}
          error={fieldErrorText(t, formState.errors[name], LONG_TEXT_MAX)}
          {...register(name)}
        />
      ))}
    </form>
  );
}

/* The read view */

async function loadReadView() {
  const [sections, people, texts, aboutMe] = await Promise.all([
    planItemsIn(CRISIS_SECTIONS),
    peopleRepository.list(),
    getCrisisTexts(),
    getAboutMe(),
  ]);
  return {
    sections,
    people: new Map(people.map((person) => [person.id, person])),
    texts,
    aboutMe,
  };
}

export type ReadView = Awaited<ReturnType<typeof loadReadView>>;

/** The read view of a device where nothing has been written yet. */
export function emptyReadView(): ReadView {
  return {
    sections: new Map(CRISIS_SECTIONS.map((section) => [section, []])),
    people: new Map(),
    texts: crisisTextsFields.parse({}),
    aboutMe: undefined,
  };
}

const personOf = (item: PlanItem, view: ReadView) => view.people.get(item.personIds[0] ?? '');

/** Whether an item says anything a reader needs: empty items are left out. */
function hasWords(item: PlanItem, view: ReadView): boolean {
  const spec = specOf(item.section);
  return Boolean(
    (spec.text && item.text.trim()) ||
    (spec.detail && item.detail.trim()) ||
    (spec.people && personOf(item, view)),
  );
}

function CrisisPlanRead() {
  const view = useLiveQuery(loadReadView, [], null);
  useScreenShown(view !== null);
  return view && <CrisisPlanReadView view={view} />;
}

/** The crisis plan as someone helping reads it: the person's words, most urgent first. */
export function CrisisPlanReadView({ view }: { view: ReadView }) {
  const { t } = useTranslation();

  const lists = CRISIS_SECTIONS.map((section) => ({
    section,
    items: (view.sections.get(section) ?? []).filter((item) => hasWords(item, view)),
  })).filter(({ items }) => items.length > 0);
  const ownWhenWell = view.texts.whenWell.trim();
  const texts = CRISIS_TEXTS.map((name) => {
    if (name === 'whenWell' && !ownWhenWell) {
      return { name, text: view.aboutMe?.whenWell.trim() ?? '', fromAboutMe: true };
    }
    return { name, text: view.texts[name].trim(), fromAboutMe: false };
  }).filter(({ text }) => text);
  const preferredName = view.aboutMe?.preferredName.trim();
  const pronouns = view.aboutMe?.pronouns.trim();

  if (lists.length === 0 && texts.length === 0) {
    return <p className="empty-note">{t('crisis.read.empty')}</p>;
  }

  return (
    <div className="crisis-read">
      <div className="crisis-read__intro">
        <p>{t('crisis.read.intro')}</p>
        {preferredName && <p>{t('crisis.read.name', { name: preferredName })}</p>}
        {pronouns && <p>{t('crisis.read.pronouns', { pronouns })}</p>}
      </div>
      {lists.map(({ section, items }) => (
        <section
          key={section}
          className={`card crisis-read__section crisis-read__section--${section}`}
          aria-labelledby={`crisis-read-${section}`}
        >
          <h2 id={`crisis-read-${section}`}>{t(`crisis.read.headings.${section}`)}</h2>
          <ul className="crisis-read__list">
            {items.map((item) => (
              <li key={item.id} className="crisis-read__item">
                {section === 'involved' ? (
                  <InvolvedPerson item={item} person={personOf(item, view)} />
                ) : (
                  <ReadItem item={item} person={personOf(item, view)} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {texts.map(({ name, text, fromAboutMe }) => (
        <section
          key={name}
          className="card crisis-read__section"
          aria-labelledby={`crisis-read-${name}`}
        >
          <h2 id={`crisis-read-${name}`}>{t(`crisis.read.headings.${name}`)}</h2>
          <p className="preserve-lines">{text}</p>
          {fromAboutMe && <p className="muted">{t('crisis.read.fromAboutMe')}</p>}
        </section>
      ))}
    </div>
  );
}

/** Someone the person wants involved: who, what they'd like them to do, and how to reach them. */
function InvolvedPerson({ item, person }: { item: PlanItem; person: Person | undefined }) {
  const { t } = useTranslation();
  const name = person?.name.trim() ?? '';
  const tel = person ? telHref(person.phone) : null;
  const mailto = person ? mailtoHref(person.email) : null;
  const contactName = name || person?.phone.trim() || '';
  return (
    <>
      {name && <h3 className="crisis-read__name">{name}</h3>}
      {item.detail.trim() && <p className="preserve-lines">{item.detail}</p>}
      {tel && person && (
        <>
          <p>{t('crisis.read.phone', { phone: person.phone.trim() })}</p>
          <p className="actions">
            <a className="button button--primary" href={tel}>
              {t('crisis.read.call', { name: contactName })}
            </a>
            <a className="button" href={tel.replace(/^tel:/, 'sms:')}>
              {t('crisis.read.text', { name: contactName })}
            </a>
            {mailto && (
              <a className="button" href={mailto}>
                {t('crisis.read.email', { name: contactName })}
              </a>
            )}
          </p>
        </>
      )}
      {!tel && mailto && (
        <p className="actions">
          <a className="button" href={mailto}>
            {t('crisis.read.email', { name: name || person?.email.trim() })}
          </a>
        </p>
      )}
    </>
  );
}

/** An item in the person's words, with its "why" or "who can help" when they wrote one. */
function ReadItem({ item, person }: { item: PlanItem; person: Person | undefined }) {
  const { t } = useTranslation();
  const spec = specOf(item.section);
  const name = spec.people ? person?.name.trim() : undefined;
  const text = spec.text ? item.text.trim() : '';
  const detail = spec.detail ? item.detail.trim() : '';
  return (
    <>
      {name && <p className="crisis-read__name">{name}</p>}
      {text && <p className="preserve-lines">{text}</p>}
      {detail && (
        <p className="preserve-lines crisis-read__detail">
          {t(`crisis.read.details.${item.section}`, { detail })}
        </p>
      )}
    </>
  );
}
