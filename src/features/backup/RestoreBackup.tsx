import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAboutMeEmpty } from '../../domain/aboutMe';
import { LIST_TABLES, planCounts, type PlanData } from '../../domain/plan';
import {
  BACKUP_MAX_BYTES,
  decodeBackup,
  readBackupHeader,
  type DecodedBackup,
} from '../../formats/backup';
import { isFormatError } from '../../formats/errors';
import { isQuotaError } from '../../db/errors';
import { replacePlan, restoreSnapshot } from '../../db/planStore';
import { announce } from '../../ui/announcer';
import { TextField } from '../../ui/Field';
import { PassphraseField } from '../../ui/PassphraseField';
import { formatDay } from '../../ui/formatDate';
import { readFileText } from '../../ui/readFileText';

/** A backup's preview counts the items of each list. */
const COUNTED = LIST_TABLES;

type Stage =
  | { step: 'choose' }
  | { step: 'reading' }
  | { step: 'locked'; text: string }
  | { step: 'review'; backup: DecodedBackup }
  | { step: 'restored'; snapshotId: string };

/** Read → (unlock) → validate → show what it holds → replace in one transaction → offer Undo. */
export function RestoreBackup() {
  const { t, i18n } = useTranslation();
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [problem, setProblem] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  // A second click while a restore runs must not start another (and snapshot the half-new plan).
  const replacing = useRef(false);
  const [busy, setBusy] = useState(false);

  const fail = (error: unknown) => {
    const key = isFormatError(error) ? error.problem : isQuotaError(error) ? 'full' : 'unreadable';
    setProblem(t(`backup.problems.${key}`));
  };

  const decode = async (text: string, withPassphrase?: string) => {
    try {
      const backup = await decodeBackup(text, withPassphrase);
      setStage({ step: 'review', backup });
      setPassphrase('');
    } catch (error) {
      if (isFormatError(error) && error.problem === 'wrongPassphrase') {
        setStage({ step: 'locked', text });
      } else {
        setStage({ step: 'choose' });
      }
      fail(error);
    }
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setProblem(null);
    if (file.size > BACKUP_MAX_BYTES) {
      setProblem(t('backup.problems.tooLarge'));
      return;
    }
    setStage({ step: 'reading' });
    let text: string;
    try {
      text = await readFileText(file);
      if (readBackupHeader(text).encrypted) {
        setStage({ step: 'locked', text });
        return;
      }
    } catch (error) {
      setStage({ step: 'choose' });
      fail(error);
      return;
    }
    await decode(text);
  };

  const unlock = async (event: FormEvent) => {
    event.preventDefault();
    if (stage.step !== 'locked') return;
    setProblem(null);
    setStage({ step: 'reading' });
    await decode(stage.text, passphrase);
  };

  const replace = async () => {
    if (stage.step !== 'review' || replacing.current) return;
    replacing.current = true;
    setBusy(true);
    try {
      const snapshotId = await replacePlan(stage.backup.plan, 'beforeRestore');
      setStage({ step: 'restored', snapshotId });
      announce(t('backup.restored'));
    } catch (error) {
      fail(error);
    } finally {
      replacing.current = false;
      setBusy(false);
    }
  };

  const undo = async () => {
    if (stage.step !== 'restored') return;
    setProblem(null);
    try {
      // Only say the plan is back when it is: a failed undo keeps the button to try again.
      const undone = await restoreSnapshot(stage.snapshotId);
      setStage({ step: 'choose' });
      if (undone) announce(t('backup.undone'));
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className="card stack" aria-labelledby="backup-restore">
      <h2 id="backup-restore">{t('backup.restoreHeading')}</h2>
      <p>{t('backup.restoreIntro')}</p>
      {problem && (
        <p className="notice-text" role="alert">
          {problem}
        </p>
      )}
      {(stage.step === 'choose' || stage.step === 'restored') && (
        <TextField
          type="file"
          accept=".json,application/json"
          label={t('backup.file')}
          onChange={(event) => void choose(event)}
        />
      )}
      {stage.step === 'reading' && <p role="status">{t('backup.readingFile')}</p>}
      {stage.step === 'locked' && (
        <form className="stack" onSubmit={(event) => void unlock(event)}>
          <p>{t('backup.needsPassphrase')}</p>
          <PassphraseField
            purpose="open"
            label={t('backup.unlockPassphrase')}
            value={passphrase}
            onChange={setPassphrase}
          />
          <p className="actions">
            <button type="submit" className="button button--primary">
              {t('backup.unlock')}
            </button>
            <button type="button" className="button" onClick={() => setStage({ step: 'choose' })}>
              {t('backup.cancel')}
            </button>
          </p>
        </form>
      )}
      {stage.step === 'review' && (
        <div className="stack">
          <h3>{t('backup.summaryHeading')}</h3>
          <p>
            {t('backup.summaryMade', { date: formatDay(stage.backup.exportedAt, i18n.language) })}
          </p>
          <Summary plan={stage.backup.plan} />
          <p>{t('backup.replaceWarning')}</p>
          <p className="actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void replace()}
            >
              {t('backup.replace')}
            </button>
            <button type="button" className="button" onClick={() => setStage({ step: 'choose' })}>
              {t('backup.cancel')}
            </button>
          </p>
        </div>
      )}
      {stage.step === 'restored' && (
        <div className="stack" role="status">
          <p>{t('backup.restored')}</p>
          <p>
            <button type="button" className="button" onClick={() => void undo()}>
              {t('backup.undoRestore')}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}

/** Everything the file holds, in the person's words: the lists, About me and the advance statement. */
function Summary({ plan }: { plan: PlanData }) {
  const { t } = useTranslation();
  const counts = planCounts(plan);
  const shown = COUNTED.filter((table) => counts[table] > 0);
  const hasAboutMe = plan.aboutMe.some((me) => !isAboutMeEmpty(me));
  const statements = plan.advanceStatements.length;
  const signed = plan.advanceStatements.some((version) => version.signing !== null);
  if (shown.length === 0 && !hasAboutMe && statements === 0) {
    return <p>{t('backup.summaryEmpty')}</p>;
  }
  return (
    <ul className="summary-list">
      <li>{hasAboutMe ? t('backup.aboutMeHeld') : t('backup.aboutMeNone')}</li>
      {shown.map((table) => (
        <li key={table}>{t(`backup.counts.${table}`, { count: counts[table] })}</li>
      ))}
      <li>
        {statements === 0
          ? t('backup.advanceNone')
          : signed
            ? t('backup.advanceSigned', { count: statements })
            : t('backup.advanceUnsigned', { count: statements })}
      </li>
    </ul>
  );
}
