import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  standingVersion,
  versionStatus,
  type AdvanceStatementVersion,
} from '../../domain/advanceStatement';
import { SHORT_TEXT_MAX } from '../../domain/record';
import { setWithdrawn, updateKeeping } from '../../db/repositories/advanceStatements';
import { announce } from '../../ui/announcer';
import { TextField } from '../../ui/Field';
import { formatDay } from '../../ui/formatDate';
import { Link } from '../../ui/Link';
import { UndoBar } from '../../ui/UndoBar';
import { CheckboxField } from '../../ui/CheckboxField';
import { StatementWords } from './StatementWords';
import { printHref, versionLabel } from './versionWords';
import { WithdrawDialog } from './WithdrawDialog';
import { shownBySaveStatus } from '../../ui/failures';

/**
 * Every version, newest first. A signed version can be read as it was signed, printed, have where
 * it is kept updated, and be marked withdrawn (after asking, with Undo). Nothing here changes its
 * words.
 */
export function VersionHistory({ versions }: { versions: AdvanceStatementVersion[] }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<AdvanceStatementVersion | null>(null);
  const [withdrawn, setWithdrawnVersion] = useState<AdvanceStatementVersion | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // After Undo, focus goes back to the version's "Mark as withdrawn" once it is shown again.
  const focusTarget = useRef<string | null>(null);
  const standing = standingVersion(versions);

  // Before paint, as the version is shown again (see UndoBar).
  useLayoutEffect(() => {
    const target = focusTarget.current;
    const button = listRef.current?.querySelector<HTMLElement>(
      `[data-version="${target}"] [data-control="withdraw"]`,
    );
    if (!button) return;
    focusTarget.current = null;
    button.focus();
  }, [versions]);

  const answer = async (withdrawal?: { day: string; note: string }) => {
    const version = asking;
    setAsking(null);
    if (!version || !withdrawal) return;
    await setWithdrawn(version.id, withdrawal.day, withdrawal.note);
    setWithdrawnVersion(version);
  };

  const undo = async () => {
    if (!withdrawn) return;
    focusTarget.current = withdrawn.id;
    await setWithdrawn(withdrawn.id, '');
    announce(t('advance.versions.standsAgain', { number: withdrawn.number }));
    setWithdrawnVersion(null);
  };

  return (
    <section className="statement-section" aria-labelledby="advance-versions">
      <h2 id="advance-versions">{t('advance.versions.heading')}</h2>
      <p className="muted">{t('advance.versions.intro')}</p>
      {withdrawn && (
        <UndoBar
          message={t('advance.versions.withdrawnDone', { number: withdrawn.number })}
          onUndo={() => void undo().catch(shownBySaveStatus)}
          onDismiss={() => setWithdrawnVersion(null)}
        />
      )}
      <ol ref={listRef} className="statement-versions" aria-label={t('advance.versions.listLabel')}>
        {versions.map((version) => (
          <VersionEntry
            key={version.id}
            version={version}
            standing={version.id === standing?.id}
            onWithdraw={() => setAsking(version)}
          />
        ))}
      </ol>
      <WithdrawDialog
        version={asking}
        onAnswer={(withdrawal) => void answer(withdrawal).catch(shownBySaveStatus)}
      />
    </section>
  );
}

function VersionEntry({
  version,
  standing,
  onWithdraw,
}: {
  version: AdvanceStatementVersion;
  standing: boolean;
  onWithdraw: () => void;
}) {
  const { t, i18n } = useTranslation();
  const status = versionStatus(version);
  const { number } = version;
  return (
    <li className="card stack" data-version={version.id}>
      <h3>{versionLabel(t, i18n.language, version)}</h3>
      <VersionStatusWords version={version} standing={standing} />
      {status !== 'draft' && (
        <>
          <details>
            <summary>{t('advance.versions.read', { number })}</summary>
            <StatementWords version={version} level={4} />
          </details>
          <p>
            <Link href={printHref(version)}>{t('advance.versions.print', { number })}</Link>
          </p>
          <KeepingFields version={version} />
          {status === 'signed' && (
            <div>
              <button
                type="button"
                className="button button--quiet"
                data-control="withdraw"
                onClick={onWithdraw}
              >
                {t('advance.versions.withdraw', { number })}
              </button>
            </div>
          )}
        </>
      )}
    </li>
  );
}

/** Where a version stands, in words (never by colour alone). */
export function VersionStatusWords({
  version,
  standing,
}: {
  version: AdvanceStatementVersion;
  standing: boolean;
}) {
  const { t, i18n } = useTranslation();
  const status = versionStatus(version);
  if (status === 'draft') {
    return <p className="status-badge">{t('advance.versions.writingNow')}</p>;
  }
  if (status === 'withdrawn') {
    return (
      <>
        <p className="status-badge">
          {t('advance.versions.withdrawn', {
            date: formatDay(version.withdrawnOn, i18n.language),
          })}
        </p>
        {version.withdrawalNote.trim() && (
          <p className="preserve-lines">
            {t('advance.versions.withdrawalNote', { note: version.withdrawalNote })}
          </p>
        )}
      </>
    );
  }
  return (
    <p className={standing ? 'status-badge status-badge--stands' : 'status-badge'}>
      {standing ? t('advance.versions.stands') : t('advance.versions.replaced')}
    </p>
  );
}

/** Where the signed original is kept, and (in Scotland) whether the health board has a copy. */
function KeepingFields({ version }: { version: AdvanceStatementVersion }) {
  const { t } = useTranslation();
  const [heldAt, setHeldAt] = useState(version.signing?.originalHeldAt ?? '');
  const [healthBoard, setHealthBoard] = useState(version.signing?.healthBoardCopy ?? false);
  const keep = (details: Parameters<typeof updateKeeping>[1]) =>
    void updateKeeping(version.id, details).catch(shownBySaveStatus);
  return (
    <fieldset className="stack">
      <legend>{t('advance.versions.keeping', { number: version.number })}</legend>
      <TextField
        label={t('advance.signing.originalHeldAt')}
        hint={t('advance.signing.originalHeldAtHint')}
        maxLength={SHORT_TEXT_MAX}
        value={heldAt}
        onChange={(event) => {
          setHeldAt(event.target.value);
          keep({ originalHeldAt: event.target.value });
        }}
      />
      {version.content.jurisdiction === 'scotland' && (
        <CheckboxField
          label={t('advance.signing.healthBoardCopy')}
          checked={healthBoard}
          onChange={(event) => {
            setHealthBoard(event.target.checked);
            keep({ healthBoardCopy: event.target.checked });
          }}
        />
      )}
    </fieldset>
  );
}
