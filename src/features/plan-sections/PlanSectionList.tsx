import type { ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import {
  SECTIONS,
  type PlanItem,
  type PlanItemFields,
  type PlanPart,
  type SectionId,
} from '../../domain/planSections';
import type { Choice } from '../../ui/CheckboxGroup';
import { ListEditor, type ListActions } from '../../ui/ListEditor';
import { PlanItemEditor, type PlanItemLabels } from './PlanItemEditor';
import { PlanItemSummary } from './PlanItemSummary';

/** A section's own words: `key` under `<part>.sections.<section>.` in the translation files. */
export interface SectionWords {
  words: (key: string, options?: Record<string, unknown>) => string;
  /** Words only some sections have, such as a hint. */
  optionalWords: (key: string) => string | undefined;
}

/** Where a section's items are kept: the screen passes it in (ui code never touches storage). */
export interface SectionItems<R> extends ListActions<PlanItem, R> {
  list(): Promise<PlanItem[]>;
  update(id: string, patch: Partial<PlanItemFields>): Promise<unknown>;
}

interface PlanSectionListProps<R> {
  part: PlanPart;
  section: SectionId;
  repository: SectionItems<R>;
  className: string;
  peopleChoices: Choice[];
  toolChoices?: Choice[];
  /** The name an item goes by in the list (its legend, and in "Removed …"). */
  nameOf: (item: PlanItem, index: number, words: SectionWords['words']) => string;
  /** The labels of one item's fields. */
  labelsFor: (name: string, words: SectionWords) => PlanItemLabels;
  /** Shown between the section's intro and its list. */
  children?: ReactNode;
}

/**
 * One section of the staying-well or crisis plan: its heading and intro, then its items as an
 * ordered list the person reads first, each item a summary with its PlanItemEditor one tap away
 * (add, reorder, remove with Undo).
 */
export function PlanSectionList<R>({
  part,
  section,
  repository,
  className,
  peopleChoices,
  toolChoices,
  nameOf,
  labelsFor,
  children,
}: PlanSectionListProps<R>) {
  const { t, i18n } = useTranslation();
  const items = useLiveQuery(() => repository.list(), [repository], null);
  const prefix = `${part}.sections.${section}`;
  const sectionWords: SectionWords = {
    words: (key, options) => t(`${prefix}.${key}`, options),
    optionalWords: (key) => (i18n.exists(`${prefix}.${key}`) ? t(`${prefix}.${key}`) : undefined),
  };
  const { words } = sectionWords;
  const headingId = `${part}-${section}`;

  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId}>{words('heading')}</h2>
      <p className="muted">{words('intro')}</p>
      {children}
      <ListEditor
        items={items}
        nameOf={(item, index) => nameOf(item, index, words)}
        renderItem={(item, name) => (
          <PlanItemEditor
            item={item}
            spec={SECTIONS[section]}
            labels={labelsFor(name, sectionWords)}
            peopleChoices={peopleChoices}
            toolChoices={toolChoices}
            onSave={(patch) => repository.update(item.id, patch)}
          />
        )}
        renderSummary={(item, name) => (
          <PlanItemSummary
            item={item}
            spec={SECTIONS[section]}
            name={name}
            labels={labelsFor(name, sectionWords)}
            peopleChoices={peopleChoices}
            toolChoices={toolChoices}
          />
        )}
        actions={repository}
        text={{
          listLabel: words('listLabel'),
          add: words('add'),
          empty: words('empty'),
          removed: (name) => t(`${part}.removed`, { name }),
        }}
      />
    </section>
  );
}
