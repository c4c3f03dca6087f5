/**
 * The state of this tab's database, kept apart from Dexie itself so the app's shell can show it
 * (and paint) before the database code has even loaded.
 */
import { createStore } from '../lib/store';
import type { OpenFailure } from './errors';

export type DbStatus =
  | { state: 'opening' }
  | { state: 'ready' }
  /** Our upgrade waits for another tab, still on an older Waymark, to close. */
  | { state: 'blocked' }
  /** Another tab upgraded the database: this tab must reload to carry on safely. */
  | { state: 'outdated' }
  | { state: 'failed'; reason: OpenFailure };

export const dbStatus = createStore<DbStatus>({ state: 'opening' });
