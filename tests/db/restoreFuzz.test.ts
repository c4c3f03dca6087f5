/**
 * Promise 7: a restore is all or nothing. Random damage to a real backup file — flipped bits, a
 * cut-off end, values of the wrong type, huge strings, missing keys, repeated records, stray
 * text — goes through the restore path: decodeBackup, then (only when the file still reads as a
 * valid plan) replacePlan, onto a disk that fills up part-way through the write. A file that
 * cannot be used must fail with a FormatError (which the app turns into a kind message); a write
 * that fails must fail as a full disk and leave every table exactly as it was, the snapshots
 * included; a file that can be used, written in full, must restore all of what it holds, keep
 * the plan it replaced as the newest snapshot, and be undone by that snapshot.
 *
 * Were the replace split over several transactions (one per table, say), a write failing after
 * the first had committed would leave part of the new plan in place, and the "exactly as it
 * was" check below fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PLAN_TABLE_NAMES } from '../../src/domain/plan';
import { SNAPSHOTS_KEPT } from '../../src/domain/snapshots';
import { getDb, openDatabase } from '../../src/db/connection';
import { classifyWriteError } from '../../src/db/errors';
import { listSnapshots, readPlan, replacePlan, restoreSnapshot } from '../../src/db/planStore';
import { decodeBackup } from '../../src/formats/backup';
import { FormatError } from '../../src/formats/errors';
import { byId } from '../helpers/byId';
import { fillingDisk, type DiskFault } from '../helpers/fillingDisk';
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

const outcomes = { refused: 0, faulted: 0, faultedPartWay: 0, restored: 0 };
let disk = fillingDisk();

/** Every table in the database, the snapshots and settings included, read in one transaction. */
async function everything(): Promise<Record<string, unknown[]>> {
  const db = getDb();
  return db.transaction('r', db.tables, async () =>
    Object.fromEntries(
      await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])),
    ),
  );
}

/** How much room the disk has: from none to more than any restore here writes. */
const diskRoom = () =>
  fc.record({
    records: fc.oneof(fc.nat({ max: 60 }), fc.constant(Infinity)),
    fault: fc.constantFrom<DiskFault>('quota', 'abort'),
  });
type DiskRoom = { records: number; fault: DiskFault };

/** Each restore an hour after the last, so snapshots have distinct times to be ordered by. */
let clock = Date.parse('2026-11-01T09:00:00.000Z');
const tick = () => vi.setSystemTime((clock += 3_600_000));

/**
 * The restore path, as the backup screen runs it, onto a disk with `room`, with the promise
 * checked at each end.
 */
async function restoreDamaged(
  text: string,
  passphrase: string | undefined,
  room: DiskRoom,
): Promise<void> {
  const before = await everything();
  const planBefore = await readPlan();
  const snapshotsBefore = await listSnapshots();
  let decoded: Awaited<ReturnType<typeof decodeBackup>>;
  try {
    decoded = await decodeBackup(text, passphrase);
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    expect(await everything()).toEqual(before);
    outcomes.refused += 1;
    return;
  }

  tick();
  disk.fillAfter(room.records, room.fault);
  const result = await replacePlan(decoded.plan, 'beforeRestore').then(
    (snapshotId) => ({ snapshotId }),
    (error: unknown) => ({ error }),
  );
  const { faulted, written } = disk.state;
  disk.record();

  if ('error' in result) {
    // The disk filled part-way: the person is told so, and nothing at all has changed.
    expect(faulted, 'only the full disk may fail a restore').toBe(true);
    expect(classifyWriteError(result.error)).toBe(room.fault === 'quota' ? 'quota' : 'unknown');
    expect(await everything()).toEqual(before);
    expect(await listSnapshots()).toEqual(snapshotsBefore);
    outcomes.faulted += 1;
    if (written > 0) outcomes.faultedPartWay += 1;
    return;
  }

  // Harmless damage, and room enough: what the file holds is restored, all of it …
  expect(faulted).toBe(false);
  expect(byId(await readPlan())).toEqual(byId(decoded.plan));
  // … the plan it replaced is the newest snapshot, the older ones kept newest first …
  const snapshots = await listSnapshots();
  expect(snapshots.map((s) => s.id)).toEqual(
    [result.snapshotId, ...snapshotsBefore.map((s) => s.id)].slice(0, SNAPSHOTS_KEPT),
  );
  const kept = await getDb().snapshots.get(result.snapshotId);
  expect(byId(kept!.plan)).toEqual(byId(planBefore));
  // … and that snapshot undoes the restore.
  tick();
  expect(await restoreSnapshot(result.snapshotId)).toBe(true);
  expect(byId(await readPlan())).toEqual(byId(planBefore));
  outcomes.restored += 1;
}

beforeEach(async () => {
  Object.assign(outcomes, { refused: 0, faulted: 0, faultedPartWay: 0, restored: 0 });
  vi.useFakeTimers({ toFake: ['Date'] });
  disk = fillingDisk();
  getDb().use(disk.middleware);
  await openDatabase();
  // A plan and a full set of snapshots, so a restore also has old snapshots to let go.
  for (let round = 0; round <= SNAPSHOTS_KEPT; round++) {
    tick();
    await replacePlan(round % 2 ? { ...samplePlan(), goals: [] } : samplePlan(), 'beforeRestore');
  }
  expect(await listSnapshots()).toHaveLength(SNAPSHOTS_KEPT);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('restoring a damaged backup file onto a disk that may fill up', () => {
  it('the undamaged files restore when there is room', async () => {
    await restoreDamaged(PLAIN, undefined, { records: Infinity, fault: 'quota' });
    await restoreDamaged(LOCKED, PASSPHRASE, { records: Infinity, fault: 'quota' });
    expect(outcomes).toMatchObject({ refused: 0, faulted: 0, restored: 2 });
  }, 20_000);

  it('an undamaged file changes nothing when the disk fills after any number of records', async () => {
    // Every point the write could fail at, from the first record to the last.
    for (let records = 0; !outcomes.restored; records++) {
      await restoreDamaged(PLAIN, undefined, { records, fault: records % 2 ? 'abort' : 'quota' });
    }
    expect(outcomes.faulted).toBeGreaterThan(10);
    expect(outcomes.faultedPartWay).toBe(outcomes.faulted - 1);
  }, 30_000);

  it('never changes the plan unless all of it can be restored', async () => {
    await fc.assert(
      fc.asyncProperty(mutations(PLAIN), diskRoom(), (text, room) =>
        restoreDamaged(text, undefined, room),
      ),
      { numRuns: 150 },
    );
    // The damage and the disk were varied enough to reach every end of the path.
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.faultedPartWay).toBeGreaterThan(0);
    expect(outcomes.restored).toBeGreaterThan(0);
  }, 60_000);

  it('never changes the plan for a damaged locked file either', async () => {
    await fc.assert(
      fc.asyncProperty(mutations(LOCKED), diskRoom(), (text, room) =>
        restoreDamaged(text, PASSPHRASE, room),
      ),
      { numRuns: 12 },
    );
    expect(outcomes.refused).toBeGreaterThan(0);
  }, 30_000);
});
