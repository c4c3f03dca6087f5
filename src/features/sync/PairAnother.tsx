import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { announce } from '../../ui/announcer';
// The share screen's QR code drawing, reused as it is; share has no index.ts to export it from.
// eslint-disable-next-line no-restricted-imports
import { qrImageSrc, renderQr } from '../share/qr';
import { linkForAnotherDevice } from './syncActions';

/** Shows the pairing link and its code, on request, with what it holds said plainly. */
export function PairAnother() {
  const { t } = useTranslation();
  const [link, setLink] = useState<string | null>(null);
  if (!link) {
    return (
      <p className="actions">
        <button
          type="button"
          className="button"
          onClick={() => void linkForAnotherDevice().then(setLink)}
        >
          {t('sync.pairAnother')}
        </button>
      </p>
    );
  }
  const qr = renderQr(link);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      announce(t('sync.copied'));
    } catch {
      // No clipboard here: the link is on screen, to copy by hand. It is never read aloud.
    }
  };
  return (
    <div className="stack">
      <h3>{t('sync.pairAnother')}</h3>
      <p>{t('sync.pairAnotherIntro')}</p>
      <p>
        <strong>{t('sync.pairAnotherWarning')}</strong>
      </p>
      {qr ? (
        <img src={qrImageSrc(qr)} alt={t('sync.qrLabel')} width={240} height={240} />
      ) : (
        <p>{t('sync.pairAnotherNoQr')}</p>
      )}
      <p>
        <a href={link} data-testid="sync-pairing-link">
          {link}
        </a>
      </p>
      <p className="actions">
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          {t('sync.copyLink')}
        </button>
        <button type="button" className="button" onClick={() => setLink(null)}>
          {t('sync.hideLink')}
        </button>
      </p>
    </div>
  );
}
