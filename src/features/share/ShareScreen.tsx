import './share.css';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { MakeLink } from './MakeLink';
import { SharingRecord } from './SharingRecord';

const GOOD_TO_KNOW = [
  'fragment',
  'anyone',
  'history',
  'passphrase',
  'file',
  'until',
  'copy',
] as const;

/**
 * Sharing on the person's terms: they choose the parts, who it is for, a passphrase and a date;
 * Waymark makes a link that carries just those parts, and keeps a record only on this device.
 */
export function ShareScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeading>{t('share.title')}</ScreenHeading>
      <p className="intro">{t('share.intro')}</p>
      <section className="card stack" aria-labelledby="share-good-to-know">
        <h2 id="share-good-to-know">{t('share.goodToKnowHeading')}</h2>
        <ul className="share-points">
          {GOOD_TO_KNOW.map((point) => (
            <li key={point}>{t(`share.goodToKnow.${point}`)}</li>
          ))}
        </ul>
      </section>
      <MakeLink />
      <SharingRecord />
    </>
  );
}
