import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenConflict } from '../lib/writeGuard';

/**
 * Two versions of one field, side by side, when another tab changed it while the person was
 * writing here. Nothing is saved over either until they choose.
 */
export function ConflictChoice({ conflict }: { conflict: OpenConflict }) {
  const { t } = useTranslation();
  const id = useId();
  // Line breaks as written, without a style attribute (the page's policy allows none).
  const words = (text: string) =>
    text === ''
      ? t('save.conflictEmpty')
      : text.split('\n').map((line, index) => (
          <span key={index}>
            {index > 0 && <br />}
            {line}
          </span>
        ));
  return (
    <section className="save-status save-status--failed stack" aria-labelledby={id}>
      <p id={id} role="alert">
        <strong>{t('save.conflictHeading', { field: conflict.label })}</strong>
      </p>
      <p>{t('save.conflictIntro')}</p>
      <figure className="conflict-version">
        <figcaption>{t('save.conflictMine')}</figcaption>
        <blockquote>{words(conflict.mine)}</blockquote>
      </figure>
      <figure className="conflict-version">
        <figcaption>{t('save.conflictTheirs')}</figcaption>
        <blockquote>{words(conflict.theirs)}</blockquote>
      </figure>
      <p className="actions">
        <button type="button" className="button button--primary" onClick={conflict.keepMine}>
          {t('save.conflictKeepMine')}
        </button>
        <button type="button" className="button" onClick={conflict.useTheirs}>
          {t('save.conflictUseTheirs')}
        </button>
        {conflict.keepBoth && (
          <button type="button" className="button" onClick={conflict.keepBoth}>
            {t('save.conflictKeepBoth')}
          </button>
        )}
      </p>
    </section>
  );
}
