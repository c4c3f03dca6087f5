import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Hope } from '../../domain/hopes';
import { hopesRepository } from '../../db/repositories/hopes';
import { ListEditor } from '../../ui/ListEditor';
import { reviewsFor } from '../../db/repositories/reviews';
import { ReviewBar } from '../reviews';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { HopeEditor } from './HopeEditor';
import { HopeSummary } from './HopeSummary';

export function HopesScreen() {
  const { t } = useTranslation();
  const items = useLiveQuery(() => hopesRepository.list(), [], null);
  const nameOf = (item: Hope, index: number) =>
    item.title.trim() || t('hopes.itemName', { position: index + 1 });

  return (
    <>
      <ScreenHeading>{t('hopes.title')}</ScreenHeading>
      <p className="intro">{t('hopes.intro')}</p>
      <ListEditor
        items={items}
        nameOf={nameOf}
        renderItem={(item, name) => <HopeEditor hope={item} name={name} />}
        renderSummary={(item, name) => <HopeSummary hope={item} name={name} />}
        actions={hopesRepository}
        text={{
          listLabel: t('hopes.listLabel'),
          add: t('hopes.add'),
          empty: t('hopes.empty'),
          removed: (name) => t('hopes.removed', { name }),
        }}
      />
      {/* An invitation to look it over comes after the person's words, once there are some. */}
      {items && items.length > 0 && <ReviewBar source={reviewsFor('hopes')} />}
    </>
  );
}
