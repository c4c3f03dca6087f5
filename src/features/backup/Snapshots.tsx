import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { listSnapshots, restoreSnapshot } from '../../db/planStore';
import { announce } from '../../ui/announcer';
import { formatDay } from '../../ui/formatDate';
import { shownBySaveStatus } from '../../ui/failures';

/** Earlier versions of the plan kept on this device (taken before each restore). */
export function Snapshots() {
  const { t, i18n } = useTranslation();
  const snapshots = useLiveQuery(listSnapshots, [], null);
  if (!snapshots || snapshots.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="backup-snapshots">
      <h2 id="backup-snapshots">{t('backup.snapshotsHeading')}</h2>
      <ul className="summary-list">
        {snapshots.map((snapshot) => {
          const date = formatDay(snapshot.takenAt, i18n.language);
          return (
            <li key={snapshot.id}>
              <p>{t('backup.snapshotTaken', { date })}</p>
              <button
                type="button"
                className="button"
                onClick={() =>
                  void restoreSnapshot(snapshot.id)
                    .then((found) => found && announce(t('backup.undone')))
                    .catch(shownBySaveStatus)
                }
              >
                {t('backup.useSnapshot', { date })}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
