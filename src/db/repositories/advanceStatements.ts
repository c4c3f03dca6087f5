/**
 * Advance statement versions. Only a draft's words change; signing freezes a version, and a
 * signed version can afterwards only have where it is kept updated, or be marked withdrawn.
 */
import {
  advanceStatementVersion,
  byNewest,
  draftOf,
  nextVersionNumber,
  signingFields,
  signingProblems,
  statementFields,
  versionStatus,
  type AdvanceStatementVersion,
  type SigningFields,
  type StatementFields,
} from '../../domain/advanceStatement';
import { optionalDay, today } from '../../domain/dates';
import { newId, nowIso, parsePatch } from '../../domain/record';
import { getDb } from '../connection';
import { runWrite } from '../writes';

/** Every version, newest first. */
export async function listVersions(): Promise<AdvanceStatementVersion[]> {
  const stored = await getDb().advanceStatements.toArray();
  return byNewest(stored.map((version) => advanceStatementVersion.parse(version)));
}

/** One version, or undefined when there is no version with that id. */
export async function getVersion(id: string): Promise<AdvanceStatementVersion | undefined> {
  const stored = await getDb().advanceStatements.get(id);
  return stored && advanceStatementVersion.parse(stored);
}

export class StatementNotEditable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'StatementNotEditable';
  }
}

/**
 * Saves the fields given to the draft. With no draft, the first change starts one: a copy of the
 * newest version's words (so editing after signing never touches what was signed).
 */
export async function saveDraft(patch: Partial<StatementFields>): Promise<void> {
  const fields = parsePatch(statementFields, patch);
  const db = getDb();
  await runWrite(
    () =>
      db.transaction('rw', db.advanceStatements, async () => {
        const versions = await db.advanceStatements.toArray();
        const now = nowIso();
        const draft = draftOf(versions);
        if (draft) {
          await db.advanceStatements.put({
            ...draft,
            content: { ...statementFields.parse(draft.content), ...fields },
            updatedAt: now,
          });
          return;
        }
        const newest = byNewest(versions)[0];
        await db.advanceStatements.add(
          advanceStatementVersion.parse({
            id: newId(),
            number: nextVersionNumber(versions),
            content: { ...statementFields.parse(newest?.content ?? {}), ...fields },
            createdAt: now,
            updatedAt: now,
          }),
        );
      }),
    { key: `advanceStatement:${Object.keys(fields).join(',')}`, latestWins: true },
  );
}

/** "Make changes": starts a new draft from the newest version, unless one is already open. */
export function startDraft(): Promise<void> {
  return saveDraft({});
}

export interface SigningRecord {
  signing: SigningFields;
  /** When to look at it again ('' for no date). */
  reviewDate: string;
}

/**
 * Records that the draft was signed (and witnessed): the version is frozen as it stands, with the
 * names of the people holding a copy written in, and its review date set. Refuses, changing
 * nothing, when something the person's jurisdiction needs is missing.
 */
export function recordSigning(draftId: string, record: SigningRecord): Promise<void> {
  const signing = signingFields.parse(record.signing);
  const reviewDate = optionalDay().parse(record.reviewDate);
  const db = getDb();
  return runWrite(
    () =>
      db.transaction('rw', [db.advanceStatements, db.people, db.reviews], async () => {
        const draft = await db.advanceStatements.get(draftId);
        if (!draft || versionStatus(draft) !== 'draft') {
          throw new StatementNotEditable('Only a draft can be signed.');
        }
        const problems = signingProblems(draft.content.jurisdiction, signing, today());
        if (problems.length > 0) throw new StatementNotEditable(problems.join(', '));
        const people = await db.people.bulkGet(draft.content.copyHolderIds);
        const now = nowIso();
        await db.advanceStatements.put({
          ...draft,
          copyHolderNames: people
            .map((person) => person?.name.trim() ?? '')
            .filter((name) => name !== ''),
          signing,
          updatedAt: now,
        });
        await db.reviews.put({ id: 'advanceStatement', lastReviewedAt: now, reviewDate });
      }),
    { key: `advanceStatement:${draftId}:signed` },
  );
}

/** Where the signed original is kept, and whether the health board has a copy, may change later. */
export type KeepingDetails = Pick<SigningFields, 'originalHeldAt' | 'healthBoardCopy'>;

export function updateKeeping(id: string, details: Partial<KeepingDetails>): Promise<void> {
  const patch = parsePatch(signingFields, details);
  const db = getDb();
  return runWrite(
    () =>
      db.transaction('rw', db.advanceStatements, async () => {
        const version = await db.advanceStatements.get(id);
        if (!version?.signing) throw new StatementNotEditable('Only a signed version is kept.');
        await db.advanceStatements.put({
          ...version,
          signing: {
            ...version.signing,
            originalHeldAt: patch.originalHeldAt ?? version.signing.originalHeldAt,
            healthBoardCopy: patch.healthBoardCopy ?? version.signing.healthBoardCopy,
          },
          updatedAt: nowIso(),
        });
      }),
    { key: `advanceStatement:${id}:keeping`, latestWins: true },
  );
}

/** Marks a signed version withdrawn on a day ('' puts it back, for Undo). Its words never change. */
export function setWithdrawn(id: string, day: string, note = ''): Promise<void> {
  const withdrawnOn = optionalDay().parse(day);
  const db = getDb();
  return runWrite(
    () =>
      db.transaction('rw', db.advanceStatements, async () => {
        const version = await db.advanceStatements.get(id);
        if (!version?.signing)
          throw new StatementNotEditable('Only a signed version is withdrawn.');
        await db.advanceStatements.put({
          ...version,
          withdrawnOn,
          withdrawalNote: withdrawnOn ? note : '',
          updatedAt: nowIso(),
        });
      }),
    { key: `advanceStatement:${id}:withdrawn` },
  );
}

/** Discards the draft (never a signed version); returns it so Undo can put it back. */
export function discardDraft(id: string): Promise<AdvanceStatementVersion | undefined> {
  const db = getDb();
  return runWrite(
    () =>
      db.transaction('rw', db.advanceStatements, async () => {
        const draft = await db.advanceStatements.get(id);
        if (!draft || versionStatus(draft) !== 'draft') return undefined;
        await db.advanceStatements.delete(id);
        return draft;
      }),
    { key: `advanceStatement:${id}:discarded` },
  );
}

/** Undo for discardDraft: puts the draft back, unless a new draft has been started since. */
export function restoreDraft(draft: AdvanceStatementVersion): Promise<boolean> {
  const db = getDb();
  return runWrite(
    () =>
      db.transaction('rw', db.advanceStatements, async () => {
        if (draftOf(await db.advanceStatements.toArray())) return false;
        await db.advanceStatements.put(advanceStatementVersion.parse(draft));
        return true;
      }),
    { key: `advanceStatement:${draft.id}:restored` },
  );
}
