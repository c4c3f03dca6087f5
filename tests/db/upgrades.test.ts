/**
 * Every released schema version has a fixture database in tests/fixtures/db-vN.json. Each is
 * written exactly as that version stored it, then opened by today's Waymark: nothing may be lost.
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
  }
});
