/**
 * The advance statement: the person's own words about their care and treatment if they become
 * too unwell to say, kept as numbered versions. A draft can be edited; a signed version is kept
 * exactly as it was signed (its words, and the names of the people holding a copy, are frozen at
 * signing) and can later be marked withdrawn, never changed. Editing after signing starts a new
 * draft.
 *
 * Waymark gives no legal advice. What makes a statement count depends on where the person lives,
 * so each version records the jurisdiction whose formalities it was written for. In Scotland
 * (Mental Health (Care and Treatment) (Scotland) Act 2003, s275(2),
 * https://www.legislation.gov.uk/asp/2003/13/section/275) it must be in writing, signed by the
 * person, and witnessed by someone of a class prescribed by regulations, who signs and certifies
 * in writing that in their opinion the person had the capacity to intend the wishes in it.
 * The witness classes the app names follow the Scottish Government's guide to advance statements
 * (https://www.gov.scot/Publications/2004/10/20017/44081) and the parallel named-person class
 * (SSI 2004/430, https://legislation.gov.uk/ssi/2004/430); see docs/decisions/0006 for what
 * could and could not be confirmed.
 */
import { z } from 'zod/mini';
import { lazySchema } from './lazySchema';
import type { Nation } from './helpLines';
import { optionalDay } from './dates';
import { longText, recordBase, shortText } from './record';

export const JURISDICTIONS = ['scotland', 'englandWales', 'northernIreland', 'elsewhere'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** Where the person said they live (for help lines) suggests whose rules apply; they can change it. */
export function jurisdictionForNation(nation: Nation | ''): Jurisdiction | '' {
  if (nation === 'england' || nation === 'wales') return 'englandWales';
  return nation;
}

export const WISHES_MAX = 100;

/** One wish about care or treatment, and the person's reason. */
export const wish = lazySchema(() =>
  z.object({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    what: longText(),
    why: longText(),
  }),
);
export type Wish = z.infer<typeof wish>;

const wishes = () => z._default(z.array(wish).check(z.maxLength(WISHES_MAX)), []);
const ids = () =>
  z._default(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(200)), []);

/** What the statement says: everything the person writes. Every field may be left empty. */
export const statementFields = lazySchema(() =>
  z.object({
    jurisdiction: z._default(z.union([z.enum(JURISDICTIONS), z.literal('')]), ''),
    /** Formal details that let others be sure whose statement it is. */
    fullName: shortText(),
    dateOfBirth: optionalDay(),
    address: longText(),
    /** Treatments and care I would like, and why. */
    wanted: wishes(),
    /** Treatments and care I would not like, and why. */
    notWanted: wishes(),
    contact: longText(),
    doNotContact: longText(),
    /** Named person, welfare attorney or guardian, and how to reach them. */
    representatives: longText(),
    /** Children, pets, home, bills, work. */
    practical: longText(),
    faithAndDiet: longText(),
    communication: longText(),
    otherWishes: longText(),
    /** People from People and places who hold a copy. */
    copyHolderIds: ids(),
    /** Anyone else who holds a copy, in the person's words. */
    otherCopyHolders: longText(),
  }),
);
export type StatementFields = z.infer<typeof statementFields>;

/** The written fields a person fills in (everything but the lists and the choices). */
export const STATEMENT_TEXT_FIELDS = [
  'contact',
  'doNotContact',
  'representatives',
  'practical',
  'faithAndDiet',
  'communication',
  'otherWishes',
] as const satisfies readonly (keyof StatementFields)[];
export type StatementTextField = (typeof STATEMENT_TEXT_FIELDS)[number];

/** How the statement was signed and witnessed, as the person records it afterwards. */
export const signingFields = lazySchema(() =>
  z.object({
    signedOn: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    witnessName: shortText(),
    witnessAddress: longText(),
    witnessRole: shortText(),
    /** Scotland: the witness certified in writing that the person could understand it. */
    witnessCertified: z._default(z.boolean(), false),
    /** Where the signed original is kept. */
    originalHeldAt: shortText(),
    /** Scotland: a copy was given to the health board, to be held with the person's records. */
    healthBoardCopy: z._default(z.boolean(), false),
  }),
);
export type SigningFields = z.infer<typeof signingFields>;

export const advanceStatementVersion = lazySchema(() =>
  z.extend(recordBase, {
    number: z.number().check(z.int(), z.minimum(1)),
    content: statementFields,
    /** The names of the people holding a copy, as they were when it was signed. */
    copyHolderNames: z._default(z.array(shortText()).check(z.maxLength(200)), []),
    signing: z._default(z.nullable(signingFields), null),
    /** The day the person withdrew this version ('' while it stands). */
    withdrawnOn: optionalDay(),
    withdrawalNote: longText(),
  }),
);
export type AdvanceStatementVersion = z.infer<typeof advanceStatementVersion>;

export type VersionStatus = 'draft' | 'signed' | 'withdrawn';

export function versionStatus(version: AdvanceStatementVersion): VersionStatus {
  if (!version.signing) return 'draft';
  return version.withdrawnOn ? 'withdrawn' : 'signed';
}

/** Newest first. */
export function byNewest(versions: readonly AdvanceStatementVersion[]): AdvanceStatementVersion[] {
  return [...versions].sort((a, b) => b.number - a.number);
}

/** The one version still being written, if any. */
export function draftOf(
  versions: readonly AdvanceStatementVersion[],
): AdvanceStatementVersion | undefined {
  return byNewest(versions).find((version) => versionStatus(version) === 'draft');
}

/** The newest signed version that has not been withdrawn: the statement that stands. */
export function standingVersion(
  versions: readonly AdvanceStatementVersion[],
): AdvanceStatementVersion | undefined {
  return byNewest(versions).find((version) => versionStatus(version) === 'signed');
}

/**
 * The version to print or share when the person picks "Advance statement": the one that stands,
 * or else the draft (clearly marked as not yet signed), or else nothing.
 */
export function versionToShow(
  versions: readonly AdvanceStatementVersion[],
): AdvanceStatementVersion | undefined {
  return standingVersion(versions) ?? draftOf(versions);
}

export function nextVersionNumber(versions: readonly AdvanceStatementVersion[]): number {
  return Math.max(0, ...versions.map((version) => version.number)) + 1;
}

export function isStatementEmpty(content: StatementFields): boolean {
  const written = (text: string) => text.trim() !== '';
  return !(
    written(content.fullName) ||
    written(content.address) ||
    content.dateOfBirth ||
    content.wanted.some((w) => written(w.what) || written(w.why)) ||
    content.notWanted.some((w) => written(w.what) || written(w.why)) ||
    STATEMENT_TEXT_FIELDS.some((field) => written(content[field])) ||
    content.copyHolderIds.length > 0 ||
    written(content.otherCopyHolders)
  );
}

export type SigningProblem = 'signedOn' | 'signedInFuture' | 'witnessName' | 'witnessCertified';

/**
 * What is missing before a version can be recorded as signed. Every statement needs the day it
 * was signed; in Scotland the Act also needs a witness and their certificate. The witness's
 * address and job help people find them and see they may witness it, but the Act does not
 * require them, so they are asked for, never demanded.
 */
export function signingProblems(
  jurisdiction: StatementFields['jurisdiction'],
  signing: Partial<SigningFields>,
  todayDay: string,
): SigningProblem[] {
  const problems: SigningProblem[] = [];
  const day = signing.signedOn ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) problems.push('signedOn');
  else if (day > todayDay) problems.push('signedInFuture');
  if (jurisdiction === 'scotland') {
    if (!signing.witnessName?.trim()) problems.push('witnessName');
    if (!signing.witnessCertified) problems.push('witnessCertified');
  }
  return problems;
}

/** A new wish with nothing written yet. */
export function emptyWish(id: string): Wish {
  return { id, what: '', why: '' };
}

/** Six months after a day: the Mental Welfare Commission suggests looking again every 6–12. */
export function suggestedReviewDay(signedOn: string): string {
  const [year, month, day] = signedOn.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + 6, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
