/**
 * Promise 7: restores read every old format. tests/fixtures/backup-vN.json is a backup file as
 * Waymark made it at format version N (made with encodeBackup, never edited by hand), and
 * backup-vN-locked.json the same plan locked with the passphrase "quiet harbour". Every later
 * Waymark must still open them and restore exactly what they hold.
 *
 * Raising BACKUP_VERSION? Add that version's two fixtures too; the first test fails until you do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { PLAN_TABLE_NAMES, type PlanTable } from '../../src/domain/plan';
import { byId } from '../helpers/byId';
import { openDatabase, resetConnection } from '../../src/db/connection';
import { listSnapshots, readPlan, replacePlan } from '../../src/db/planStore';
import { BACKUP_VERSION, decodeBackup, readBackupHeader } from '../../src/formats/backup';

const PASSPHRASE = 'quiet harbour';
/** Tables that came after format version 1, and the version that first carried each. */
const FIRST_CARRIED_IN: Partial<Record<PlanTable, number>> = { advanceStatements: 2 };
const fixturesDir = join(__dirname, '..', 'fixtures');
const read = (name: string) => readFileSync(join(fixturesDir, name), 'utf8');

/** Every backup fixture on disk, by version: { 1: { plain, locked } }. */
const fixtures = new Map<number, { plain?: string; locked?: string }>();
for (const name of readdirSync(fixturesDir)) {
  const match = /^backup-v(\d+)(-locked)?\.json$/.exec(name);
  if (!match) continue;
  const version = Number(match[1]);
  const entry = fixtures.get(version) ?? {};
  entry[match[2] ? 'locked' : 'plain'] = read(name);
  fixtures.set(version, entry);
}

describe('backup fixtures', () => {
  it('has a plain and a locked fixture for every backup format version', () => {
    const versions = Array.from({ length: BACKUP_VERSION }, (_, i) => i + 1);
    expect([...fixtures.keys()].sort((a, b) => a - b)).toEqual(versions);
    for (const version of versions) {
      const { plain, locked } = fixtures.get(version)!;
      expect(plain, `backup-v${version}.json`).toBeDefined();
      expect(locked, `backup-v${version}-locked.json`).toBeDefined();
      // Each file really is the version its name says.
      expect(readBackupHeader(plain!)).toMatchObject({ version, encrypted: false });
      expect(readBackupHeader(locked!)).toMatchObject({ version, encrypted: true });
    }
  });

  for (const [version, { plain, locked }] of fixtures) {
    describe(`version ${version}`, () => {
      it('still decodes, every table of the plan included', async () => {
        const decoded = await decodeBackup(plain!);
        expect(decoded).toMatchObject({
          exportedAt: '2026-11-23T10:00:00.000Z',
          appVersion: '0.1.0',
          encrypted: false,
        });
        for (const name of PLAN_TABLE_NAMES) {
          const carried = (FIRST_CARRIED_IN[name] ?? 1) <= version;
          expect(decoded.plan[name].length > 0, `${name} in backup-v${version}.json`).toBe(carried);
        }
      });

      it('still opens with its passphrase, and holds the same plan', async () => {
        await expect(decodeBackup(locked!)).rejects.toMatchObject({ problem: 'needsPassphrase' });
        await expect(decodeBackup(locked!, 'quiet harbor')).rejects.toMatchObject({
          problem: 'wrongPassphrase',
        });
        const decoded = await decodeBackup(locked!, PASSPHRASE);
        expect(decoded.encrypted).toBe(true);
        expect(decoded.plan).toEqual((await decodeBackup(plain!)).plan);
      }, 30_000);
    });
  }
});

describe('the version 1 plan', () => {
  beforeEach(async () => {
    await openDatabase();
  });

  it('holds what Alex wrote, in every part of the plan', async () => {
    const { plan } = await decodeBackup(fixtures.get(1)!.plain!);
    expect(plan.aboutMe[0]).toMatchObject({
      preferredName: 'Alex',
      pronouns: 'he/him',
      story: 'Two years ago I stopped going out.\n\nThis spring I started again, slowly.',
    });
    expect(plan.strengths.map((s) => [s.title, s.kind])).toEqual([
      ['Stubborn in a good way', 'quality'],
      ['Fixing bikes', 'skill'],
      ['Night owl', 'own'],
    ]);
    expect(plan.strengths[2]?.ownKind).toBe('A rhythm of my own');
    expect(plan.hopes.map((h) => h.title)).toEqual([
      'Ride the coast path with Nia',
      'Feel at home in my own flat',
    ]);
    const [cycle, cook, football] = plan.goals;
    expect(cycle).toMatchObject({
      title: 'Cycle to the sea and back',
      hopeId: 'hope-1',
      strengthIds: ['strength-1', 'strength-2'],
      helperIds: ['person-1', 'resource-1'],
      targetDate: '2027-05-01',
      status: 'active',
      achievedAt: null,
    });
    expect(cook).toMatchObject({ status: 'achieved', achievedAt: '2026-11-02T18:00:00.000Z' });
    expect(football).toMatchObject({ status: 'letGo', learned: expect.stringMatching(/knees/) });
    expect(plan.steps.filter((s) => s.goalId === 'goal-1').map((s) => s.title)).toEqual([
      'Pump the tyres and oil the chain',
      'Ride to the park and back',
    ]);
    expect(plan.journal.map((j) => j.kind)).toEqual(['progress', 'setback', 'celebration']);
    expect(plan.journal[1]).toMatchObject({
      learned: 'I had not eaten.',
      tryNext: 'Banana in my pocket.',
    });
    expect(plan.people.map((p) => p.name)).toEqual(['Nia', 'Priya Shah', 'Uncle Dev']);
    expect(plan.people[1]).toMatchObject({
      phone: '0161 496 0222',
      email: 'priya.shah@example.org',
    });
    expect(plan.resources[0]?.name).toBe('Harbour Bike Kitchen');
    expect(plan.checkInAreas.map((a) => a.ownArea || a.area)).toEqual(['mentalWellbeing', 'Sleep']);
    expect(plan.checkIns.map((c) => c.score)).toEqual([4, 3, 7, 6]);
    expect(new Set(plan.planItems.map((i) => i.section)).size).toBe(15);
    expect(plan.planItems.find((i) => i.section === 'triggers')).toMatchObject({
      actions: ['Open them with Priya', 'One thing at a time'],
      personIds: ['person-2'],
      toolIds: ['item-01'],
    });
    expect(plan.crisisTexts[0]?.crisisOver).toBe('When I have been out three days running.');
    expect(plan.reviews.map((r) => r.id)).toEqual(['aboutMe', 'crisis']);
    expect(plan.shares[0]).toMatchObject({ recipient: 'Priya — care coordinator', via: 'link' });
    expect(plan.settings[0]).toMatchObject({
      textSize: 'large',
      checkInsEnabled: true,
      nation: 'wales',
      ownHelpLines: [expect.objectContaining({ name: 'Bike Kitchen night line' })],
    });
  });

  it('restores into the database and reads back identical', async () => {
    const { plan } = await decodeBackup(fixtures.get(1)!.plain!);
    const before = await readPlan();
    await replacePlan(plan, 'beforeRestore');
    expect(byId(await readPlan())).toEqual(byId(plan));
    // …and it is really stored: a fresh connection reads the same.
    resetConnection();
    await openDatabase();
    expect(byId(await readPlan())).toEqual(byId(plan));
    // What was there before is kept, so the restore can be undone.
    expect(await listSnapshots()).toHaveLength(1);
    expect(byId(before)).not.toEqual(byId(plan));
  });
});

describe('the version 2 plan', () => {
  it('keeps every version of the advance statement, the signed one exactly as signed', async () => {
    const { plan } = await decodeBackup(fixtures.get(2)!.plain!);
    const [signed, draft] = [...plan.advanceStatements].sort((a, b) => a.number - b.number);
    expect(signed).toMatchObject({
      number: 1,
      copyHolderNames: ['Priya Shah'],
      signing: { signedOn: '2026-06-01', witnessRole: 'Psychiatrist', witnessCertified: true },
      content: {
        jurisdiction: 'scotland',
        notWanted: [expect.objectContaining({ what: 'Olanzapine' })],
      },
    });
    expect(draft).toMatchObject({ number: 2, signing: null });
    expect(plan.reviews.map((r) => r.id)).toContain('advanceStatement');
  });

  it('reads a version 1 file as a plan with no advance statement yet', async () => {
    const { plan } = await decodeBackup(fixtures.get(1)!.plain!);
    expect(plan.advanceStatements).toEqual([]);
  });
});
