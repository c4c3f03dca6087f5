import './stayingWell.css';
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { sectionsOf, type SectionId } from '../../domain/planSections';
import { peopleRepository } from '../../db/repositories/people';
import { planItemsIn, planSection } from '../../db/repositories/planItems';
import { reviewsFor } from '../../db/repositories/reviews';
import type { Choice } from '../../ui/CheckboxGroup';
import { PlanSectionList, type PlanItemLabels, type SectionWords } from '../plan-sections';
import { ReviewBar } from '../reviews';
import { ScreenHeading } from '../../ui/ScreenHeading';

interface Choices {
  people: Choice[];
  tools: Choice[];
  /** Whether any section has an item yet. */
  written: boolean;
}

const named = <T extends { id: string }>(items: T[], label: (item: T) => string): Choice[] =>
  items
    .filter((item) => label(item).trim())
    .map((item) => ({ value: item.id, label: label(item).trim() }));

/**
 * The person's staying-well plan: their toolbox, what they do every day, and for things that can
 * throw them and signs of becoming unwell, what they'll do, with whom, and with which tools.
 */
export function StayingWellScreen() {
  const { t } = useTranslation();
  const choices = useLiveQuery(
    async (): Promise<Choices> => {
      const [people, sections] = await Promise.all([
        peopleRepository.list(),
        planItemsIn(sectionsOf('stayingWell')),
      ]);
      return {
        people: named(people, (person) => person.name),
        tools: named(sections.get('toolbox') ?? [], (tool) => tool.text),
        written: [...sections.values()].some((items) => items.length > 0),
      };
    },
    [],
    null,
  );

  return (
    <>
      <ScreenHeading>{t('stayingWell.title')}</ScreenHeading>
      <p className="intro">{t('stayingWell.intro')}</p>
      {choices &&
        sectionsOf('stayingWell').map((section) => (
          <StayingWellSection key={section} section={section} choices={choices} />
        ))}
      {/* An invitation to look it over comes after the person's words, once there are some. */}
      {choices?.written && <ReviewBar source={reviewsFor('stayingWell')} />}
    </>
  );
}

function StayingWellSection({ section, choices }: { section: SectionId; choices: Choices }) {
  const { t } = useTranslation();
  const repository = useMemo(() => planSection(section), [section]);
  const labelsFor = (name: string, { optionalWords }: SectionWords): PlanItemLabels => ({
    legend: name,
    text: optionalWords('text'),
    textHint: optionalWords('textHint'),
    detail: optionalWords('detail'),
    actions: optionalWords('actions'),
    actionsHint: t('stayingWell.actionsHint'),
    action: (position) => t('stayingWell.action', { position }),
    addAction: t('stayingWell.addAction'),
    removeActionShort: t('list.removeShort'),
    removeAction: (action) => t('stayingWell.removeAction', { name: action }),
    actionRemoved: (action) => t('stayingWell.actionRemoved', { name: action }),
    people: t('stayingWell.people'),
    peopleHint: t('stayingWell.peopleHint'),
    peopleEmpty: t('stayingWell.peopleEmpty'),
    tools: t('stayingWell.tools'),
    toolsEmpty: t('stayingWell.toolsEmpty'),
  });

  return (
    <PlanSectionList
      part="stayingWell"
      section={section}
      repository={repository}
      className="staying-well-section"
      peopleChoices={choices.people}
      toolChoices={choices.tools}
      nameOf={(item, index, words) =>
        item.text.trim() || words('itemName', { position: index + 1 })
      }
      labelsFor={labelsFor}
    />
  );
}
