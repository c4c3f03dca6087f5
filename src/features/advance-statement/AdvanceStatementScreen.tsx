import './advanceStatement.css';
import { useLayoutEffect, useRef, useState, type Ref } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import {
  draftOf,
  nextVersionNumber,
  standingVersion,
  versionStatus,
  type AdvanceStatementVersion,
} from '../../domain/advanceStatement';
import type { Nation } from '../../domain/helpLines';
import type { Person } from '../../domain/people';
import { nowIso } from '../../domain/record';
import {
  discardDraft,
  listVersions,
  restoreDraft,
  startDraft,
} from '../../db/repositories/advanceStatements';
import { peopleRepository } from '../../db/repositories/people';
import { reviewsFor } from '../../db/repositories/reviews';
import { getSettings } from '../../db/repositories/settings';
import { announce } from '../../ui/announcer';
import { Link } from '../../ui/Link';
import { ReviewBar } from '../reviews';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { UndoBar } from '../../ui/UndoBar';
import { DraftEditor } from './DraftEditor';
import { RulesExplained } from './RulesExplained';
import { StatementWords } from './StatementWords';
import { VersionHistory, VersionStatusWords } from './VersionHistory';
import { printHref, versionLabel } from './versionWords';
import { CheckedEnglish } from '../../ui/CheckedEnglish';

async function loadStatement() {
  const [versions, settings, people] = await Promise.all([
    listVersions(),
    getSettings(),
    peopleRepository.list(),
  ]);
  return { versions, nation: settings.nation, people };
}

/**
 * The advance statement: what it is and what makes it count where the person lives, the draft
 * they are writing (or the signed version that stands, read-only, with "Make changes"), recording
 * the signing, and every version kept as it was signed.
 */
export function AdvanceStatementScreen() {
  const { t } = useTranslation();
  const loaded = useLiveQuery(loadStatement, [], null);
  return (
    <>
      <ScreenHeading>{t('advance.title')}</ScreenHeading>
      <p className="intro">
        {t('advance.intro')}
        <CheckedEnglish k="advance.intro" />
      </p>
      <p>
        {t('advance.noLegalAdvice')}
        <CheckedEnglish k="advance.noLegalAdvice" />
      </p>
      {loaded && (
        <>
          <Statement {...loaded} />
          {/* After the statement, as on the crisis plan: arriving on its own, it moves nothing. */}
          <ReviewBar source={reviewsFor('advanceStatement')} />
        </>
      )}
    </>
  );
}

/**
 * The draft form keeps what is typed in its own state, so it starts afresh (a new key) whenever
 * the draft it shows is replaced — discarded, put back, signed — but not when the person's first
 * words create it.
 */
function useDraftFormKey(draft: AdvanceStatementVersion | undefined): number {
  const [session, setSession] = useState(() => ({ key: 0, draftId: draft?.id, since: nowIso() }));
  if (draft?.id !== session.draftId) {
    const createdHere =
      session.draftId === undefined && draft !== undefined && draft.createdAt >= session.since;
    setSession(
      createdHere
        ? { ...session, draftId: draft.id }
        : { key: session.key + 1, draftId: draft?.id, since: nowIso() },
    );
  }
  return session.key;
}

function Statement({
  versions,
  nation,
  people,
}: {
  versions: AdvanceStatementVersion[];
  nation: Nation | '';
  people: Person[];
}) {
  const { t } = useTranslation();
  const draft = draftOf(versions);
  const newest = versions[0];
  const standing = standingVersion(versions);
  const formKey = useDraftFormKey(draft);
  const [discarded, setDiscarded] = useState<AdvanceStatementVersion | null>(null);

  // After a change that swaps what is shown (signing, "Make changes", Undo), focus goes to the
  // statement's heading once the new view is on screen, so nobody is left on a vanished button.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const view = draft ? `draft:${draft.id}` : newest ? `version:${newest.id}` : 'none';
  const focusWhen = useRef<((view: string) => boolean) | null>(null);
  // A layout effect, so focus moves in the same commit that removes the button it was on.
  useLayoutEffect(() => {
    if (!focusWhen.current?.(view)) return;
    focusWhen.current = null;
    headingRef.current?.focus();
  }, [view, formKey]);

  const discard = async (id: string) => {
    const gone = await discardDraft(id);
    if (gone) setDiscarded(gone);
  };

  const undoDiscard = async () => {
    if (!discarded) return;
    const id = discarded.id;
    focusWhen.current = (shown) => shown === `draft:${id}`;
    const back = await restoreDraft(discarded);
    announce(
      back
        ? t('advance.statement.restored', { number: discarded.number })
        : t('advance.statement.notRestored'),
    );
    setDiscarded(null);
  };

  const makeChanges = async () => {
    focusWhen.current = (shown) => shown.startsWith('draft:');
    await startDraft();
    announce(t('advance.statement.makingChanges', { number: nextVersionNumber(versions) }));
  };

  // A failure is shown by the app-wide save status, which offers to try again.
  const shownBySaveStatus = () => {
    focusWhen.current = null;
  };

  return (
    <>
      {discarded && (
        <UndoBar
          message={t('advance.statement.discarded', { number: discarded.number })}
          onUndo={() => void undoDiscard().catch(shownBySaveStatus)}
          onDismiss={() => {
            setDiscarded(null);
            headingRef.current?.focus();
          }}
        />
      )}
      {draft || !newest ? (
        <DraftEditor
          key={formKey}
          draft={draft}
          number={draft?.number ?? nextVersionNumber(versions)}
          standing={standing}
          nation={nation}
          people={people}
          headingRef={headingRef}
          onDiscard={(shown) => void discard(shown.id).catch(shownBySaveStatus)}
          onRecording={(signed) => {
            focusWhen.current = (shown) => shown === `version:${signed.id}`;
          }}
        />
      ) : (
        <SignedStatement
          version={newest}
          standing={standing}
          headingRef={headingRef}
          onMakeChanges={() => void makeChanges().catch(shownBySaveStatus)}
        />
      )}
      {versions.length > 0 && <VersionHistory versions={versions} />}
    </>
  );
}

/** The newest version, signed (or since withdrawn), shown as it was signed. */
function SignedStatement({
  version,
  standing,
  headingRef,
  onMakeChanges,
}: {
  version: AdvanceStatementVersion;
  /** The signed version that stands: this one, an older one, or none. */
  standing: AdvanceStatementVersion | undefined;
  headingRef: Ref<HTMLHeadingElement>;
  onMakeChanges: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { jurisdiction } = version.content;
  return (
    <>
      {jurisdiction && (
        <section className="statement-section" aria-labelledby="advance-place">
          <h2 id="advance-place">{t('advance.place.heading')}</h2>
          <RulesExplained jurisdiction={jurisdiction} />
        </section>
      )}
      <section className="statement-section" aria-labelledby="advance-statement">
        <h2 id="advance-statement" ref={headingRef} tabIndex={-1}>
          {t('advance.statement.heading')}
        </h2>
        <p className="statement-version">{versionLabel(t, i18n.language, version)}</p>
        <VersionStatusWords version={version} standing={version.id === standing?.id} />
        {standing && standing.id !== version.id && (
          <p>{t('advance.statement.stillStands', { number: standing.number })}</p>
        )}
        <p>
          {versionStatus(version) === 'withdrawn'
            ? t('advance.statement.withdrawnHint')
            : t('advance.statement.signedHint')}
        </p>
        <div className="actions">
          <button type="button" className="button button--primary" onClick={onMakeChanges}>
            {t('advance.statement.makeChanges')}
          </button>
          <Link className="button" href={printHref(version)}>
            {t('advance.versions.print', { number: version.number })}
          </Link>
        </div>
        <StatementWords version={version} level={3} />
      </section>
    </>
  );
}
