import { useEffect } from 'react';
import { flushWrites, whenWritesSettled } from '../../db/writes';
import { followAutoLock } from '../../lock/autoLock';
import { lockNow } from '../../lock/lock';
import { preferencesRevision } from '../../lock/state';
import { readPreferences, writeCrisisCard } from '../../lock/lockStore';
import { useStore } from '../../ui/useStore';
import { helpNowData } from '../help-now';

/** Words on their way are stored before the key is forgotten — but locking never waits long. */
export function settleWrites(): Promise<void> {
  flushWrites();
  return Promise.race([
    whenWritesSettled(),
    new Promise<void>((resolve) => setTimeout(resolve, 1500)),
  ]);
}

/**
 * While the plan is open with the lock on (the shell shows this only then): locks it after the chosen idle time, after the
 * chosen time out of sight, and when the page is closed; and, only if the person chose it, keeps
 * the lock screen's copy of the people in their crisis plan up to date.
 */
export default function AutoLock() {
  const revision = useStore(preferencesRevision);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let stopCard: (() => void) | undefined;
    let cancelled = false;
    void readPreferences().then((preferences) => {
      if (cancelled) return;
      stop = followAutoLock({ preferences, lock: () => void lockNow(settleWrites) });
      if (preferences.crisisCardWhileLocked) {
        const keep = () =>
          void writeCrisisCard({
            id: 'crisisCard',
            contacts: helpNowData.get().contacts,
          }).catch(earlierCopyStays);
        keep();
        stopCard = helpNowData.subscribe(keep);
      }
    });
    return () => {
      cancelled = true;
      stop?.();
      stopCard?.();
    };
  }, [revision]);
  return null;
}

/**
 * Keeping the locked screen's copy of the crisis-plan people can fail (storage full): the copy
 * kept before stays, and the lock itself is unaffected, so nothing more is done.
 */
function earlierCopyStays(): undefined {
  return undefined;
}
