import './people.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, Resource } from '../../domain/people';
import { sortByOrder } from '../../domain/ordering';
import type { ListRepository } from '../../db/repositories/orderedList';
import { SECTIONS } from '../../domain/planSections';
import {
  helperUses,
  isInUse,
  peopleRepository,
  removeHelper,
  resourcesRepository,
  restoreHelper,
  type RemovedHelper,
} from '../../db/repositories/people';
import { reviewsFor } from '../../db/repositories/reviews';
import { ListEditor } from '../../ui/ListEditor';
import { ReviewBar } from '../reviews';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { ConfirmRemoveDialog, useRemoveQuestion, type RemoveQuestion } from './ConfirmRemoveDialog';
import { PersonSummary, ResourceSummary } from './HelperSummaries';
import { PersonEditor } from './PersonEditor';
import { ResourceEditor } from './ResourceEditor';

/** People and places: supporters and community resources, side by side. */
export function PeopleScreen() {
  const { t } = useTranslation();
  const { question, ask, answer } = useRemoveQuestion();
  const anyone = useLiveQuery(
    async () =>
      (await peopleRepository.list()).length + (await resourcesRepository.list()).length > 0,
    [],
    false,
  );

  return (
    <>
      <ScreenHeading>{t('people.title')}</ScreenHeading>
      <p className="intro">{t('people.intro')}</p>
      <HelperSection
        kind="people"
        textKey="supporters"
        repository={peopleRepository}
        ask={ask}
        renderItem={(item, name) => <PersonEditor item={item} name={name} />}
        renderSummary={(item, name) => <PersonSummary item={item} name={name} />}
      />
      <HelperSection
        kind="resources"
        textKey="places"
        repository={resourcesRepository}
        ask={ask}
        renderItem={(item, name) => <ResourceEditor item={item} name={name} />}
        renderSummary={(item, name) => <ResourceSummary item={item} name={name} />}
      />
      {/* An invitation to look it over comes after the person's words, once there are some. */}
      {anyone && <ReviewBar source={reviewsFor('people')} />}
      <ConfirmRemoveDialog question={question} onAnswer={answer} />
    </>
  );
}

interface HelperSectionProps<T extends Person | Resource> {
  kind: 'people' | 'resources';
  /** Where the section's words live under `people.` in the translation files. */
  textKey: 'supporters' | 'places';
  repository: ListRepository<T, unknown>;
  ask: (question: RemoveQuestion) => Promise<boolean>;
  renderItem: (item: T, name: string) => ReactNode;
  renderSummary: (item: T, name: string) => ReactNode;
}

function HelperSection<T extends Person | Resource>({
  kind,
  textKey,
  repository,
  ask,
  renderItem,
  renderSummary,
}: HelperSectionProps<T>) {
  const { t } = useTranslation();
  const headingId = useId();
  const items = useLiveQuery(() => repository.list(), [repository], null);
  const nameOf = (item: T, index: number) =>
    item.name.trim() || t(`people.${textKey}.itemName`, { position: index + 1 });

  /**
   * Goals, plan sections and the advance statement being written pick from these records: when
   * any still name this one, say where and ask before taking it away.
   */
  const remove = async (id: string): Promise<RemovedHelper<T> | undefined> => {
    const uses = await helperUses(kind, id);
    if (isInUse(uses)) {
      const index = items?.findIndex((item) => item.id === id) ?? -1;
      const item = items?.[index];
      const places = uses.sections.map((section) => {
        const part = SECTIONS[section].part;
        return t('people.confirm.inSection', {
          part: t(`parts.${part}`),
          section: t(`${part}.sections.${section}.heading`),
        });
      });
      if (uses.advanceStatementDraft) places.push(t('people.confirm.inAdvanceStatement'));
      const yes = await ask({
        name: item ? nameOf(item, index) : '',
        goalTitles: sortByOrder(uses.goals).map(
          (goal) => goal.title.trim() || t('people.confirm.untitledGoal'),
        ),
        places,
      });
      if (!yes) return undefined;
    }
    return removeHelper<T>(kind, id);
  };

  return (
    <section className="stack people-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`people.${textKey}.heading`)}</h2>
      {/* What the section is for helps while it is empty; once filled, the person's words lead. */}
      {items?.length === 0 && <p>{t(`people.${textKey}.intro`)}</p>}
      <ListEditor
        items={items}
        nameOf={nameOf}
        renderItem={renderItem}
        renderSummary={renderSummary}
        actions={{ ...repository, remove, restore: (removed) => restoreHelper(kind, removed) }}
        text={{
          listLabel: t(`people.${textKey}.listLabel`),
          add: t(`people.${textKey}.add`),
          empty: t(`people.${textKey}.empty`),
          removed: (name) => t(`people.${textKey}.removed`, { name }),
        }}
      />
    </section>
  );
}
