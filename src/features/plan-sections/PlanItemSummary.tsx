import { useTranslation } from 'react-i18next';
import type { PlanItem, SectionSpec } from '../../domain/planSections';
import type { Choice } from '../../ui/CheckboxGroup';
import type { PlanItemLabels } from './PlanItemEditor';
import { SummaryRows, hasRows, type SummaryRow } from '../../ui/SummaryRows';

interface PlanItemSummaryProps {
  item: PlanItem;
  spec: SectionSpec;
  /** The item's name (its own words, or e.g. "Early sign 2"), shown as its heading. */
  name: string;
  labels: PlanItemLabels;
  peopleChoices?: readonly Choice[];
  toolChoices?: readonly Choice[];
}

const labelsOf = (ids: readonly string[], choices: readonly Choice[]) =>
  ids.flatMap((id) => choices.find((choice) => choice.value === id)?.label ?? []);

/**
 * One item of a staying-well or crisis plan section as it reads: its words as its heading, then
 * only what the person filled in — no empty fields, no example text.
 */
export function PlanItemSummary({
  item,
  spec,
  name,
  labels,
  peopleChoices = [],
  toolChoices = [],
}: PlanItemSummaryProps) {
  const { t } = useTranslation();
  const list = (values: readonly string[]) =>
    values.length === 0 ? null : (
      <ul className="summary-list">
        {values.map((value, index) => (
          <li key={index}>{value}</li>
        ))}
      </ul>
    );
  const person = spec.people === 'one' ? labelsOf(item.personIds.slice(0, 1), peopleChoices) : [];
  const rows: SummaryRow[] = [
    // The words are the heading when they are the item's name; otherwise a row of their own.
    ...(spec.text && item.text.trim() !== name
      ? [{ label: labels.text ?? '', value: item.text }]
      : []),
    ...(spec.people === 'one' && person[0] && person[0] !== name
      ? [{ label: labels.person ?? '', value: person[0] }]
      : []),
    ...(spec.detail ? [{ label: labels.detail ?? '', value: item.detail }] : []),
    ...(spec.actions
      ? [{ label: labels.actions ?? '', value: list(item.actions.filter((a) => a.trim())) }]
      : []),
    ...(spec.people === 'many'
      ? [{ label: labels.people ?? '', value: list(labelsOf(item.personIds, peopleChoices)) }]
      : []),
    ...(spec.tools
      ? [{ label: labels.tools ?? '', value: list(labelsOf(item.toolIds, toolChoices)) }]
      : []),
  ];
  const written = Boolean(item.text.trim()) || person.length > 0 || hasRows(rows);
  return (
    <>
      <h3 className="summary-title">{name}</h3>
      {written ? <SummaryRows rows={rows} /> : <p className="empty-note">{t('list.nothingYet')}</p>}
    </>
  );
}
