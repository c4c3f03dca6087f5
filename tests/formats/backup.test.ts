import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyPlan, planData, type PlanData } from '../../src/domain/plan';
import {
  BACKUP_VERSION,
  BACKUP_MAX_BYTES,
  backupFileName,
  decodeBackup,
  encodeBackup,
  readBackupHeader,
} from '../../src/formats/backup';
import { fromBase64Url, toBase64Url } from '../../src/formats/bytes';
import { open, PBKDF2_MAX_ITERATIONS, PBKDF2_MIN_ITERATIONS, seal } from '../../src/formats/crypto';
import { FormatError } from '../../src/formats/errors';

const meta = { exportedAt: '2026-11-23T10:00:00.000Z', appVersion: '0.1.0' };

const when = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());
const text = fc.string({ maxLength: 40, unit: 'grapheme' });
const arbitraryPlan: fc.Arbitrary<PlanData> = fc
  .record({
    aboutMe: fc.option(
      fc.record({ preferredName: text, story: fc.string({ maxLength: 400, unit: 'grapheme' }) }),
      { nil: undefined },
    ),
    strengths: fc.array(
      fc.record({ title: text, howItHelps: text, kind: fc.constantFrom('', 'skill', 'own') }),
      { maxLength: 5 },
    ),
    goals: fc.array(
      fc.record({ title: text, status: fc.constantFrom('active', 'achieved', 'paused', 'letGo') }),
      { maxLength: 4 },
    ),
    statements: fc.array(
      fc.record({ fullName: text, what: text, why: text, signed: fc.boolean() }),
      { maxLength: 3 },
    ),
    createdAt: when,
  })
  .map(({ aboutMe, strengths, goals, statements, createdAt }) =>
    planData.parse({
      aboutMe: aboutMe ? [{ ...aboutMe, id: 'me', createdAt, updatedAt: createdAt }] : [],
      strengths: strengths.map((s, i) => ({
        ...s,
        id: `s${i}`,
        order: i + 1,
        createdAt,
        updatedAt: createdAt,
      })),
      goals: goals.map((g, i) => ({
        ...g,
        id: `g${i}`,
        order: i + 1,
        createdAt,
        updatedAt: createdAt,
      })),
      advanceStatements: statements.map(({ fullName, what, why, signed }, i) => ({
        id: `a${i}`,
        number: i + 1,
        content: { fullName, wanted: [{ id: 'w', what, why }] },
        copyHolderNames: signed ? [fullName] : [],
        signing: signed ? { signedOn: createdAt.slice(0, 10), witnessName: fullName } : null,
        createdAt,
        updatedAt: createdAt,
      })),
    }),
  );

async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'none';
  } catch (error) {
    if (error instanceof FormatError) return error.problem;
    throw error; // anything else is a bug: a bad file must never crash the reader
  }
}

describe('backup files', () => {
  it('round-trip any plan exactly, without a passphrase', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPlan, async (plan) => {
        const decoded = await decodeBackup(await encodeBackup(plan, meta));
        expect(decoded.plan).toEqual(plan);
        expect(decoded).toMatchObject({ ...meta, encrypted: false });
      }),
      { numRuns: 60 },
    );
  });

  it('round-trip any plan exactly with a passphrase, and hide its words', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryPlan,
        fc.string({ minLength: 1, maxLength: 30 }),
        async (plan, passphrase) => {
          const file = await encodeBackup(plan, { ...meta, passphrase });
          for (const strength of plan.strengths) {
            if (strength.title.length > 3)
              expect(file).not.toContain(JSON.stringify(strength.title));
          }
          expect((await decodeBackup(file, passphrase)).plan).toEqual(plan);
        },
      ),
      { numRuns: 3 },
    );
  }, 60_000);

  it('names the file by the day it was made', () => {
    expect(backupFileName('2026-11-23T10:00:00.000Z')).toBe('waymark-backup-2026-11-23.json');
  });

  it('says clearly what is wrong with a bad file', async () => {
    const good = await encodeBackup(emptyPlan(), meta);
    expect(await problemOf(decodeBackup('{"hello": "world"}'))).toBe('notWaymark');
    expect(await problemOf(decodeBackup('a shopping list'))).toBe('notWaymark');
    expect(await problemOf(decodeBackup(good.slice(0, good.length - 10)))).toBe('damaged');
    expect(
      await problemOf(
        decodeBackup(
          good.replace(`"version":${BACKUP_VERSION}`, `"version":${BACKUP_VERSION + 1}`),
        ),
      ),
    ).toBe('newerVersion');
    expect(
      await problemOf(decodeBackup(good.replace('"strengths":[]', '"strengths":[{"id":7}]'))),
    ).toBe('invalid');
    // Two records with one id could never be written together: refused before any restore.
    const twice = `{"id":"s","order":1,"createdAt":"${meta.exportedAt}","updatedAt":"${meta.exportedAt}"}`;
    expect(
      await problemOf(
        decodeBackup(good.replace('"strengths":[]', `"strengths":[${twice},${twice}]`)),
      ),
    ).toBe('invalid');
    expect(await problemOf(decodeBackup(' '.repeat(BACKUP_MAX_BYTES + 1)))).toBe('tooLarge');
  });

  it('asks for a passphrase, and says when it is wrong', async () => {
    const file = await encodeBackup(emptyPlan(), { ...meta, passphrase: 'blue kite' });
    expect(readBackupHeader(file)).toMatchObject({ encrypted: true, exportedAt: meta.exportedAt });
    expect(await problemOf(decodeBackup(file))).toBe('needsPassphrase');
    expect(await problemOf(decodeBackup(file, 'red kite'))).toBe('wrongPassphrase');
  }, 30_000);

  it('notices a changed header or ciphertext in an encrypted file', async () => {
    const file = await encodeBackup(emptyPlan(), { ...meta, passphrase: 'blue kite' });
    const parsed = JSON.parse(file);
    const changedDate = JSON.stringify({ ...parsed, exportedAt: '2020-01-01T00:00:00.000Z' });
    expect(await problemOf(decodeBackup(changedDate, 'blue kite'))).toBe('wrongPassphrase');
    const bytes = fromBase64Url(parsed.data)!;
    bytes[0] = bytes[0]! ^ 1;
    const flipped = JSON.stringify({ ...parsed, data: toBase64Url(bytes) });
    expect(await problemOf(decodeBackup(flipped, 'blue kite'))).toBe('wrongPassphrase');
    const weak = JSON.stringify({ ...parsed, kdf: { ...parsed.kdf, iterations: 1000 } });
    expect(await problemOf(decodeBackup(weak, 'blue kite'))).toBe('damaged');
  }, 60_000);

  it('refuses a file whose work factor is out of bounds before asking for a passphrase', async () => {
    const file = JSON.parse(await encodeBackup(emptyPlan(), { ...meta, passphrase: 'blue kite' }));
    for (const iterations of [PBKDF2_MIN_ITERATIONS - 1, PBKDF2_MAX_ITERATIONS + 1, 10_000_000]) {
      const text = JSON.stringify({ ...file, kdf: { ...file.kdf, iterations } });
      expect(() => readBackupHeader(text), String(iterations)).toThrow(/damaged/);
      expect(await problemOf(decodeBackup(text)), String(iterations)).toBe('damaged');
      const started = performance.now();
      expect(await problemOf(decodeBackup(text, 'blue kite'))).toBe('damaged');
      expect(performance.now() - started).toBeLessThan(50); // no key derived at all
    }
  }, 30_000);

  it('never throws anything but a clear problem for random damage', async () => {
    const file = await encodeBackup(
      planData.parse({
        strengths: [
          {
            id: 's',
            order: 1,
            title: 'Patience',
            createdAt: meta.exportedAt,
            updatedAt: meta.exportedAt,
          },
        ],
      }),
      meta,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.nat({ max: file.length }).map((cut) => file.slice(0, cut)),
          fc
            .tuple(fc.nat({ max: file.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }))
            .map(([at, c]) => file.slice(0, at) + c + file.slice(at + 1)),
          fc.string({ maxLength: 200 }),
          fc.jsonValue().map((value) => JSON.stringify(value)),
        ),
        async (damaged) => {
          const problem = await problemOf(decodeBackup(damaged));
          expect([
            'none',
            'notWaymark',
            'damaged',
            'invalid',
            'newerVersion',
            'needsPassphrase',
          ]).toContain(problem);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('passphrase encryption', () => {
  const aad = new TextEncoder().encode('header');
  const plain = new TextEncoder().encode('my plan');

  it('uses a fresh salt and IV every time, and at least 600,000 PBKDF2 iterations', async () => {
    const a = await seal(plain, 'pass', aad);
    const b = await seal(plain, 'pass', aad);
    expect(a.iterations).toBeGreaterThanOrEqual(PBKDF2_MIN_ITERATIONS);
    expect(a.iv).toHaveLength(12);
    expect(toBase64Url(a.iv)).not.toBe(toBase64Url(b.iv));
    expect(toBase64Url(a.salt)).not.toBe(toBase64Url(b.salt));
    expect(new TextDecoder().decode(await open(a, 'pass', aad))).toBe('my plan');
  }, 30_000);

  it('opens at both bounds of the work factor, and refuses just outside them', async () => {
    for (const iterations of [PBKDF2_MIN_ITERATIONS, PBKDF2_MAX_ITERATIONS]) {
      const sealed = await seal(plain, 'pass', aad, iterations);
      expect(new TextDecoder().decode(await open(sealed, 'pass', aad))).toBe('my plan');
    }
    const sealed = await seal(plain, 'pass', aad);
    for (const iterations of [PBKDF2_MIN_ITERATIONS - 1, PBKDF2_MAX_ITERATIONS + 1, 10_000_000]) {
      await expect(open({ ...sealed, iterations }, 'pass', aad)).rejects.toThrow(/damaged/);
    }
  }, 30_000);

  it('refuses a weaker work factor than the floor', async () => {
    const sealed = await seal(plain, 'pass', aad, PBKDF2_MIN_ITERATIONS);
    await expect(
      open({ ...sealed, iterations: PBKDF2_MIN_ITERATIONS - 1 }, 'pass', aad),
    ).rejects.toThrow(FormatError);
  }, 30_000);
});
