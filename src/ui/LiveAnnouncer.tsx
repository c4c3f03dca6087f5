import { useSyncExternalStore } from 'react';
import { announcement } from './announcer';

/** One polite live region for the whole app; `announce()` puts a message in it. */
export function LiveAnnouncer() {
  const { message, key } = useSyncExternalStore(announcement.subscribe, announcement.get);
  return (
    <div className="visually-hidden" role="status" aria-live="polite">
      <span key={key}>{message}</span>
    </div>
  );
}
