import { lazy, Suspense } from 'react';
import { loadAreas } from '../../i18n';

/** The section's own code arrives with its words; PouchDB comes only when sync is used. */
const SyncPanel = lazy(() =>
  Promise.all([import('./SyncPanel'), loadAreas(['sync'])]).then(([module]) => ({
    default: module.SyncPanel,
  })),
);

/** "Use this plan on another device", for Settings. */
export function SyncSection() {
  return (
    <Suspense fallback={null}>
      <SyncPanel />
    </Suspense>
  );
}
