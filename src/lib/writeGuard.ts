/**
 * How a form tells the write path what it started from, so that a save never overwrites words
 * another tab stored meanwhile (see docs/decisions/0003-autosave-per-change.md).
 *
 * A form calls its repository's save inside `withWriteGuard`. The repository hands its write to
 * `runWrite` synchronously (every repository does), and `runWrite` takes the guard with it: in
 * the same IndexedDB transaction as the write, each record about to be overwritten is compared
 * with what the form started from. When another tab changed it, nothing is written and the save
 * rejects with a `WriteConflict` holding the other tab's values, so the person can choose.
 *
 * This module knows nothing of Dexie or React, so both the database layer and ui/ can use it.
 */
import { createStore } from './store';

export interface WriteGuard {
  /** The fields this write sets, and their new values. */
  readonly values: Readonly<Record<string, unknown>>;
  /**
   * Whether `stored`, the value of `field` in the database right now, may be overwritten: it is
   * what the form started from, or something the form wrote itself.
   */
  mayOverwrite(field: string, stored: unknown): boolean;
  /** Called once the write is stored, before any later write of the same field starts. */
  written(): void;
  /** Told which record the write reaches, so words not yet stored can be kept at close. */
  located?(table: string, key: string): void;
}

let ambient: WriteGuard | undefined;

/** Runs `save` (which must reach `runWrite` synchronously) with `guard` on its write. */
export function withWriteGuard<T>(guard: WriteGuard, save: () => T): T {
  ambient = guard;
  try {
    return save();
  } finally {
    ambient = undefined;
  }
}

/** For the write path: the guard of the save being called right now, if any (taken once). */
export function takeWriteGuard(): WriteGuard | undefined {
  const guard = ambient;
  ambient = undefined;
  return guard;
}

/** A save that was not made because another tab changed the same thing first. */
export class WriteConflict extends Error {
  /** What the other tab stored, for each field of the save that it changed. */
  readonly theirs: Readonly<Record<string, unknown>>;

  constructor(theirs: Record<string, unknown>) {
    super('Changed in another tab');
    this.name = 'WriteConflict';
    this.theirs = theirs;
  }
}

export function isWriteConflict(error: unknown): error is WriteConflict {
  return error instanceof WriteConflict;
}

/** Two versions of one field waiting for the person to choose; shown by the app's shell. */
export interface OpenConflict {
  id: number;
  /** The field's name as the person sees it, e.g. "Strength 2: Your strength". */
  label: string;
  mine: string;
  theirs: string;
  keepMine(): void;
  useTheirs(): void;
  /** Only for long text, when both fit together. */
  keepBoth?: () => void;
}

export const openConflicts = createStore<readonly OpenConflict[]>([]);

let nextConflictId = 1;

export function newConflictId(): number {
  return nextConflictId++;
}

/** Adds or replaces (by id) a conflict waiting for a choice. */
export function showConflict(conflict: OpenConflict): void {
  const others = openConflicts.get().filter((open) => open.id !== conflict.id);
  openConflicts.set([...others, conflict]);
}

export function closeConflict(id: number): void {
  openConflicts.set(openConflicts.get().filter((open) => open.id !== id));
}

/**
 * Words typed just before the tab closed, whose write may not finish: kept in localStorage (which
 * a closing page can still write, synchronously) and stored by the next Waymark tab to open or
 * the one still open — but only over the value they started from, never over another tab's.
 */
export interface UnsavedWords {
  table: string;
  key: string;
  field: string;
  value: unknown;
  /** What the field may hold for these words to go over it: the form's base and its own writes. */
  over: unknown[];
}

const UNSAVED_PREFIX = 'waymark-unsaved:';

/**
 * localStorage holds words in clear. With the app lock on, the plan is encrypted at rest, so no
 * words may be kept there: a tab closed mid-write may then lose its last words, which is the
 * lock's price (docs/security/threat-model.md). Off until the lock says it is off.
 */
let plainCopiesAllowed = false;

export function allowPlainCopiesAtClose(allowed: boolean): void {
  plainCopiesAllowed = allowed;
  if (!allowed) for (const { id } of unsavedWords()) forgetUnsaved(id);
}

export function keepUnsaved(id: string, words: UnsavedWords): void {
  if (!plainCopiesAllowed) return;
  try {
    localStorage.setItem(UNSAVED_PREFIX + id, JSON.stringify(words));
  } catch {
    // No web storage (or it is full): the write already on its way is all there is.
  }
}

export function forgetUnsaved(id: string): void {
  try {
    localStorage.removeItem(UNSAVED_PREFIX + id);
  } catch {
    // Nothing was kept.
  }
}

export function isUnsavedKey(key: string | null): boolean {
  return key?.startsWith(UNSAVED_PREFIX) ?? false;
}

export function unsavedWords(): { id: string; words: UnsavedWords }[] {
  const found: { id: string; words: UnsavedWords }[] = [];
  try {
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index);
      if (!key || !isUnsavedKey(key)) continue;
      try {
        found.push({
          id: key.slice(UNSAVED_PREFIX.length),
          words: JSON.parse(localStorage.getItem(key) ?? 'null') as UnsavedWords,
        });
      } catch {
        localStorage.removeItem(key);
      }
    }
  } catch {
    // No web storage.
  }
  return found;
}
