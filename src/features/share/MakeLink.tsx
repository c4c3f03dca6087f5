import { useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { today } from '../../domain/dates';
import { isStrongEnough } from '../../domain/passphrase';
import { toPlanView, VIEW_PARTS, type ViewPart } from '../../domain/planView';
import { nowIso } from '../../domain/record';
import type { ShareRecord } from '../../domain/shares';
import { isFormatError } from '../../formats/errors';
import {
  encodeShareFile,
  encodeShareLink,
  shareFileName,
  shareUrl,
  VIEWER_PATH,
} from '../../formats/shareLink';
import { readPlan } from '../../db/planStore';
import { getAboutMe } from '../../db/repositories/aboutMe';
import { goalsRepository } from '../../db/repositories/goals';
import { peopleRepository, resourcesRepository } from '../../db/repositories/people';
import { recordShare, restoreShare } from '../../db/repositories/shares';
import { announce } from '../../ui/announcer';
import { CheckboxGroup, type Choice } from '../../ui/CheckboxGroup';
import { TextField } from '../../ui/Field';
import { PassphraseField } from '../../ui/PassphraseField';
import { qrImageSrc, renderQr } from './qr';
import { closedByThePerson, shownBySaveStatus } from '../../ui/failures';

/** Parts whose contents can name people or places, so leaving someone out matters there. */
const MENTIONS_PEOPLE: readonly ViewPart[] = ['crisis', 'stayingWell', 'goals', 'people'];
/** The most private parts: choosing either turns the passphrase on. */
const LOCK_BY_DEFAULT: readonly ViewPart[] = ['crisis', 'advanceStatement'];
const PERSON = 'person:';
const RESOURCE = 'resource:';

interface Made {
  url: string;
  qr: string | null;
  record: ShareRecord;
  file: File;
  fileUrl: string;
}

type Problem =
  'partsNeeded' | 'untilPassed' | 'passphraseNeeded' | 'passphraseTooWeak' | 'tooLarge' | 'failed';

/** What the person has chosen so far. */
interface Draft {
  parts: string[];
  leaveOutGoals: string[];
  leaveOutPeople: string[];
  recipient: string;
  lock: boolean;
  passphrase: string;
  until: string;
}

const EMPTY_DRAFT: Draft = {
  parts: [],
  leaveOutGoals: [],
  leaveOutPeople: [],
  recipient: '',
  lock: false,
  passphrase: '',
  until: '',
};

/** Where making a link is: choosing (perhaps with something to put right), making, or made. */
type Stage =
  { step: 'choosing'; problem: Problem | null } | { step: 'making' } | { step: 'made'; made: Made };

/** The form that makes a link, and what to do with the link once it is made. */
export function MakeLink() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [stage, setStage] = useState<Stage>({ step: 'choosing', problem: null });
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const problem = stage.step === 'choosing' ? stage.problem : null;
  const made = stage.step === 'made' ? stage.made : null;
  const change = (patch: Partial<Draft>) => setDraft((now) => ({ ...now, ...patch }));

  const choices = useLiveQuery(
    async () => {
      const [goals, people, resources, aboutMe] = await Promise.all([
        goalsRepository.list(),
        peopleRepository.list(),
        resourcesRepository.list(),
        getAboutMe(),
      ]);
      return {
        goals: goals.map((goal, index): Choice => ({
          value: goal.id,
          label: goal.title.trim() || t('share.untitledGoal', { position: index + 1 }),
        })),
        people: [
          ...people.map((p): Choice => ({ value: PERSON + p.id, label: p.name.trim() })),
          ...resources.map((r): Choice => ({ value: RESOURCE + r.id, label: r.name.trim() })),
        ].map((choice) => ({ ...choice, label: choice.label || t('share.unnamedPerson') })),
        name: aboutMe?.preferredName.trim() ?? '',
      };
    },
    [t],
    null,
  );

  // A file's address lasts until the next link is made, or the screen closes.
  const fileUrl = made?.fileUrl;
  useEffect(
    () => () => {
      if (fileUrl) URL.revokeObjectURL(fileUrl);
    },
    [fileUrl],
  );
  const madeNow = stage.step === 'made';
  useLayoutEffect(() => {
    if (madeNow) resultHeading.current?.focus();
  }, [madeNow]);

  const chosen = VIEW_PARTS.filter((part) => draft.parts.includes(part));
  const showGoals = chosen.includes('goals');
  const showPeople = chosen.some((part) => MENTIONS_PEOPLE.includes(part));
  const locked = draft.lock && draft.passphrase !== '';

  const chooseParts = (next: string[]) => {
    // Choosing the crisis plan or the advance statement turns the passphrase on; the person
    // can still turn it off.
    const addsPrivate = LOCK_BY_DEFAULT.some(
      (part) => next.includes(part) && !draft.parts.includes(part),
    );
    change(addsPrivate ? { parts: next, lock: true } : { parts: next });
    if (problem === 'partsNeeded') setStage({ step: 'choosing', problem: null });
  };

  const make = async (event: FormEvent) => {
    event.preventDefault();
    const refuse = (reason: Problem) => setStage({ step: 'choosing', problem: reason });
    if (chosen.length === 0) return refuse('partsNeeded');
    if (draft.until && draft.until < today()) return refuse('untilPassed');
    if (draft.lock && !draft.passphrase) return refuse('passphraseNeeded');
    if (draft.lock && !isStrongEnough(draft.passphrase)) return refuse('passphraseTooWeak');
    setStage({ step: 'making' });
    try {
      const plan = await readPlan();
      const leftOut = showPeople ? draft.leaveOutPeople : [];
      const view = toPlanView(plan, {
        parts: chosen,
        leaveOut: {
          goals: showGoals ? draft.leaveOutGoals : [],
          people: leftOut.filter((v) => v.startsWith(PERSON)).map((v) => v.slice(PERSON.length)),
          resources: leftOut
            .filter((v) => v.startsWith(RESOURCE))
            .map((v) => v.slice(RESOURCE.length)),
        },
      });
      const sharedAt = nowIso();
      const sharedBy = plan.aboutMe[0]?.preferredName.trim() ?? '';
      const { until } = draft;
      const fragment = await encodeShareLink(
        view,
        { sharedAt, sharedBy, until },
        locked ? draft.passphrase : undefined,
      );
      const url = shareUrl(location.origin, fragment);
      const qr = renderQr(url);
      const record = await recordShare({
        recipient: draft.recipient.trim(),
        parts: chosen,
        withPassphrase: locked,
        until,
        via: qr ? 'qr' : 'link',
        linkLength: url.length,
      });
      const file = new File([encodeShareFile(fragment)], shareFileName(sharedAt), {
        type: 'application/json',
      });
      setStage({
        step: 'made',
        made: { url, qr, record, file, fileUrl: URL.createObjectURL(file) },
      });
      announce(t('share.resultHeading'));
    } catch (error) {
      refuse(isFormatError(error) && error.problem === 'tooLarge' ? 'tooLarge' : 'failed');
    }
  };

  const copy = async () => {
    if (!made) return;
    try {
      await navigator.clipboard.writeText(made.url);
      announce(t('share.copied'));
    } catch {
      announce(t('share.copyFailed'));
    }
  };

  const savedAsFile = () => {
    if (made && made.record.via !== 'file') {
      const record = { ...made.record, via: 'file' as const };
      setStage({ step: 'made', made: { ...made, record } });
      void restoreShare(record).catch(shownBySaveStatus);
    }
  };

  const canShare = typeof navigator.share === 'function';

  return (
    <>
      <section className="card stack" aria-labelledby="share-make">
        <h2 id="share-make">{t('share.formHeading')}</h2>
        <form className="stack" noValidate onSubmit={(event) => void make(event)}>
          <CheckboxGroup
            legend={t('share.partsLegend')}
            hint={t('share.partsHint')}
            emptyText={t('share.partsEmpty')}
            choices={VIEW_PARTS.map((part) => ({ value: part, label: t(`share.parts.${part}`) }))}
            selected={draft.parts}
            onChange={chooseParts}
          />
          {problem === 'partsNeeded' && (
            <p className="field__error" role="alert">
              {t('share.partsNeeded')}
            </p>
          )}
          {showGoals && choices && (
            <CheckboxGroup
              legend={t('share.leaveOutGoalsLegend')}
              hint={t('share.leaveOutGoalsHint')}
              emptyText={t('share.noGoals')}
              choices={choices.goals}
              selected={draft.leaveOutGoals}
              onChange={(next) => change({ leaveOutGoals: next })}
            />
          )}
          {showPeople && choices && (
            <CheckboxGroup
              legend={t('share.leaveOutPeopleLegend')}
              hint={t('share.leaveOutPeopleHint')}
              emptyText={t('share.noPeople')}
              choices={choices.people}
              selected={draft.leaveOutPeople}
              onChange={(next) => change({ leaveOutPeople: next })}
            />
          )}
          <TextField
            label={t('share.recipient')}
            hint={t('share.recipientHint')}
            autoComplete="off"
            maxLength={500}
            value={draft.recipient}
            onChange={(event) => change({ recipient: event.target.value })}
          />
          <div className="field">
            <label className="choice">
              <input
                type="checkbox"
                checked={draft.lock}
                aria-describedby="share-lock-hint"
                onChange={(event) => change({ lock: event.target.checked })}
              />
              <span>{t('share.lock')}</span>
            </label>
            <p id="share-lock-hint" className="field__hint">
              {draft.lock ? t('share.lockHint') : t('share.unlockedWarning')}
            </p>
          </div>
          {draft.lock && (
            <PassphraseField
              purpose="create"
              suggestFirst
              label={t('share.passphrase')}
              hint={t('share.passphraseHint')}
              value={draft.passphrase}
              error={
                problem === 'passphraseNeeded'
                  ? t('share.passphraseNeeded')
                  : problem === 'passphraseTooWeak'
                    ? t('passphraseField.tooWeak')
                    : undefined
              }
              onChange={(passphrase) => {
                change({ passphrase });
                if (problem === 'passphraseNeeded' || problem === 'passphraseTooWeak') {
                  setStage({ step: 'choosing', problem: null });
                }
              }}
            />
          )}
          <TextField
            type="date"
            label={t('share.until')}
            hint={t('share.untilHint')}
            min={today()}
            value={draft.until}
            error={problem === 'untilPassed' ? t('share.untilPassed') : undefined}
            onChange={(event) => change({ until: event.target.value })}
          />
          {choices && (
            <p>
              {choices.name ? t('share.fromName', { name: choices.name }) : t('share.fromNobody')}
            </p>
          )}
          <div>
            <button
              type="submit"
              className="button button--primary"
              disabled={stage.step === 'making'}
            >
              {stage.step === 'making' ? t('share.making') : t('share.make')}
            </button>
          </div>
          {(problem === 'tooLarge' || problem === 'failed') && (
            <p className="notice-text" role="alert">
              {t(`share.${problem}`)}
            </p>
          )}
        </form>
      </section>
      {made && (
        <section className="card stack share-result" aria-labelledby="share-result">
          <h2 id="share-result" ref={resultHeading} tabIndex={-1}>
            {t('share.resultHeading')}
          </h2>
          <p>
            {t('share.length', { count: made.url.length })}{' '}
            {made.record.withPassphrase ? t('share.locked') : t('share.open')}
          </p>
          {made.qr ? (
            <figure className="share-qr">
              <img src={qrImageSrc(made.qr)} alt={t('share.qrAlt')} width={240} height={240} />
              <figcaption>{t('share.qrCaption')}</figcaption>
            </figure>
          ) : (
            <p>{t('share.qrTooLong')}</p>
          )}
          <label className="field">
            <span className="field__label">{t('share.linkLabel')}</span>
            <textarea
              className="share-link"
              readOnly
              rows={3}
              value={made.url}
              onFocus={(event) => event.target.select()}
            />
          </label>
          <p className="actions">
            <button type="button" className="button button--primary" onClick={() => void copy()}>
              {t('share.copy')}
            </button>
            {canShare && (
              <button
                type="button"
                className="button"
                onClick={() => void navigator.share({ url: made.url }).catch(closedByThePerson)}
              >
                {t('share.shareSheet')}
              </button>
            )}
            <a
              className="button"
              href={made.fileUrl}
              download={made.file.name}
              onClick={savedAsFile}
            >
              {t('share.saveFile')}
            </a>
          </p>
          <p className="field__hint">
            {t('share.fileHint', { address: location.origin + VIEWER_PATH })}
          </p>
        </section>
      )}
    </>
  );
}
