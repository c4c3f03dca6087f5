import './print.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Detail } from './documentParts';
import { applyPageMarks } from './pageMarks';

/**
 * A document to print: its title and date at the top, and the same words in the margin of every
 * printed page with "Page 2 of 5" (handed to print.css through <html>'s custom properties while
 * it is on screen, and taken away after). The plan and the advance statement form both use it.
 */
export function PrintedDocument({
  title,
  dated,
  children,
}: {
  title: string;
  dated: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const pageTemplate = t('print.document.page', { page: '{{page}}', pages: '{{pages}}' });
  return (
    <article className="plan-document" ref={() => applyPageMarks({ title, dated, pageTemplate })}>
      <header className="plan-document__header">
        <p className="plan-document__title">{title}</p>
        <p className="plan-document__dated">{dated}</p>
      </header>
      {children}
    </article>
  );
}

/**
 * "How it will look": what will be printed, as on paper. Its heading is for the screen only; on
 * paper the frame goes and only the document is left.
 */
export function PrintPreview({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="print-preview" aria-labelledby={id}>
      <h2 id={id} className="print-hide">
        {t('print.previewHeading')}
      </h2>
      <div className="print-preview__paper">{children}</div>
    </section>
  );
}

/** The small "label: the person's words" list under an item. */
export function Details({ details }: { details: Detail[] }) {
  if (details.length === 0) return null;
  return (
    <dl className="plan-document__details">
      {details.map((detail) => (
        <div key={detail.label} className="plan-document__detail">
          <dt>{detail.label}</dt>
          {/* The person's words take their own direction, whatever the page's. */}
          <dd dir="auto">
            {detail.list ? (
              <ul>
                {detail.list.map((entry, index) => (
                  <li key={index} className="preserve-lines">
                    {entry}
                  </li>
                ))}
              </ul>
            ) : detail.href ? (
              <a href={detail.href}>{detail.text.trim()}</a>
            ) : (
              <span className="preserve-lines">{detail.text.trim()}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
