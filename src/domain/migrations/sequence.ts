/**
 * Sequenced migrations, after tldraw's store migrations: a sequence has a name, and each step
 * an id `name/N` that brings version N − 1 to version N. Steps are pure (they return a new value
 * and never change the one given), numbered without gaps, and applied in order — so any saved
 * value, from any version, comes forward by the same chain.
 */

/** `name/N`: the step that brings version N − 1 of `name` to version N. */
export type MigrationId = `${string}/${number}`;

export interface Migration<S> {
  readonly id: MigrationId;
  /** What the step changes, in a sentence: it is read when adding the next one. */
  readonly description: string;
  readonly up: (state: S) => S;
}

export interface MigrationSequence<S> {
  readonly sequenceId: string;
  /** The first version: it needs no step. */
  readonly first: number;
  /** The newest version: `first` plus one per step. */
  readonly latest: number;
  readonly migrations: readonly Migration<S>[];
}

export function parseMigrationId(id: string): { sequenceId: string; version: number } {
  const match = /^([^/]+)\/([1-9]\d*)$/.exec(id);
  if (!match) throw new Error(`Not a migration id: '${id}'`);
  return { sequenceId: match[1]!, version: Number(match[2]) };
}

/**
 * Checks and returns a sequence: every id belongs to it, the first step reaches `first + 1`,
 * and each later one the version after the step before it (no gaps, no repeats).
 */
export function createMigrationSequence<S>(
  sequenceId: string,
  first: number,
  migrations: readonly Migration<S>[],
): MigrationSequence<S> {
  if (!/^[^/]+$/.test(sequenceId)) throw new Error(`Not a sequence name: '${sequenceId}'`);
  if (!Number.isInteger(first) || first < 1) throw new Error(`Not a first version: ${first}`);
  migrations.forEach((migration, index) => {
    const { sequenceId: owner, version } = parseMigrationId(migration.id);
    const expected = `${sequenceId}/${first + index + 1}`;
    if (owner !== sequenceId || version !== first + index + 1) {
      throw new Error(`Expected migration '${expected}' but found '${migration.id}'`);
    }
  });
  return { sequenceId, first, latest: first + migrations.length, migrations };
}

/** The steps that bring version `from` to version `to`, in order. */
export function stepsBetween<S>(
  sequence: MigrationSequence<S>,
  from: number,
  to: number = sequence.latest,
): readonly Migration<S>[] {
  if (!Number.isInteger(from) || from < sequence.first || from > to || to > sequence.latest) {
    throw new RangeError(`No way from ${sequence.sequenceId} ${from} to ${to}`);
  }
  return sequence.migrations.slice(from - sequence.first, to - sequence.first);
}
