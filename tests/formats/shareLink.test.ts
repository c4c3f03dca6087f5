/**
 * Promises 12 and 13: share links are bounded, and their crypto is sound. Every bad link is a
 * FormatError with a clear problem, never another exception and never part of a plan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planData, type PlanData } from '../../src/domain/plan';
import {
  planView,
  toPlanView,
  VIEW_PARTS,
  type PlanView,
  type ViewPart,
} from '../../src/domain/planView';
import { fromBase64Url, toBase64Url, utf8 } from '../../src/formats/bytes';
import { deflateRaw } from '../../src/formats/compression';
import { PBKDF2_MAX_ITERATIONS, PBKDF2_MIN_ITERATIONS, seal } from '../../src/formats/crypto';
import { FormatError } from '../../src/formats/errors';
import {
  decodeShareLink,
  encodeShareFile,
  encodeShareLink,
  isPastUntil,
  QR_MAX_LINK_LENGTH,
  readShareFile,
  readShareLinkHeader,
  SHARE_MAX_FRAGMENT,
  SHARE_VERSION,
  shareFileName,
  shareUrl,
} from '../../src/formats/shareLink';
import {
  LEAK_FIELD,
  LEAK_MARKER,
  mark,
  markEveryRecord,
  planWithStatement,
  rawLinkText,
  tablesWithRecords,
} from '../helpers/leakyPlan';
import { samplePlan } from '../helpers/samplePlan';

const details = { sharedAt: '2026-11-23T10:00:00.000Z', sharedBy: 'Jo', until: '' };
const ORIGIN = 'https://waymark.example';

async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'none';
  } catch (error) {
    if (error instanceof FormatError) return error.problem;
    throw error; // anything else is a bug: a bad link must never crash the viewer
  }
}

const when = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());
const words = fc.string({ maxLength: 40, unit: 'grapheme' });
const record = (i: number, createdAt: string) => ({
  id: `r${i}`,
  order: i + 1,
  createdAt,
  updatedAt: createdAt,
});

const arbitraryPlan: fc.Arbitrary<PlanData> = fc
  .record({
    createdAt: when,
    name: words,
    story: fc.string({ maxLength: 300, unit: 'grapheme' }),
    strengths: fc.array(fc.record({ title: words, howItHelps: words }), { maxLength: 4 }),
    goals: fc.array(
      fc.record({
        title: words,
        status: fc.constantFrom('active', 'achieved', 'paused', 'letGo'),
        steps: fc.array(words, { maxLength: 3 }),
      }),
      { maxLength: 3 },
    ),
    people: fc.array(fc.record({ name: words, phone: fc.string({ maxLength: 20 }) }), {
      maxLength: 3,
    }),
    crisis: fc.array(
      fc.record({
        section: fc.constantFrom('stepIn', 'helps', 'involved', 'reasonsForLiving'),
        text: words,
        person: fc.nat({ max: 3 }),
      }),
      { maxLength: 4 },
    ),
    statement: fc.option(
      fc.record({ what: words, why: words, signed: fc.boolean(), holders: fc.nat({ max: 3 }) }),
      { nil: undefined },
    ),
  })
  .map(({ createdAt, name, story, strengths, goals, people, crisis, statement }) =>
    planData.parse({
      aboutMe: [{ id: 'me', preferredName: name, story, createdAt, updatedAt: createdAt }],
      strengths: strengths.map((s, i) => ({ ...s, ...record(i, createdAt), id: `s${i}` })),
      goals: goals.map(({ steps: _, ...g }, i) => ({
        ...g,
        ...record(i, createdAt),
        id: `g${i}`,
        helperIds: people.map((_p, p) => `p${p}`),
        achievedAt: g.status === 'achieved' ? createdAt : null,
      })),
      steps: goals.flatMap((g, gi) =>
        g.steps.map((title, i) => ({
          ...record(i, createdAt),
          id: `st${gi}-${i}`,
          goalId: `g${gi}`,
          title,
        })),
      ),
      people: people.map((p, i) => ({ ...p, ...record(i, createdAt), id: `p${i}` })),
      planItems: crisis.map((c, i) => ({
        ...record(i, createdAt),
        id: `c${i}`,
        section: c.section,
        text: c.text,
        personIds: [`p${c.person}`],
      })),
      advanceStatements: statement
        ? [
            {
              ...record(0, createdAt),
              id: 'a1',
              number: 1,
              content: {
                fullName: name,
                wanted: [{ id: 'w', what: statement.what, why: statement.why }],
                copyHolderIds: [`p${statement.holders}`],
              },
              copyHolderNames: statement.signed ? [name] : [],
              signing: statement.signed
                ? { signedOn: createdAt.slice(0, 10), witnessName: name }
                : null,
            },
          ]
        : [],
    }),
  );

const arbitraryView: fc.Arbitrary<PlanView> = fc
  .tuple(arbitraryPlan, fc.subarray([...VIEW_PARTS]), fc.boolean())
  .map(([plan, parts, leaveOutFirst]) =>
    toPlanView(plan, {
      parts,
      leaveOut: leaveOutFirst ? { goals: ['g0'], people: ['p0'] } : undefined,
    }),
  );

const arbitraryDetails = fc.record({
  sharedAt: when,
  sharedBy: words,
  until: fc.constantFrom('', '2026-12-31', '2030-01-01'),
});

const fixedView = () =>
  toPlanView(samplePlan(), { parts: ['crisis', 'aboutMe'], leaveOut: { people: ['person-5'] } });

describe('share links', () => {
  it('round-trip any chosen parts exactly, without a passphrase', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryView, arbitraryDetails, async (view, shared) => {
        const fragment = await encodeShareLink(view, shared);
        expect(fragment).toMatch(/^#v2\.p\.[A-Za-z0-9_-]+$/);
        expect(readShareLinkHeader(fragment)).toEqual({ version: SHARE_VERSION, encrypted: false });
        const decoded = await decodeShareLink(shareUrl(ORIGIN, fragment));
        expect(decoded).toEqual({ ...shared, view: planView.parse(view), encrypted: false });
        expect(decoded.view).toEqual(view);
      }),
      { numRuns: 80 },
    );
  });

  it('round-trip with a passphrase, hiding every word', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryView,
        arbitraryDetails,
        fc.string({ minLength: 1, maxLength: 30 }),
        async (view, shared, passphrase) => {
          const fragment = await encodeShareLink(view, shared, passphrase);
          expect(fragment).toMatch(
            /^#v2\.e\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{16}\.\d+\.[A-Za-z0-9_-]+$/,
          );
          expect(readShareLinkHeader(fragment)).toEqual({
            version: SHARE_VERSION,
            encrypted: true,
          });
          expect(await problemOf(decodeShareLink(fragment))).toBe('needsPassphrase');
          const decoded = await decodeShareLink(fragment, passphrase);
          expect(decoded).toEqual({ ...shared, view, encrypted: true });
        },
      ),
      { numRuns: 3 },
    );
  }, 60_000);

  it('uses a fresh salt and IV for every link, and at least 600,000 iterations', async () => {
    const view = fixedView();
    const [a, b] = await Promise.all([
      encodeShareLink(view, details, 'blue kite'),
      encodeShareLink(view, details, 'blue kite'),
    ]);
    const [, , saltA, ivA, iterations] = a.split('.');
    const [, , saltB, ivB] = b.split('.');
    expect(saltA).not.toBe(saltB);
    expect(ivA).not.toBe(ivB);
    expect(fromBase64Url(ivA!)).toHaveLength(12);
    expect(Number(iterations)).toBeGreaterThanOrEqual(PBKDF2_MIN_ITERATIONS);
    expect(await problemOf(decodeShareLink(a, 'red kite'))).toBe('wrongPassphrase');
  }, 60_000);

  it('authenticates the version header, so a ciphertext cannot be passed off as another', async () => {
    const plain = await deflateRaw(
      utf8.encode(
        JSON.stringify({ format: 'waymark-share', version: 1, ...details, view: fixedView() }),
      ),
    );
    const link = (sealed: Awaited<ReturnType<typeof seal>>) =>
      `#v1.e.${toBase64Url(sealed.salt)}.${toBase64Url(sealed.iv)}.${sealed.iterations}.${toBase64Url(sealed.ciphertext)}`;
    // Sealed under the right header it opens; under any other header it never does.
    const right = await seal(plain, 'blue kite', utf8.encode('v1.e'));
    expect((await decodeShareLink(link(right), 'blue kite')).sharedBy).toBe('Jo');
    for (const header of ['v1.p', 'v2.e', 'v1.e.', '']) {
      const other = await seal(plain, 'blue kite', utf8.encode(header));
      expect(await problemOf(decodeShareLink(link(other), 'blue kite')), header).toBe(
        'wrongPassphrase',
      );
    }
  }, 60_000);

  it('notices a changed header, parameter or ciphertext in a locked link', async () => {
    const fragment = await encodeShareLink(fixedView(), details, 'blue kite');
    const [v, mode, salt, iv, iterations, data] = fragment.split('.') as string[];
    const join = (...parts: string[]) => parts.join('.');
    const flip = (text: string) => {
      const bytes = fromBase64Url(text)!;
      bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
      return toBase64Url(bytes);
    };
    const cases: [string, string][] = [
      [join(v!, 'p', salt!, iv!, iterations!, data!), 'damaged'],
      [join(v!, 'p', data!), 'damaged'],
      [join('#v3', mode!, salt!, iv!, iterations!, data!), 'newerVersion'],
      [join(v!, mode!, flip(salt!), iv!, iterations!, data!), 'wrongPassphrase'],
      [join(v!, mode!, salt!, flip(iv!), iterations!, data!), 'wrongPassphrase'],
      [join(v!, mode!, salt!, iv!, String(Number(iterations) + 1), data!), 'wrongPassphrase'],
      [join(v!, mode!, salt!, iv!, '1000', data!), 'damaged'],
      [join(v!, mode!, salt!, iv!, '99999999999', data!), 'damaged'],
      [join(v!, mode!, salt!, iv!, iterations!, flip(data!)), 'wrongPassphrase'],
      [join(v!, mode!, salt!.slice(4), iv!, iterations!, data!), 'damaged'],
    ];
    for (const [tampered, problem] of cases) {
      expect(await problemOf(decodeShareLink(tampered, 'blue kite')), tampered).toBe(problem);
    }
  }, 120_000);

  it('says clearly what is wrong with a link that is not a readable one', async () => {
    const good = await encodeShareLink(fixedView(), details);
    expect(await problemOf(decodeShareLink(''))).toBe('notWaymark');
    expect(await problemOf(decodeShareLink('https://example.org/page#section-2'))).toBe(
      'notWaymark',
    );
    expect(await problemOf(decodeShareLink('#v0.p.AAAA'))).toBe('notWaymark');
    expect(await problemOf(decodeShareLink(good.replace('#v2.', '#v3.')))).toBe('newerVersion');
    expect(await problemOf(decodeShareLink(good.replace('#v2.', '#v17.')))).toBe('newerVersion');
    expect(await problemOf(decodeShareLink(good.replace('.p.', '.x.')))).toBe('damaged');
    expect(await problemOf(decodeShareLink(`${good}!`))).toBe('damaged');
    expect(await problemOf(decodeShareLink('#v1.p.'))).toBe('damaged');
    expect(await problemOf(decodeShareLink(good.slice(0, -12)))).toBe('damaged');
    const deflate = async (value: unknown) =>
      `#v1.p.${toBase64Url(await deflateRaw(utf8.encode(JSON.stringify(value))))}`;
    expect(await problemOf(decodeShareLink(await deflate({ hello: 'world' })))).toBe('invalid');
    const payload = { format: 'waymark-share', version: 1, ...details, view: {} };
    expect(await problemOf(decodeShareLink(await deflate(payload)))).toBe('none');
    expect(
      await problemOf(
        decodeShareLink(await deflate({ ...payload, view: { goals: [{ title: 'No status' }] } })),
      ),
    ).toBe('invalid');
    expect(
      await problemOf(decodeShareLink(await deflate({ ...payload, sharedAt: 'yesterday' }))),
    ).toBe('invalid');
    expect(
      await problemOf(decodeShareLink(await deflate({ ...payload, until: '31/12/2026' }))),
    ).toBe('invalid');
  });

  it('never throws anything but a clear problem for damaged or cut-off links', async () => {
    const good = await encodeShareLink(fixedView(), details);
    const body = good.slice(1);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.nat({ max: body.length }).map((cut) => body.slice(0, cut)),
          fc
            .tuple(fc.nat({ max: body.length - 1 }), fc.constantFrom(...'AZaz09-_.#%!v'.split('')))
            .map(([at, c]) => body.slice(0, at) + c + body.slice(at + 1)),
          fc.string({ maxLength: 200 }),
          fc.string({ maxLength: 200 }).map((junk) => `v1.p.${junk}`),
        ),
        async (damaged) => {
          expect([
            'none',
            'notWaymark',
            'damaged',
            'invalid',
            'newerVersion',
            'tooLarge',
          ]).toContain(await problemOf(decodeShareLink(`#${damaged}`)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws anything but a clear problem for flipped bytes in the data', async () => {
    const good = await encodeShareLink(fixedView(), details);
    const bytes = fromBase64Url(good.slice('#v1.p.'.length))!;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        async (flips) => {
          const copy = bytes.slice();
          for (const [at, mask] of flips) copy[at] = copy[at]! ^ mask;
          const problem = await problemOf(decodeShareLink(`#v1.p.${toBase64Url(copy)}`));
          expect(['none', 'damaged', 'invalid', 'tooLarge']).toContain(problem);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never accepts a locked link with flipped bytes', async () => {
    const good = await encodeShareLink(fixedView(), details, 'blue kite');
    const parts = good.split('.');
    const bytes = fromBase64Url(parts[5]!)!;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length - 1 }), async (at) => {
        const copy = bytes.slice();
        copy[at] = copy[at]! ^ 0x80;
        const tampered = [...parts.slice(0, 5), toBase64Url(copy)].join('.');
        expect(await problemOf(decodeShareLink(tampered, 'blue kite'))).toBe('wrongPassphrase');
      }),
      { numRuns: 3 },
    );
  }, 60_000);

  it('refuses a deflate bomb quickly, before it fills memory', async () => {
    // 50 MB of zeros deflates to about 50 KB: too long a link to even start on.
    const fifty = await deflateRaw(new Uint8Array(50 * 1024 * 1024));
    let started = performance.now();
    expect(await problemOf(decodeShareLink(`#v1.p.${toBase64Url(fifty)}`))).toBe('tooLarge');
    expect(performance.now() - started).toBeLessThan(1000);
    // 8 MB of zeros fits in a link, and inflating stops at 1 MiB (and 100 times its size).
    const eight = await deflateRaw(new Uint8Array(8 * 1024 * 1024));
    const bomb = `#v1.p.${toBase64Url(eight)}`;
    expect(bomb.length).toBeLessThan(SHARE_MAX_FRAGMENT);
    started = performance.now();
    expect(await problemOf(decodeShareLink(bomb))).toBe('tooLarge');
    expect(performance.now() - started).toBeLessThan(1000);
    // A small bomb within 1 MiB is still refused by its ratio.
    const small = await deflateRaw(utf8.encode(' '.repeat(600 * 1024)));
    expect(await problemOf(decodeShareLink(`#v1.p.${toBase64Url(small)}`))).toBe('tooLarge');
  }, 30_000);

  it('refuses a fragment over 64 KiB before decoding anything', async () => {
    const long = `#v1.p.${'A'.repeat(SHARE_MAX_FRAGMENT)}`;
    expect(() => readShareLinkHeader(long)).toThrow(FormatError);
    expect(await problemOf(decodeShareLink(long))).toBe('tooLarge');
    expect(await problemOf(decodeShareLink(`#v1.p.${'A'.repeat(80 * 1024 * 1024)}`))).toBe(
      'tooLarge',
    );
  });

  it('never makes a link its own reader would refuse', async () => {
    const at = '2026-10-01T09:00:00.000Z';
    let seed = 7;
    const noise = (length: number) =>
      Array.from({ length }, () => {
        seed = (seed * 48271) % 2147483647;
        return String.fromCharCode(97 + (seed % 26));
      }).join('');
    const strengths = (title: (i: number) => string) =>
      toPlanView(
        planData.parse({
          strengths: Array.from({ length: 1000 }, (_, i) => ({
            id: `s${i}`,
            order: i,
            title: title(i),
            createdAt: at,
            updatedAt: at,
          })),
        }),
        { parts: ['strengths'] },
      );
    // Too many words for one link…
    expect(
      await problemOf(
        encodeShareLink(
          strengths(() => noise(120)),
          details,
        ),
      ),
    ).toBe('tooLarge');
    // …or so alike that they would inflate past 100 times their size: 2,500 times "Tea".
    const alike = planData.parse({
      planItems: Array.from({ length: 2500 }, (_, i) => ({
        id: `i${i}`,
        order: i,
        section: (
          ['stepIn', 'helps', 'doesNotHelp', 'saferSurroundings', 'reasonsForLiving'] as const
        )[i % 5],
        text: 'Tea',
        createdAt: at,
        updatedAt: at,
      })),
    });
    expect(
      await problemOf(encodeShareLink(toPlanView(alike, { parts: ['crisis'] }), details)),
    ).toBe('tooLarge');
  });

  it('keeps links short: a short crisis plan fits a QR code, a whole plan fits a link', async () => {
    const plan = samplePlan();
    const seen = new Map<string, number>();
    // One item in each of the crisis plan's ten sections, and its three answers.
    const short = {
      ...plan,
      planItems: plan.planItems.filter((item) => {
        seen.set(item.section, (seen.get(item.section) ?? 0) + 1);
        return seen.get(item.section) === 1;
      }),
    };
    const link = async (from: PlanData, parts: readonly ViewPart[]) =>
      shareUrl(ORIGIN, await encodeShareLink(toPlanView(from, { parts }), details));
    expect((await link(short, ['crisis'])).length).toBeLessThanOrEqual(QR_MAX_LINK_LENGTH);
    // The sample's full crisis plan (22 items) is a little long for a QR code: copy, share or file.
    expect((await link(plan, ['crisis'])).length).toBeLessThan(2 * QR_MAX_LINK_LENGTH);
    expect((await link(plan, VIEW_PARTS)).length).toBeLessThan(SHARE_MAX_FRAGMENT / 8);
  });

  it('honours "please don’t show after" up to and including that day', () => {
    const noon = (day: string) => new Date(`${day}T12:00:00`);
    expect(isPastUntil('', noon('2099-01-01'))).toBe(false);
    expect(isPastUntil('2026-12-31', noon('2026-12-31'))).toBe(false);
    expect(isPastUntil('2026-12-31', noon('2027-01-01'))).toBe(true);
  });
});

describe('what a share carries (promise 22)', () => {
  it('builds the view from allow-lists: an unknown field on any record never reaches it', () => {
    const plan = markEveryRecord(planWithStatement());
    // Every table the view reads from holds marked records, so the marker's absence means something.
    expect(tablesWithRecords(plan)).toEqual(
      expect.arrayContaining([
        'aboutMe',
        'strengths',
        'hopes',
        'goals',
        'steps',
        'people',
        'resources',
        'planItems',
        'crisisTexts',
        'advanceStatements',
      ]),
    );
    const text = JSON.stringify(toPlanView(plan, { parts: VIEW_PARTS }));
    for (const words of ['Biscuit', 'Joanna Reid', 'Maya Okafor', 'Green fingers', 'Buy seeds'])
      expect(text).toContain(words);
    expect(text).not.toContain(LEAK_MARKER);
    expect(text).not.toContain(LEAK_FIELD);
  });

  it('names exactly the fields of each record that travel', () => {
    const view = toPlanView(planWithStatement(), { parts: VIEW_PARTS });
    const keys = (value: object | null | undefined) => Object.keys(value ?? {}).sort();
    expect(keys(view.aboutMe)).toEqual(
      ['mattersMost', 'preferredName', 'pronouns', 'recoveryMeans', 'story', 'whenWell'].sort(),
    );
    expect(keys(view.strengths?.[0])).toEqual(['howItHelps', 'kind', 'ownKind', 'title']);
    expect(keys(view.hopes?.[0])).toEqual(['area', 'notes', 'ownArea', 'title']);
    // A person's private notes stay on the device.
    expect(keys(view.people?.people[0])).toEqual(
      ['email', 'name', 'ownRelationship', 'phone', 'relationship', 'wouldLikeThemTo'].sort(),
    );
    expect(keys(view.people?.resources[0])).toEqual(['howToReach', 'name', 'offers', 'when']);
    expect(keys(view.crisis?.texts)).toEqual(['afterwards', 'crisisOver', 'whenWell']);
    expect(keys(view.goals?.[0]?.steps[0])).toEqual(['achievedAt', 'title']);
    // Who holds a copy travels by name, never by id.
    expect(keys(view.advanceStatement?.content)).not.toContain('copyHolderIds');
    expect(view.advanceStatement?.copyHolders).toEqual(['Maya Okafor']);
    expect(keys(view.advanceStatement?.content.wanted[0])).toEqual(['id', 'what', 'why']);
    expect(keys(view.advanceStatement?.signing)).toEqual(
      [
        'healthBoardCopy',
        'originalHeldAt',
        'signedOn',
        'witnessAddress',
        'witnessCertified',
        'witnessName',
        'witnessRole',
      ].sort(),
    );
  });

  it('parses the view before encoding: unknown fields never reach a link or a .waymark file', async () => {
    const clean = toPlanView(planWithStatement(), { parts: VIEW_PARTS });
    const view = toPlanView(planWithStatement(), { parts: VIEW_PARTS });
    mark(view); // as if a future part of the app put something extra into the view itself
    expect(JSON.stringify(view)).toContain(LEAK_MARKER);
    for (const passphrase of [undefined, 'blue kite']) {
      const fragment = await encodeShareLink(view, details, passphrase);
      const raw = await rawLinkText(fragment, passphrase);
      expect(raw).toContain('Joanna Reid');
      expect(raw).not.toContain(LEAK_MARKER);
      expect(raw).not.toContain(LEAK_FIELD);
      const file = encodeShareFile(fragment);
      expect(readShareFile(file)).toBe(fragment);
      expect(file).not.toContain(LEAK_MARKER);
      expect((await decodeShareLink(readShareFile(file), passphrase)).view).toEqual(clean);
    }
  }, 30_000);
});

describe('work factor bounds (promise 23)', () => {
  const plain = async () =>
    deflateRaw(
      utf8.encode(
        JSON.stringify({ format: 'waymark-share', version: 2, ...details, view: fixedView() }),
      ),
    );
  const lockedLink = async (iterations: number) => {
    const sealed = await seal(await plain(), 'blue kite', utf8.encode('v2.e'), iterations);
    return `#v2.e.${toBase64Url(sealed.salt)}.${toBase64Url(sealed.iv)}.${iterations}.${toBase64Url(sealed.ciphertext)}`;
  };
  /** A link that claims a work factor: its sealing is real at 600,000, only the number changes. */
  const claiming = async (iterations: number) => {
    const [v, mode, salt, iv, , data] = (await lockedLink(PBKDF2_MIN_ITERATIONS)).split('.');
    return [v, mode, salt, iv, String(iterations), data].join('.');
  };

  it('are 600,000 and 2,000,000 iterations', () => {
    expect(PBKDF2_MIN_ITERATIONS).toBe(600_000);
    expect(PBKDF2_MAX_ITERATIONS).toBe(2_000_000);
  });

  it('opens a link at either bound', async () => {
    for (const iterations of [PBKDF2_MIN_ITERATIONS, PBKDF2_MAX_ITERATIONS]) {
      const link = await lockedLink(iterations);
      expect(readShareLinkHeader(link)).toEqual({ version: 2, encrypted: true });
      expect((await decodeShareLink(link, 'blue kite')).sharedBy).toBe('Jo');
    }
  }, 30_000);

  it('refuses a link outside them as damaged, before asking for a passphrase', async () => {
    for (const iterations of [
      PBKDF2_MIN_ITERATIONS - 1,
      PBKDF2_MAX_ITERATIONS + 1,
      10_000_000,
      0,
    ]) {
      const link = await claiming(iterations);
      expect(() => readShareLinkHeader(link), String(iterations)).toThrow(/damaged/);
      expect(await problemOf(decodeShareLink(link)), String(iterations)).toBe('damaged');
      const started = performance.now();
      expect(await problemOf(decodeShareLink(link, 'blue kite'))).toBe('damaged');
      // Refused unread: no key is derived at all.
      expect(performance.now() - started).toBeLessThan(50);
    }
  }, 30_000);

  it('never seals with a work factor its own reader would refuse', async () => {
    for (const iterations of [PBKDF2_MIN_ITERATIONS - 1, PBKDF2_MAX_ITERATIONS + 1]) {
      await expect(
        seal(await plain(), 'blue kite', utf8.encode('v2.e'), iterations),
      ).rejects.toThrow(FormatError);
    }
  });
});

describe('.waymark files', () => {
  it('carry the link and give it back', async () => {
    const fragment = await encodeShareLink(fixedView(), details);
    const file = encodeShareFile(fragment);
    expect(JSON.parse(file)).toEqual({ format: 'waymark-share-file', version: 1, link: fragment });
    expect((await decodeShareLink(readShareFile(file))).view).toEqual(fixedView());
    expect(shareFileName(details.sharedAt)).toBe('waymark-share-2026-11-23.waymark');
  });

  it('say clearly what is wrong with a bad file', () => {
    const problem = (text: string) => {
      try {
        readShareFile(text);
        return 'none';
      } catch (error) {
        if (error instanceof FormatError) return error.problem;
        throw error;
      }
    };
    const good = encodeShareFile('#v1.p.AAAA');
    expect(problem(good)).toBe('none');
    expect(problem('a shopping list')).toBe('notWaymark');
    expect(problem('{"format":"waymark-backup","version":1}')).toBe('notWaymark');
    expect(problem(good.slice(0, -5))).toBe('damaged');
    expect(problem(good.replace('"version":1', '"version":2'))).toBe('newerVersion');
    expect(problem(good.replace('"link":"#v1.p.AAAA"', '"link":7'))).toBe('damaged');
    expect(problem(' '.repeat(SHARE_MAX_FRAGMENT + 2048))).toBe('tooLarge');
  });
});

describe('the v1 fixture', () => {
  // Made by Waymark 0.1.0: line 1 without a passphrase, line 2 locked with "kite over the sea".
  // Version numbers are never reused: these must keep opening in every later Waymark.
  const [plain, locked] = readFileSync(join(__dirname, '..', 'fixtures', 'share-v1.txt'), 'utf8')
    .trim()
    .split('\n') as [string, string];

  it('still opens without a passphrase', async () => {
    const decoded = await decodeShareLink(plain);
    expect(decoded).toMatchObject({
      sharedAt: '2026-11-23T10:00:00.000Z',
      sharedBy: 'Jo',
      until: '2027-06-30',
      encrypted: false,
    });
    expect(decoded.view.crisis?.sections.stepIn[0]?.text).toBe(
      'I stop answering my phone and stay in bed for more than two days.',
    );
    expect(decoded.view.crisis?.sections.involved[0]?.contact).toMatchObject({
      name: 'Maya Okafor',
      phone: '07700 900123',
    });
    expect(decoded.view.aboutMe?.preferredName).toBe('Jo');
    expect(decoded.view.goals).toBeUndefined();
  });

  it('still opens with its passphrase (a known answer)', async () => {
    expect(readShareLinkHeader(locked)).toEqual({ version: 1, encrypted: true });
    const decoded = await decodeShareLink(locked, 'kite over the sea');
    expect(decoded.encrypted).toBe(true);
    expect(decoded.view).toEqual((await decodeShareLink(plain)).view);
    expect(await problemOf(decodeShareLink(locked, 'kite over the see'))).toBe('wrongPassphrase');
  }, 30_000);
});

describe('the v2 fixture', () => {
  // Made by Waymark 0.1.0 with an advance statement: line 1 plain, line 2 "kite over the sea".
  const [plain, locked] = readFileSync(join(__dirname, '..', 'fixtures', 'share-v2.txt'), 'utf8')
    .trim()
    .split('\n') as [string, string];

  it('still opens, advance statement and all', async () => {
    expect(readShareLinkHeader(plain)).toEqual({ version: 2, encrypted: false });
    const { view } = await decodeShareLink(plain);
    expect(view.advanceStatement).toMatchObject({
      number: 2,
      status: 'signed',
      copyHolders: ['Maya Okafor'],
      content: { jurisdiction: 'scotland', fullName: 'Joanna Reid' },
      signing: { signedOn: '2026-10-02', witnessRole: 'Community psychiatric nurse' },
    });
    expect(view.advanceStatement?.content.notWanted[0]).toMatchObject({ what: 'Haloperidol' });
    expect(view.crisis?.sections.stepIn[0]?.text).toMatch(/answering my phone/);
  });

  it('still opens with its passphrase (a known answer)', async () => {
    expect(readShareLinkHeader(locked)).toEqual({ version: 2, encrypted: true });
    const decoded = await decodeShareLink(locked, 'kite over the sea');
    expect(decoded.view).toEqual((await decodeShareLink(plain)).view);
  }, 30_000);

  it('refuses a payload whose version is not its header’s', async () => {
    const deflate = async (header: string, version: number) =>
      `#${header}.${toBase64Url(
        await deflateRaw(
          utf8.encode(JSON.stringify({ format: 'waymark-share', version, ...details, view: {} })),
        ),
      )}`;
    expect(await problemOf(decodeShareLink(await deflate('v1.p', 1)))).toBe('none');
    expect(await problemOf(decodeShareLink(await deflate('v2.p', 2)))).toBe('none');
    expect(await problemOf(decodeShareLink(await deflate('v1.p', 2)))).toBe('invalid');
    expect(await problemOf(decodeShareLink(await deflate('v2.p', 1)))).toBe('invalid');
  });
});
