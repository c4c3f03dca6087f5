/**
 * Promise 7: a damaged backup file never changes the database. Random damage to a real backup
 * file — flipped bits, a cut-off end, values of the wrong type, huge strings, missing keys,
 * repeated records, stray text — goes through the restore path: decodeBackup, then (only when the
 * file still reads as a valid plan) replacePlan. A file that cannot be used must fail with a
 * FormatError (which the app turns into a kind message) and leave the plan exactly as it was; a
 * file that can be used must restore all of what it holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { PLAN_TABLE_NAMES } from '../../src/domain/plan';
import { byId } from '../helpers/byId';
import { openDatabase } from '../../src/db/connection';
import { readPlan, replacePlan } from '../../src/db/planStore';
import { decodeBackup } from '../../src/formats/backup';
import { FormatError } from '../../src/formats/errors';
import { samplePlan } from '../helpers/samplePlan';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8').trim();
const PLAIN = fixture('backup-v1.json');
const LOCKED = fixture('backup-v1-locked.json');
const PASSPHRASE = 'quiet harbour';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every place in a JSON value that could be changed, the root excepted. */
function pathsOf(value: Json, path: Path = []): Path[] {
  const children: [string | number, Json][] = Array.isArray(value)
    ? value.map((child, index) => [index, child])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  return children.flatMap(([key, child]) => [[...path, key], ...pathsOf(child, [...path, key])]);
}

/** A copy of `root` with the value at `path` replaced (or, for `undefined`, removed). */
function changeAt(root: Json, path: Path, value: Json | undefined): Json {
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value !== undefined) parent[last] = value;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

/** The ways a file gets damaged, each turning the file's text into other text. */
function mutations(file: string): fc.Arbitrary<string> {
  const parsed = JSON.parse(file) as Json;
  const paths = pathsOf(parsed);
  const path = fc.constantFrom(...paths);
  const bytes = new TextEncoder().encode(file);
  const wrongValue: fc.Arbitrary<Json> = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noDefaultInfinity: true, noNaN: true }),
    fc.string({ maxLength: 20 }),
    fc.constant([] as Json[]),
    fc.constant({} as Json),
    fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  );
  const tables = (parsed as { plan?: Record<string, Json[]> }).plan;
  const filled = PLAN_TABLE_NAMES.filter((name) => (tables?.[name]?.length ?? 0) > 0);
  // A record repeated (the same id twice), perhaps with one field changed.
  const repeated = () =>
    fc.tuple(fc.constantFrom(...filled), fc.nat(), fc.boolean()).map(([table, index, changed]) => {
      const records = tables![table]!;
      const record = structuredClone(records[index % records.length]!) as Record<string, Json>;
      if (changed) record.updatedAt = '2027-01-01T00:00:00.000Z';
      return JSON.stringify(changeAt(parsed, ['plan', table, records.length], record));
    });

  return fc.oneof(
    ...(filled.length > 0 ? [repeated()] : []),
    // Bits flipped on the disk or on the way, the file read as text as a browser reads it.
    fc
      .array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.nat({ max: 7 })), {
        minLength: 1,
        maxLength: 8,
      })
      .map((flips) => {
        const damaged = bytes.slice();
        for (const [at, bit] of flips) damaged[at] = damaged[at]! ^ (1 << bit);
        return new TextDecoder().decode(damaged);
      }),
    // A download or copy cut short.
    fc.nat({ max: file.length - 1 }).map((cut) => file.slice(0, cut)),
    // A value of the wrong type, anywhere: header, table, record or field.
    fc.tuple(path, wrongValue).map(([at, value]) => JSON.stringify(changeAt(parsed, at, value))),
    // A huge string, anywhere.
    fc
      .tuple(
        path,
        fc.constantFrom(501, 50_001, 1_000_000),
        fc.constantFrom('x', 'é', '"', '\u0000', '🙂'),
      )
      .map(([at, length, c]) =>
        JSON.stringify(changeAt(parsed, at, c.repeat(Math.ceil(length / c.length)))),
      ),
    // Something missing.
    path.map((at) => JSON.stringify(changeAt(parsed, at, undefined))),
    // Stray text spliced in.
    fc
      .tuple(fc.nat({ max: file.length }), fc.nat({ max: 20 }), fc.string({ maxLength: 20 }))
      .map(([at, removed, text]) => file.slice(0, at) + text + file.slice(at + removed)),
  );
}

const outcomes = { refused: 0, restored: 0 };

/** The restore path, as the backup screen runs it, with the promise checked at each end. */
async function restoreDamaged(text: string, passphrase?: string): Promise<void> {
  const before = await readPlan();
  let decoded: Awaited<ReturnType<typeof decodeBackup>>;
  try {
    decoded = await decodeBackup(text, passphrase);
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    expect(await readPlan()).toEqual(before);
    outcomes.refused += 1;
    return;
  }
  // Harmless damage: what the file still holds is a valid plan, and it restores, all of it.
  await replacePlan(decoded.plan, 'beforeRestore');
  expect(byId(await readPlan())).toEqual(byId(decoded.plan));
  await replacePlan(before, 'beforeRestore');
  outcomes.restored += 1;
}

beforeEach(async () => {
  outcomes.refused = 0;
  outcomes.restored = 0;
  await openDatabase();
  await replacePlan(samplePlan(), 'beforeRestore');
});

describe('restoring a damaged backup file', () => {
  it('the undamaged files restore', async () => {
    await restoreDamaged(PLAIN);
    await restoreDamaged(LOCKED, PASSPHRASE);
    expect(outcomes).toEqual({ refused: 0, restored: 2 });
  }, 20_000);

  it('never changes the plan unless all of it can be restored', async () => {
    await fc.assert(
      fc.asyncProperty(mutations(PLAIN), (text) => restoreDamaged(text)),
      { numRuns: 120 },
    );
    // The damage was varied enough to reach both ends of the path.
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.restored).toBeGreaterThan(0);
  }, 30_000);

  it('never changes the plan for a damaged locked file either', async () => {
    await fc.assert(
      fc.asyncProperty(mutations(LOCKED), (text) => restoreDamaged(text, PASSPHRASE)),
      { numRuns: 12 },
    );
  }, 30_000);
});
