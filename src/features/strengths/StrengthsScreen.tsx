import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Strength } from '../../domain/strengths';
import { strengthsRepository } from '../../db/repositories/strengths';
import { ListEditor } from '../../ui/ListEditor';
import { reviewsFor } from '../../db/repositories/reviews';
import { ReviewBar } from '../reviews';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { StrengthEditor } from './StrengthEditor';
import { StrengthSummary } from './StrengthSummary';

export function StrengthsScreen() {
  const { t } = useTranslation();
  const items = useLiveQuery(() => strengthsRepository.list(), [], null);
  const nameOf = (item: Strength, index: number) =>
    item.title.trim() || t('strengths.itemName', { position: index + 1 });

  return (
    <>
      <ScreenHeading>{t('strengths.title')}</ScreenHeading>
      <p className="intro">{t('strengths.intro')}</p>
      <ListEditor
        items={items}
        nameOf={nameOf}
        renderItem={(item, name) => <StrengthEditor strength={item} name={name} />}
        renderSummary={(item, name) => <StrengthSummary strength={item} name={name} />}
        actions={strengthsRepository}
        text={{
          listLabel: t('strengths.listLabel'),
          add: t('strengths.add'),
          empty: t('strengths.empty'),
          removed: (name) => t('strengths.removed', { name }),
        }}
      />
      {/* An invitation to look it over comes after the person's words, once there are some. */}
      {items && items.length > 0 && <ReviewBar source={reviewsFor('strengths')} />}
    </>
  );
}
