import { useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { VIEW_PARTS } from '../../domain/planView';
import type { ShareRecord } from '../../domain/shares';
import { listShares, removeShare, restoreShare } from '../../db/repositories/shares';
import { announce } from '../../ui/announcer';
import { formatDay } from '../../ui/formatDate';
import { UndoBar } from '../../ui/UndoBar';
import { shownBySaveStatus } from '../../ui/failures';

/** What the person shared, when, with whom, and how: kept only on this device. */
export function SharingRecord() {
  const { t, i18n } = useTranslation();
  const shares = useLiveQuery(listShares, [], null);
  const [removed, setRemoved] = useState<{ record: ShareRecord; name: string } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });

  const nameOf = (share: ShareRecord) => {
    const date = formatDay(share.sharedAt, i18n.language);
    const who = share.recipient.trim()
      ? t('share.recordFor', { recipient: share.recipient.trim() })
      : t('share.recordForNobody');
    return `${who}, ${t('share.recordOn', { date })}`;
  };

  const remove = async (share: ShareRecord) => {
    const gone = await removeShare(share.id).catch(shownBySaveStatus);
    if (gone) setRemoved({ record: gone, name: nameOf(gone) });
  };

  const undo = async () => {
    if (!removed) return;
    await restoreShare(removed.record).catch(shownBySaveStatus);
    announce(t('share.restored', { name: removed.name }));
    setRemoved(null);
    headingRef.current?.focus();
  };

  if (!shares) return null;
  return (
    <section className="card stack" aria-labelledby="share-record">
      <h2 id="share-record" ref={headingRef} tabIndex={-1}>
        {t('share.recordHeading')}
      </h2>
      <p>{t('share.recordIntro')}</p>
      {shares.length === 0 ? (
        <p className="empty-note">{t('share.recordEmpty')}</p>
      ) : (
        <>
          <p className="field__hint">{t('share.recordRemoveNote')}</p>
          <ul className="share-record">
            {shares.map((share) => {
              const name = nameOf(share);
              const parts = VIEW_PARTS.filter((part) => share.parts.includes(part));
              return (
                <li key={share.id} className="share-record__item">
                  <p className="share-record__who">
                    {share.recipient.trim()
                      ? t('share.recordFor', { recipient: share.recipient.trim() })
                      : t('share.recordForNobody')}
                  </p>
                  <p>{t('share.recordOn', { date: formatDay(share.sharedAt, i18n.language) })}</p>
                  <p>
                    {t('share.recordParts', {
                      parts: list.format(parts.map((part) => t(`share.parts.${part}`))),
                    })}
                  </p>
                  <p>
                    {share.withPassphrase
                      ? t('share.recordWithPassphrase')
                      : t('share.recordWithoutPassphrase')}
                  </p>
                  {share.until && (
                    <p>{t('share.recordUntil', { date: formatDay(share.until, i18n.language) })}</p>
                  )}
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('share.removeLabel', { name })}
                    onClick={() => void remove(share)}
                  >
                    {t('share.remove')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {removed && (
        <UndoBar
          message={t('share.removed', { name: removed.name })}
          onUndo={() => void undo()}
          onDismiss={() => {
            setRemoved(null);
            headingRef.current?.focus();
          }}
        />
      )}
    </section>
  );
}
