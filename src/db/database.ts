import Dexie, { type Table } from 'dexie';
import type { AboutMe } from '../domain/aboutMe';
import type { AdvanceStatementVersion } from '../domain/advanceStatement';
import type { CheckIn, CheckInArea } from '../domain/checkIns';
import type { Goal, JournalEntry, Step } from '../domain/goals';
import type { Person, Resource } from '../domain/people';
import type { CrisisTexts, PlanItem } from '../domain/planSections';
import type { Review } from '../domain/reviews';
import type { ShareRecord } from '../domain/shares';
import type { Snapshot } from '../domain/snapshots';
import type { Hope } from '../domain/hopes';
import type { Settings } from '../domain/settings';
import type { Strength } from '../domain/strengths';
import { readInTodaysShape } from './readRows';
import { SCHEMA_VERSIONS } from './schema';

export const DB_NAME = 'waymark';

export class WaymarkDb extends Dexie {
  aboutMe!: Table<AboutMe, string>;
  strengths!: Table<Strength, string>;
  hopes!: Table<Hope, string>;
  settings!: Table<Settings, string>;
  goals!: Table<Goal, string>;
  steps!: Table<Step, string>;
  journal!: Table<JournalEntry, string>;
  people!: Table<Person, string>;
  resources!: Table<Resource, string>;
  checkInAreas!: Table<CheckInArea, string>;
  checkIns!: Table<CheckIn, string>;
  planItems!: Table<PlanItem, string>;
  crisisTexts!: Table<CrisisTexts, string>;
  reviews!: Table<Review, string>;
  snapshots!: Table<Snapshot, string>;
  shares!: Table<ShareRecord, string>;
  advanceStatements!: Table<AdvanceStatementVersion, string>;

  constructor(name = DB_NAME) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    // Every row is read in today's shape (readRows.ts), except within an upgrade.
    this.use(readInTodaysShape);
  }
}
