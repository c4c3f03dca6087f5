import './stayingWell.css';
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { SECTIONS, sectionsOf, type PlanItem, type SectionId } from '../../domain/planSections';
import { peopleRepository } from '../../db/repositories/people';
import { planSection } from '../../db/repositories/planItems';
import { reviewsFor } from '../../db/repositories/reviews';
import type { Choice } from '../../ui/CheckboxGroup';
import { ListEditor } from '../../ui/ListEditor';
import { PlanItemEditor, type PlanItemLabels } from '../../ui/PlanItemEditor';
import { ReviewBar } from '../../ui/ReviewBar';
import { ScreenHeading } from '../../ui/ScreenHeading';

interface Choices {
  people: Choice[];
  tools: Choice[];
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
      const [people, toolbox] = await Promise.all([
        peopleRepository.list(),
        planSection('toolbox').list(),
      ]);
      return {
        people: named(people, (person) => person.name),
        tools: named(toolbox, (tool) => tool.text),
      };
    },
    [],
    null,
  );

  return (
    <>
      <ScreenHeading>{t('stayingWell.title')}</ScreenHeading>
      <p className="intro">{t('stayingWell.intro')}</p>
      <ReviewBar source={reviewsFor('stayingWell')} />
      {choices &&
        sectionsOf('stayingWell').map((section) => (
          <StayingWellSection key={section} section={section} choices={choices} />
        ))}
    </>
  );
}

function StayingWellSection({ section, choices }: { section: SectionId; choices: Choices }) {
  const { t, i18n } = useTranslation();
  const repository = useMemo(() => planSection(section), [section]);
  const items = useLiveQuery(() => repository.list(), [repository], null);
  const spec = SECTIONS[section];
  const words = (key: string, options?: Record<string, unknown>) =>
    t(`stayingWell.sections.${section}.${key}`, options);
  /** Words only some sections have, such as a hint. */
  const optionalWords = (key: string) => {
    const fullKey = `stayingWell.sections.${section}.${key}`;
    return i18n.exists(fullKey) ? t(fullKey) : undefined;
  };
  const headingId = `staying-well-${section}`;
  const nameOf = (item: PlanItem, index: number) =>
    item.text.trim() || words('itemName', { position: index + 1 });

  const labelsFor = (name: string): PlanItemLabels => ({
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
    <section className="staying-well-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{words('heading')}</h2>
      <p className="muted">{words('intro')}</p>
      <ListEditor
        items={items}
        nameOf={nameOf}
        renderItem={(item, name) => (
          <PlanItemEditor
            item={item}
            spec={spec}
            labels={labelsFor(name)}
            peopleChoices={choices.people}
            toolChoices={choices.tools}
            onSave={(patch) => repository.update(item.id, patch)}
          />
        )}
        actions={repository}
        text={{
          listLabel: words('listLabel'),
          add: words('add'),
          empty: words('empty'),
          removed: (name) => t('stayingWell.removed', { name }),
        }}
      />
    </section>
  );
}
