/**
 * Every released schema version has a fixture database in tests/fixtures/db-vN.json. Each is
 * written exactly as that version stored it, then opened by today's Waymark: nothing may be lost,
 * and every row must be stored whole — read back raw (not through the app's read path, which
 * normalises), parsing it with today's schema changes nothing. So an upgrade that forgets to
 * write a new field's default fails here.
 * Adding a schema version? Add its fixture too; the first test fails until you do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PLAN_TABLES } from '../../src/domain/plan';
import { snapshot } from '../../src/domain/snapshots';
import { DB_NAME, WaymarkDb } from '../../src/db/database';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/db/schema';

interface Fixture {
  schemaVersion: number;
  stores: Record<string, string>;
  data: Record<string, Record<string, unknown>[]>;
}

const fixturesDir = join(__dirname, '..', 'fixtures');
const fixtures: Fixture[] = readdirSync(fixturesDir)
  .filter((name) => /^db-v\d+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(join(fixturesDir, name), 'utf8')) as Fixture)
  .sort((a, b) => a.schemaVersion - b.schemaVersion);

/** What each table's records must still satisfy after upgrading to the latest version. */
const latestSchemas = { ...PLAN_TABLES, snapshots: snapshot } as const;

async function writeFixture(fixture: Fixture): Promise<void> {
  const old = new Dexie(DB_NAME);
  old.version(fixture.schemaVersion).stores(fixture.stores);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.data)) await old.table(table).bulkAdd(rows);
  old.close();
}

/** Every row exactly as IndexedDB holds it: a bare connection, none of the app's middleware. */
async function readRaw(): Promise<Record<string, Record<string, unknown>[]>> {
  const raw = new Dexie(DB_NAME);
  await raw.open();
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const table of raw.tables) rows[table.name] = await table.toArray();
  raw.close();
  return rows;
}

/** Opens the database with today's Waymark (upgrading it), then closes it. */
async function upgrade(): Promise<void> {
  const db = new WaymarkDb();
  await db.open();
  expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
  db.close();
}

describe('schema upgrades', () => {
  it('has a fixture for every released schema version', () => {
    expect(fixtures.map((fixture) => fixture.schemaVersion)).toEqual(
      SCHEMA_VERSIONS.map((version) => version.version),
    );
  });

  it('keeps each version’s declared stores in its fixture unchanged', () => {
    for (const fixture of fixtures) {
      // Dexie versions add up: a version declares only what it changes (null removes a table).
      const declared: Record<string, string> = {};
      for (const { version, stores } of SCHEMA_VERSIONS) {
        if (version > fixture.schemaVersion) break;
        for (const [table, indexes] of Object.entries(stores)) {
          if (indexes === null) delete declared[table];
          else declared[table] = indexes;
        }
      }
      expect(fixture.stores, `v${fixture.schemaVersion}`).toEqual(declared);
    }
  });

  for (const fixture of fixtures) {
    it(`upgrades a version ${fixture.schemaVersion} database to version ${LATEST_SCHEMA_VERSION} losing nothing`, async () => {
      await writeFixture(fixture);
      const db = new WaymarkDb();
      await db.open();
      expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(fixture.data)) {
        const stored = await db.table(table).toArray();
        expect(stored).toHaveLength(rows.length);
        for (const row of rows) {
          const upgraded = stored.find((candidate) => candidate.id === row.id);
          expect(upgraded, `${table} ${String(row.id)}`).toMatchObject(row);
          const schema = latestSchemas[table as keyof typeof latestSchemas];
          expect(schema.safeParse(upgraded).success, `${table} ${String(row.id)} is valid`).toBe(
            true,
          );
        }
      }
      db.close();
    });

    it(`stores every row of a version ${fixture.schemaVersion} database whole: today's schema changes nothing`, async () => {
      await writeFixture(fixture);
      await upgrade();
      const stored = await readRaw();
      for (const [table, rows] of Object.entries(stored)) {
        const schema = latestSchemas[table as keyof typeof latestSchemas];
        for (const row of rows) {
          expect(row, `${table} ${String(row.id)}`).toEqual(schema.parse(row));
        }
      }
    });
  }

  it('brings the plans kept in snapshots forward with the rest', async () => {
    const v3 = fixtures.find((fixture) => fixture.schemaVersion === 3)!;
    const { snapshots: _none, ...plan } = v3.data;
    await writeFixture({
      ...v3,
      data: {
        ...v3.data,
        snapshots: [
          { id: 'snap-1', takenAt: '2026-11-10T10:00:00.000Z', reason: 'beforeRestore', plan },
        ],
      },
    });
    await upgrade();
    const [kept] = (await readRaw()).snapshots!;
    expect(kept).toEqual(snapshot.parse(kept));
    const settings = (kept!.plan as Record<string, Record<string, unknown>[]>).settings![0];
    expect(settings).toMatchObject({ nation: 'scotland', lastBackupAt: null });
    expect(kept!.plan).toMatchObject({ advanceStatements: [] });
  });

  it('keeps a row its version cannot read exactly as it was stored', async () => {
    const v2 = fixtures.find((fixture) => fixture.schemaVersion === 2)!;
    const odd = { id: 'odd', order: 9, title: 'x'.repeat(501), notes: 'still mine' };
    await writeFixture({ ...v2, data: { ...v2.data, hopes: [...v2.data.hopes!, odd] } });
    await upgrade();
    expect((await readRaw()).hopes).toContainEqual(odd);
  });
});
