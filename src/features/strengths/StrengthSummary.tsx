import { useTranslation } from 'react-i18next';
import type { Strength } from '../../domain/strengths';
import { SummaryRows } from '../../ui/SummaryRows';

/** A strength as the list reads it: its name, what kind it is and how it helps. */
export function StrengthSummary({ strength, name }: { strength: Strength; name: string }) {
  const { t } = useTranslation();
  const kind =
    strength.kind === 'own'
      ? strength.ownKind
      : strength.kind
        ? t(`strengths.kinds.${strength.kind}`)
        : '';
  return (
    <>
      <h2 className="summary-title">{name}</h2>
      <SummaryRows
        rows={[
          { label: t('strengths.kind'), value: kind },
          { label: t('strengths.howItHelps'), value: strength.howItHelps },
        ]}
      />
    </>
  );
}
