import './viewer.css';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isFormatError, type FormatProblem } from '../../formats/errors';
import {
  decodeShareLink,
  isPastUntil,
  readShareFile,
  readShareLinkHeader,
  SHARE_FILE_MAX_BYTES,
  VIEWER_PATH,
  type DecodedShare,
} from '../../formats/shareLink';
import { announce } from '../../ui/announcer';
import { TextField } from '../../ui/Field';
import { PassphraseField } from '../../ui/PassphraseField';
import { formatDay } from '../../ui/formatDate';
import { readFileText } from '../../ui/readFileText';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { helpNowForSharedPlan } from '../help-now';
import { PlanDocument } from '../print';
import { clearFragment, fragmentInAddress, reloadedHere } from './addressBar';
import { DEFAULT_LANGUAGE, isDraft } from '../../i18n/languages';

type Problem = FormatProblem | 'unreadable';

/**
 * Where the viewer is. The link's text (`source`) lives only here, in this page's memory: the
 * viewer stores nothing, and imports nothing from the database.
 */
type Stage =
  /** A link is in the address, not yet read: nothing is decoded until "Show plan". */
  | { step: 'ready'; source: string }
  | { step: 'empty'; reloaded: boolean }
  | { step: 'locked'; source: string; wrong: boolean }
  | { step: 'opening' }
  | { step: 'problem'; problem: Problem }
  | { step: 'expired'; until: string }
  | { step: 'shown'; share: DecodedShare };

function initialStage(): Stage {
  const source = fragmentInAddress();
  return source
    ? { step: 'ready', source }
    : { step: 'empty', reloaded: reloadedHere(VIEWER_PATH) };
}

/**
 * A plan someone shared: read from the link (or a .waymark file) only when the person asks,
 * validated whole before anything is shown, and shown read-only with what it is — a dated copy.
 */
export function ViewerScreen() {
  const { t, i18n } = useTranslation();
  const [stage, setStage] = useState<Stage>(initialStage);

  // Help now speaks about the person whose plan this is, for as long as it is shown.
  const shownView = stage.step === 'shown' ? stage.share.view : null;
  useEffect(() => {
    helpNowForSharedPlan(shownView);
    return () => helpNowForSharedPlan(null);
  }, [shownView]);

  // A new link pasted into the address bar of this page starts again, still without decoding.
  useEffect(() => {
    const onHashChange = () => {
      const source = fragmentInAddress();
      if (source) setStage({ step: 'ready', source });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const open = async (source: string, passphrase?: string) => {
    let encrypted: boolean;
    try {
      encrypted = readShareLinkHeader(source).encrypted;
    } catch (error) {
      return setStage({ step: 'problem', problem: problemOf(error) });
    }
    if (encrypted && !passphrase) return setStage({ step: 'locked', source, wrong: false });
    setStage({ step: 'opening' });
    try {
      const share = await decodeShareLink(source, passphrase);
      // Keeping to the sender's wishes: past their day, the plan is not even held.
      if (isPastUntil(share.until)) setStage({ step: 'expired', until: share.until });
      else setStage({ step: 'shown', share });
    } catch (error) {
      const problem = problemOf(error);
      if (problem === 'wrongPassphrase') {
        setStage({ step: 'locked', source, wrong: true });
        announce(t('viewer.problems.wrongPassphrase'));
      } else {
        setStage({ step: 'problem', problem });
      }
    }
  };

  const show = (source: string) => {
    clearFragment();
    void open(source);
  };

  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > SHARE_FILE_MAX_BYTES) return setStage({ step: 'problem', problem: 'tooLarge' });
    setStage({ step: 'opening' });
    let source: string;
    try {
      source = readShareFile(await readFileText(file));
    } catch (error) {
      return setStage({ step: 'problem', problem: problemOf(error) });
    }
    await open(source);
  };

  return (
    <>
      <ScreenHeading>{t('viewer.title')}</ScreenHeading>
      {stage.step === 'ready' && (
        <div className="stack">
          <p className="intro">{t('viewer.intro')}</p>
          <p>
            <button
              type="button"
              className="button button--primary"
              aria-describedby="viewer-show-hint"
              onClick={() => show(stage.source)}
            >
              {t('viewer.show')}
            </button>
          </p>
          <p id="viewer-show-hint" className="field__hint">
            {t('viewer.showHint')}
          </p>
        </div>
      )}
      {stage.step === 'empty' && (
        <p className="intro">{stage.reloaded ? t('viewer.afterReload') : t('viewer.noLink')}</p>
      )}
      {stage.step === 'opening' && <p role="status">{t('viewer.opening')}</p>}
      {stage.step === 'locked' && (
        <Unlock
          wrong={stage.wrong}
          onUnlock={(passphrase) => open(stage.source, passphrase)}
          onCancel={() => setStage({ step: 'empty', reloaded: false })}
        />
      )}
      {stage.step === 'problem' && (
        <p className="notice-text" role="alert">
          {t(`viewer.problems.${stage.problem}`)}
        </p>
      )}
      {stage.step === 'expired' && (
        <section className="card stack" role="alert" aria-labelledby="viewer-expired">
          <h2 id="viewer-expired">{t('viewer.expiredHeading')}</h2>
          <p>{t('viewer.expired', { date: formatDay(stage.until, i18n.language) })}</p>
        </section>
      )}
      {stage.step === 'shown' && (
        <SharedPlan
          share={stage.share}
          onClose={() => setStage({ step: 'empty', reloaded: false })}
        />
      )}
      {stage.step !== 'shown' && stage.step !== 'opening' && (
        <section className="card stack viewer-open-file" aria-labelledby="viewer-file">
          <h2 id="viewer-file">{t('viewer.fileHeading')}</h2>
          <p>{t('viewer.fileIntro')}</p>
          <TextField
            type="file"
            accept=".waymark,application/json"
            label={t('viewer.file')}
            onChange={(event) => void openFile(event)}
          />
        </section>
      )}
    </>
  );
}

function problemOf(error: unknown): Problem {
  return isFormatError(error) ? error.problem : 'unreadable';
}

function Unlock({
  wrong,
  onUnlock,
  onCancel,
}: {
  wrong: boolean;
  onUnlock: (passphrase: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (wrong) input.current?.focus();
  }, [wrong]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase) void onUnlock(passphrase);
  };

  return (
    <section className="card stack" aria-labelledby="viewer-locked">
      <h2 id="viewer-locked">{t('viewer.passphraseHeading')}</h2>
      <p>{t('viewer.passphraseIntro')}</p>
      <form className="stack" onSubmit={submit}>
        <PassphraseField
          ref={input}
          purpose="open"
          label={t('viewer.passphrase')}
          value={passphrase}
          error={wrong ? t('viewer.problems.wrongPassphrase') : undefined}
          onChange={setPassphrase}
        />
        <p className="actions">
          <button type="submit" className="button button--primary">
            {t('viewer.unlock')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('viewer.cancel')}
          </button>
        </p>
      </form>
    </section>
  );
}

function SharedPlan({ share, onClose }: { share: DecodedShare; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const banner = useRef<HTMLElement>(null);
  useEffect(() => banner.current?.focus(), []);
  const date = formatDay(share.sharedAt, i18n.language);
  const name = share.sharedBy.trim();
  return (
    <>
      <section
        ref={banner}
        tabIndex={-1}
        className="card stack viewer-banner"
        aria-label={t('viewer.banner.label')}
      >
        <p className="viewer-banner__shared">
          {name
            ? t('viewer.banner.sharedBy', { name, date })
            : t('viewer.banner.sharedOn', { date })}
        </p>
        <p>{share.encrypted ? t('viewer.banner.locked') : t('viewer.banner.unconfirmed')}</p>
        {share.until && (
          <p>{t('viewer.banner.until', { date: formatDay(share.until, i18n.language) })}</p>
        )}
        <p>{t('viewer.banner.stored')}</p>
        {isDraft(i18n.language) && (
          // The recipient reads in their browser's language; a draft says so, with a way out.
          <p>
            {t('translation.title')}.{' '}
            <button
              type="button"
              className="button button--quiet"
              onClick={() => void i18n.changeLanguage(DEFAULT_LANGUAGE)}
            >
              {t('translation.useEnglish')}
            </button>
          </p>
        )}
        <p className="actions viewer-controls">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('viewer.print')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('viewer.showAnother')}
          </button>
        </p>
      </section>
      <PlanDocument view={share.view} name={name} date={share.sharedAt} />
    </>
  );
}
