import { SyncPanel } from './SyncPanel';

/** "Use this plan on another device", for Settings (its words come with Settings). */
export function SyncSection() {
  return <SyncPanel />;
}
