/**
 * Every released schema version, oldest first. A version is never edited once released: a change
 * is a new entry with an `upgrade` that moves data. tests/fixtures/ holds a database of each
 * version, and tests/db/upgrades.test.ts upgrades each one to the latest.
 *
 * Schema version N stores plan version N (domain/migrations/planChain.ts): each upgrade is that
 * chain's step `plan/N`, the same step a backup file takes (upgrades.ts, and
 * docs/decisions/0009-migration-chain.md for adding a version).
 */
import type { Transaction } from 'dexie';
import { upgradeTo } from './upgrades';

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
    // Settings learned whether check-ins are on.
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
    upgrade: upgradeTo(2),
  },
  {
    // The staying-well and crisis plans (one table of section items, plus the crisis plan's
    // single answers), review dates for each part, local snapshots of the whole plan (taken
    // before a restore, so it can be undone), and the record of what was shared; settings
    // learned where the person lives, their help lines and when they last made a backup.
    version: 3,
    stores: {
      planItems: 'id, section',
      crisisTexts: 'id',
      reviews: 'id',
      snapshots: 'id, takenAt',
      shares: 'id, sharedAt',
    },
    upgrade: upgradeTo(3),
  },
  {
    // The advance statement, one record per version (draft, signed, withdrawn).
    version: 4,
    stores: {
      advanceStatements: 'id, number',
    },
    upgrade: upgradeTo(4),
  },
  {
    // No new table and no new shape: every row is written whole, each field a version 4 reader
    // gave by default written out (a settings row from before backups had no lastBackupAt), so
    // what is stored is what is read.
    version: 5,
    stores: {},
    upgrade: upgradeTo(5),
  },
  {
    // No new table: settings learned the reading and display preferences (text up to twice the
    // size, more space, more contrast, less motion) and which draft translations have said so.
    version: 6,
    stores: {},
    upgrade: upgradeTo(6),
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
