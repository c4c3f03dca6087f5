import { useTranslation } from 'react-i18next';
import type { Hope } from '../../domain/hopes';
import { OWN_AREA } from '../../domain/lifeAreas';
import { SummaryRows } from '../../ui/SummaryRows';

/** A hope as the list reads it: the hope, the part of life it belongs to, and more about it. */
export function HopeSummary({ hope, name }: { hope: Hope; name: string }) {
  const { t } = useTranslation();
  const area = hope.area === OWN_AREA ? hope.ownArea : hope.area ? t(`lifeAreas.${hope.area}`) : '';
  return (
    <>
      <h2 className="summary-title">{name}</h2>
      <SummaryRows
        rows={[
          { label: t('hopes.area'), value: area },
          { label: t('hopes.notes'), value: hope.notes },
        ]}
      />
    </>
  );
}
