import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/Link';

/** Home is a calm summary: any list on it shows its first five, in the person's order. */
export const SHOWN_ON_HOME = 5;

interface PlanPartSummaryProps {
  id: string;
  heading: string;
  href: string;
  titles: string[];
  countText: string;
  emptyText: string;
  startText: string;
  editText: string;
}

/** One part of the plan on Home: the first few entries in the person's words, and a way in. */
export function PlanPartSummary({
  id,
  heading,
  href,
  titles,
  countText,
  emptyText,
  startText,
  editText,
}: PlanPartSummaryProps) {
  const { t } = useTranslation();
  const named = titles.map((title) => title.trim()).filter(Boolean);
  const hidden = named.length - SHOWN_ON_HOME;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {titles.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <>
          <p>{countText}</p>
          {named.length > 0 && (
            <ul className="summary-list">
              {named.slice(0, SHOWN_ON_HOME).map((title, index) => (
                <li key={index}>{title}</li>
              ))}
              {hidden > 0 && <li>{t('home.more', { count: hidden })}</li>}
            </ul>
          )}
        </>
      )}
      <Action href={href}>{titles.length === 0 ? startText : editText}</Action>
    </section>
  );
}

/** Secondary: Home has one main action (starting the plan, or going on with goals). */
function Action({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <Link href={href} className="button">
        {children}
      </Link>
    </p>
  );
}

PlanPartSummary.Action = Action;
