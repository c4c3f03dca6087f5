/**
 * The migration chain (docs/decisions/0009): sequences are numbered without gaps, every released
 * version keeps a frozen schema, steps are pure and idempotent, and what today's encoders write
 * under the newest format version is exactly what that version's frozen schema reads — so a
 * field added to the domain cannot slip into an old version number unnoticed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/domain/checkedPlan';
import {
  FROZEN_PLAN_VERSIONS,
  LATEST_PLAN_VERSION,
  migratePlan,
  parsePlanAt,
  PLAN_MIGRATIONS,
  type PlanRows,
} from '../../src/domain/migrations/planChain';
import { createMigrationSequence, stepsBetween } from '../../src/domain/migrations/sequence';
import { planView, toPlanView, VIEW_PARTS } from '../../src/domain/planView';
import { BACKUP_VERSION, encodeBackup } from '../../src/formats/backup';
import { SHARE_VERSION } from '../../src/formats/shareLink';
import { BACKUP_PLAN_VERSIONS } from '../../src/formats/versions/backupVersions';
import {
  FROZEN_SHARE_PAYLOADS,
  migrateShareView,
  SHARE_VIEW_MIGRATIONS,
} from '../../src/formats/versions/shareChain';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/db/schema';
import { planWithStatement } from '../helpers/leakyPlan';

const step = (id: string) => ({
  id: id as `${string}/${number}`,
  description: '',
  up: <T>(s: T) => s,
});

/** Freezes a value all the way down, so a step that changes its input throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('migration sequences', () => {
  it('refuse gaps, repeats and ids of another sequence', () => {
    expect(() => createMigrationSequence('t', 1, [step('t/2'), step('t/3')])).not.toThrow();
    expect(() => createMigrationSequence('t', 1, [step('t/2'), step('t/4')])).toThrow(/t\/3/);
    expect(() => createMigrationSequence('t', 1, [step('t/2'), step('t/2')])).toThrow(/t\/3/);
    expect(() => createMigrationSequence('t', 1, [step('u/2')])).toThrow(/t\/2/);
    expect(() => createMigrationSequence('t', 1, [step('t/1')])).toThrow(/t\/2/);
    expect(() => createMigrationSequence('a/b', 1, [])).toThrow();
  });

  it('give the steps between two versions, in order, and nothing outside them', () => {
    const sequence = createMigrationSequence('t', 1, [step('t/2'), step('t/3'), step('t/4')]);
    expect(stepsBetween(sequence, 1).map((s) => s.id)).toEqual(['t/2', 't/3', 't/4']);
    expect(stepsBetween(sequence, 2, 3).map((s) => s.id)).toEqual(['t/3']);
    expect(stepsBetween(sequence, 4)).toEqual([]);
    expect(() => stepsBetween(sequence, 0)).toThrow(RangeError);
    expect(() => stepsBetween(sequence, 3, 2)).toThrow(RangeError);
    expect(() => stepsBetween(sequence, 1, 5)).toThrow(RangeError);
  });
});

describe('every released version is frozen', () => {
  it('has one plan version per database schema version, each one frozen once released', () => {
    expect(LATEST_PLAN_VERSION).toBe(LATEST_SCHEMA_VERSION);
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(
      Array.from({ length: LATEST_PLAN_VERSION }, (_, i) => i + 1),
    );
    // The latest is frozen too once a backup format carries it; until then it is today's domain.
    const frozen = Object.keys(FROZEN_PLAN_VERSIONS).map(Number);
    expect(frozen).toEqual(Array.from({ length: frozen.length }, (_, i) => i + 1));
    expect(frozen.length).toBeGreaterThanOrEqual(LATEST_PLAN_VERSION - 1);
    // Every schema version after the first upgrades with its step of the chain.
    expect(SCHEMA_VERSIONS.slice(1).every((v) => v.upgrade)).toBe(true);
  });

  it('names a frozen plan version for every backup version, and a frozen payload for every share version', () => {
    for (let version = 1; version <= BACKUP_VERSION; version++) {
      expect(
        FROZEN_PLAN_VERSIONS[BACKUP_PLAN_VERSIONS[version]!],
        `backup v${version}`,
      ).toBeDefined();
    }
    for (let version = 1; version <= SHARE_VERSION; version++) {
      expect(FROZEN_SHARE_PAYLOADS[version], `share v${version}`).toBeDefined();
    }
    expect(SHARE_VIEW_MIGRATIONS.latest).toBe(SHARE_VERSION);
  });

  it('writes nothing under the newest backup version that its frozen schema would not read back', async () => {
    const plan = planWithStatement();
    const file = JSON.parse(
      await encodeBackup(plan, { exportedAt: '2026-11-23T10:00:00.000Z', appVersion: '0.1.0' }),
    ) as { plan: unknown };
    const frozen = parsePlanAt(BACKUP_PLAN_VERSIONS[BACKUP_VERSION]!, file.plan, 'refuse');
    expect(frozen).toEqual(file.plan);
  });

  it('shares nothing under the newest share version that its frozen schema would not read back', () => {
    const view = planView.parse(toPlanView(planWithStatement(), { parts: VIEW_PARTS }));
    const frozen = FROZEN_SHARE_PAYLOADS[SHARE_VERSION]!.parse({
      format: 'waymark-share',
      version: SHARE_VERSION,
      sharedAt: '2026-11-23T10:00:00.000Z',
      sharedBy: 'Jo',
      until: '',
      view,
    }) as { view: unknown };
    expect(frozen.view).toEqual(view);
    expect(migrateShareView(view, SHARE_VERSION)).toEqual(view);
  });
});

/* Plans as version 1 stored them, with any words and choices. */
const when = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());
const words = fc.string({ maxLength: 30 });
const listItem = (prefix: string) =>
  fc
    .array(fc.record({ title: words, order: fc.integer(), at: when }), { maxLength: 3 })
    .map((items) =>
      items.map(({ at, ...item }, i) => ({
        ...item,
        id: `${prefix}${i}`,
        createdAt: at,
        updatedAt: at,
      })),
    );
const planV1 = fc.record({
  aboutMe: fc.array(
    fc.record({ preferredName: words, story: words, at: when }).map(({ at, ...me }) => ({
      ...me,
      id: 'me',
      createdAt: at,
      updatedAt: at,
    })),
    { maxLength: 1 },
  ),
  strengths: listItem('s'),
  hopes: listItem('h'),
  settings: fc.array(
    fc.record(
      {
        id: fc.constant('settings'),
        welcomeDismissed: fc.boolean(),
        language: fc.constantFrom('', 'en-GB', 'cy'),
        textSize: fc.constantFrom('standard', 'large', 'larger'),
        persistGranted: fc.constantFrom(true, false, null),
      },
      { requiredKeys: ['id'] },
    ),
    { maxLength: 1 },
  ),
});

describe('the plan chain', () => {
  it('brings any version 1 plan to a valid plan of today, without changing what it is given', () => {
    fc.assert(
      fc.property(planV1, (plan) => {
        const given = structuredClone(plan);
        const today = migratePlan(deepFreeze(plan), 1);
        expect(plan).toEqual(given);
        const checked = checkPlan(today);
        expect(checked.success).toBe(true);
        // What the person wrote is all still there, and means the same.
        if (checked.success) {
          expect(checked.plan.strengths.map((s) => s.title)).toEqual(
            plan.strengths.map((s) => s.title),
          );
          const settings = plan.settings[0];
          if (settings) {
            expect(checked.plan.settings[0]).toMatchObject({
              ...settings,
              checkInsEnabled: false,
              nation: '',
              lastBackupAt: null,
            });
          }
        }
      }),
    );
  });

  it('has pure, idempotent steps: each gives the same for the same plan, and again changes nothing', () => {
    fc.assert(
      fc.property(planV1, (plan) => {
        let state: PlanRows = parsePlanAt(1, plan, 'refuse');
        for (const migration of PLAN_MIGRATIONS.migrations) {
          const once = migration.up(deepFreeze(state));
          expect(migration.up(state), migration.id).toEqual(once);
          expect(migration.up(deepFreeze(once)), migration.id).toEqual(once);
          state = once;
        }
      }),
    );
  });

  it('gives the same plan however many versions it is brought at a time', () => {
    fc.assert(
      fc.property(planV1, fc.integer({ min: 1, max: LATEST_PLAN_VERSION }), (plan, middle) => {
        const inOne = migratePlan(plan, 1);
        const inTwo = migratePlan(
          parsePlanAt(middle, migratePlan(plan, 1, middle), 'refuse'),
          middle,
        );
        expect(inTwo).toEqual(inOne);
      }),
    );
  });

  it('refuses a record its version cannot read, and keeps it when asked to', () => {
    const plan = { hopes: [{ id: 'h', order: 1, title: 'x'.repeat(501), createdAt: 'soon' }] };
    expect(() => migratePlan(plan, 1)).toThrow(/hopes/);
    expect(migratePlan(plan, 1, LATEST_PLAN_VERSION, 'keep').hopes).toEqual(plan.hopes);
  });
});
