import './readView.css';
import type { ReactNode } from 'react';

export interface SummaryRow {
  /** What the row is, e.g. "How it helps me". */
  label: string;
  /** The person's words or choice; a row with nothing in it is left out. */
  value: ReactNode;
}

const isEmpty = (value: ReactNode) =>
  value === null ||
  value === undefined ||
  value === false ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** Whether any row has something in it. */
export const hasRows = (rows: readonly SummaryRow[]) => rows.some((row) => !isEmpty(row.value));

/**
 * What the person wrote, as label and words, leaving out what they have not written: a calm read
 * of a part of the plan, with no form fields and no example text.
 */
export function SummaryRows({ rows }: { rows: readonly SummaryRow[] }) {
  const filled = rows.filter((row) => !isEmpty(row.value));
  if (filled.length === 0) return null;
  return (
    <dl className="summary-rows">
      {filled.map((row) => (
        <div key={row.label} className="summary-rows__row">
          <dt>{row.label}</dt>
          <dd
            className={typeof row.value === 'string' ? 'preserve-lines' : undefined}
            dir={typeof row.value === 'string' ? 'auto' : undefined}
          >
            {typeof row.value === 'string' ? row.value.trim() : row.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
