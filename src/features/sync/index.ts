/** Sync (issue #18): the settings section. Its code and words load with Settings, PouchDB only once sync is used. */
export { SyncSection } from './SyncSection';
