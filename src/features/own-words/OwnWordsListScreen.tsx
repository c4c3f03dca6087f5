import type { ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { reviewsFor } from '../../db/repositories/reviews';
import { ListEditor, type ListActions } from '../../ui/ListEditor';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { ReviewBar } from '../reviews';

/** An item of a list in the person's own words: its title names it. */
interface TitledItem {
  id: string;
  title: string;
}

export interface OwnWordsListProps<T extends TitledItem> {
  /** The part of the plan: its words are under `<part>.` and its review is this part's. */
  part: 'hopes' | 'strengths';
  repository: ListActions<T, T> & { list(): Promise<T[]> };
  renderItem: (item: T, name: string) => ReactNode;
  renderSummary: (item: T, name: string) => ReactNode;
}

/**
 * A screen that is one list in the person's own words (strengths, hopes): its heading and intro,
 * the list read first with each item's editor one tap away, then an invitation to look it over.
 */
export function OwnWordsListScreen<T extends TitledItem>({
  part,
  repository,
  renderItem,
  renderSummary,
}: OwnWordsListProps<T>) {
  const { t } = useTranslation();
  const items = useLiveQuery(() => repository.list(), [repository], null);
  const nameOf = (item: T, index: number) =>
    item.title.trim() || t(`${part}.itemName`, { position: index + 1 });

  return (
    <>
      <ScreenHeading>{t(`${part}.title`)}</ScreenHeading>
      <p className="intro">{t(`${part}.intro`)}</p>
      <ListEditor
        items={items}
        nameOf={nameOf}
        renderItem={renderItem}
        renderSummary={renderSummary}
        actions={repository}
        text={{
          listLabel: t(`${part}.listLabel`),
          add: t(`${part}.add`),
          empty: t(`${part}.empty`),
          removed: (name) => t(`${part}.removed`, { name }),
        }}
      />
      {/* An invitation to look it over comes after the person's words, once there are some. */}
      {items && items.length > 0 && <ReviewBar source={reviewsFor(part)} />}
    </>
  );
}
