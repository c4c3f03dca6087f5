/**
 * Every released schema version, oldest first. A version is never edited once released: a change
 * is a new entry with an `upgrade` that moves data. tests/fixtures/ holds a database of each
 * version, and tests/db/upgrades.test.ts upgrades each one to the latest.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      aboutMe: 'id',
      strengths: 'id, order',
      hopes: 'id, order',
      settings: 'id',
    },
  },
  {
    // Goals with small steps and a journal, People and places, and optional check-ins.
    // Only new tables: every v1 record stays as it was.
    version: 2,
    stores: {
      goals: 'id, order, status',
      steps: 'id, goalId',
      journal: 'id, goalId, at',
      people: 'id, order',
      resources: 'id, order',
      checkInAreas: 'id, order',
      checkIns: 'id, areaId, at',
    },
  },
  {
    // The staying-well and crisis plans (one table of section items, plus the crisis plan's
    // single answers), review dates for each part, local snapshots of the whole plan (taken
    // before a restore, so it can be undone), and the record of what was shared. Only new tables.
    version: 3,
    stores: {
      planItems: 'id, section',
      crisisTexts: 'id',
      reviews: 'id',
      snapshots: 'id, takenAt',
      shares: 'id, sharedAt',
    },
  },
  {
    // The advance statement, one record per version (draft, signed, withdrawn). A new table only.
    version: 4,
    stores: {
      advanceStatements: 'id, number',
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
