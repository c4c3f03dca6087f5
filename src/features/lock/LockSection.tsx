import './lock.css';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isStrongEnough } from '../../domain/passphrase';
import { WrongSecret } from '../../lock/keySlots';
import {
  changePassphrase,
  lockNow,
  lockView,
  makeRecoveryCode,
  newRecoveryCode,
  preferencesChanged,
  storePasskeySlot,
  turnLockOff,
  turnLockOn,
  wrappableKey,
} from '../../lock/lock';
import {
  HIDDEN_CHOICES,
  IDLE_CHOICES,
  readPreferences,
  readSlots,
  writeCrisisCard,
  writePreferences,
  type LockPreferences,
} from '../../lock/lockStore';
import { canUsePasskeys, createPasskeySlot } from '../../lock/passkey';
import { announce } from '../../ui/announcer';
import { SelectField } from '../../ui/Field';
import { PassphraseField } from '../../ui/PassphraseField';
import { useStore } from '../../ui/useStore';
import { settleWrites } from './AutoLock';
import { RecoveryCode } from './RecoveryCode';

/** What the lock protects and what it cannot, said before it is turned on and while it is. */
function WhatItCovers() {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('settings.lock.protectsHeading')}</h3>
      <ul>
        <li>{t('settings.lock.protects1')}</li>
        <li>{t('settings.lock.protects2')}</li>
      </ul>
      <h3>{t('settings.lock.cannotHeading')}</h3>
      <ul>
        <li>{t('settings.lock.cannot1')}</li>
        <li>{t('settings.lock.cannot2')}</li>
        <li>{t('settings.lock.cannot3')}</li>
      </ul>
    </>
  );
}

/** A passphrase check, then `action`; says kindly when the passphrase is not the one now. */
function useWithPassphrase() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const run = async (passphrase: string, action: () => Promise<void>) => {
    if (passphrase.trim() === '') {
      setError(t('settings.lock.wrongPassphrase'));
      return false;
    }
    setBusy(true);
    setError(undefined);
    try {
      await action();
      return true;
    } catch (failure) {
      setError(
        failure instanceof WrongSecret
          ? t('settings.lock.wrongPassphrase')
          : t('settings.lock.failed'),
      );
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run, setError };
}

function NewPassphraseFields({
  value,
  confirm,
  onChange,
  onConfirm,
  errors,
}: {
  value: string;
  confirm: string;
  onChange: (value: string) => void;
  onConfirm: (value: string) => void;
  errors: { value?: string; confirm?: string };
}) {
  const { t } = useTranslation();
  return (
    <>
      <PassphraseField
        label={t('settings.lock.newPassphrase')}
        hint={t('settings.lock.newPassphraseHint')}
        purpose="create"
        value={value}
        onChange={onChange}
        error={errors.value}
      />
      <PassphraseField
        label={t('settings.lock.confirmPassphrase')}
        purpose="confirm"
        value={confirm}
        onChange={onConfirm}
        error={errors.confirm}
      />
    </>
  );
}

function checkNew(passphrase: string, confirm: string, t: (key: string) => string) {
  const errors: { value?: string; confirm?: string } = {};
  if (!isStrongEnough(passphrase)) errors.value = t('settings.lock.tooWeak');
  else if (passphrase !== confirm) errors.confirm = t('settings.lock.notSame');
  return errors;
}

/** Turning the lock on: a passphrase, then the recovery code, kept, then the plan is encrypted. */
function SetUp({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'passphrase' | 'code'>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ value?: string; confirm?: string }>({});
  const [code] = useState(newRecoveryCode);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const next = (event: FormEvent) => {
    event.preventDefault();
    const found = checkNew(passphrase, confirm, t);
    setErrors(found);
    if (!found.value && !found.confirm) setStep('code');
  };

  const turnOn = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await turnLockOn(passphrase, code);
      announce(t('settings.lock.on'));
      onDone();
    } catch (error) {
      console.error(error);
      setFailed(true);
      setBusy(false);
    }
  };

  if (step === 'code') {
    return (
      <>
        <RecoveryCode
          code={code}
          confirmLabel={busy ? t('settings.lock.turningOn') : t('settings.lock.turnOn')}
          busy={busy}
          onKept={() => void turnOn()}
        />
        {failed && (
          <p className="field__error" role="alert">
            {t('settings.lock.failed')}
          </p>
        )}
      </>
    );
  }
  return (
    <form className="stack" onSubmit={next} noValidate>
      <NewPassphraseFields
        value={passphrase}
        confirm={confirm}
        onChange={setPassphrase}
        onConfirm={setConfirm}
        errors={errors}
      />
      <p className="lock-warning">{t('settings.lock.lossWarning')}</p>
      <p className="actions">
        <button type="submit" className="button button--primary">
          {t('settings.lock.next')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('settings.lock.cancel')}
        </button>
      </p>
    </form>
  );
}

function Part({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <div className="stack lock-part">
      <h3>{heading}</h3>
      {children}
    </div>
  );
}

function ChangePassphrase() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ value?: string; confirm?: string }>({});
  const [done, setDone] = useState(false);
  const check = useWithPassphrase();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const found = checkNew(passphrase, confirm, t);
    setErrors(found);
    if (found.value || found.confirm) return;
    if (await check.run(current, () => changePassphrase(current, passphrase))) {
      setCurrent('');
      setPassphrase('');
      setConfirm('');
      setDone(true);
    }
  };
  return (
    <Part heading={t('settings.lock.changeHeading')}>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <PassphraseField
          label={t('settings.lock.currentPassphrase')}
          purpose="open"
          value={current}
          onChange={setCurrent}
          error={check.error}
        />
        <NewPassphraseFields
          value={passphrase}
          confirm={confirm}
          onChange={setPassphrase}
          onConfirm={setConfirm}
          errors={errors}
        />
        <p>
          <button type="submit" className="button" disabled={check.busy}>
            {t('settings.lock.change')}
          </button>
        </p>
        {done && <p role="status">{t('settings.lock.changed')}</p>}
      </form>
    </Part>
  );
}

function NewCode() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [made, setMade] = useState<Awaited<ReturnType<typeof makeRecoveryCode>> | null>(null);
  const [done, setDone] = useState(false);
  const check = useWithPassphrase();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    await check.run(current, async () => setMade(await makeRecoveryCode(current)));
  };
  const keep = async () => {
    if (!made) return;
    await made.keep();
    setMade(null);
    setCurrent('');
    setDone(true);
  };
  return (
    <Part heading={t('settings.lock.newCodeHeading')}>
      <p>{t('settings.lock.newCodeIntro')}</p>
      {made ? (
        <RecoveryCode
          code={made.code}
          confirmLabel={t('settings.lock.keepNewCode')}
          onKept={() => void keep()}
        />
      ) : (
        <CurrentPassphraseForm
          current={current}
          onCurrent={setCurrent}
          check={check}
          onSubmit={submit}
          submitLabel={t('settings.lock.newCode')}
        />
      )}
      {done && <p role="status">{t('settings.lock.newCodeKept')}</p>}
    </Part>
  );
}

function Passkey() {
  const { t } = useTranslation();
  const [hasPasskey, setHasPasskey] = useState<boolean | null>(null);
  const [current, setCurrent] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const check = useWithPassphrase();
  useEffect(() => {
    void readSlots().then((slots) => setHasPasskey(Boolean(slots?.passkey)));
  }, []);
  if (hasPasskey === null) return null;
  if (!canUsePasskeys()) {
    return (
      <Part heading={t('settings.lock.passkeyHeading')}>
        <p>{t('settings.lock.passkeyUnsupported')}</p>
      </Part>
    );
  }
  const add = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    setFailed(false);
    let key: CryptoKey | null = null;
    const checked = await check.run(current, async () => {
      key = await wrappableKey(current);
    });
    if (!checked || !key) return;
    try {
      await storePasskeySlot(await createPasskeySlot(key));
      setHasPasskey(true);
      setCurrent('');
      setMessage(t('settings.lock.passkeyAdded'));
    } catch (error) {
      console.error(error);
      setFailed(true);
    }
  };
  const remove = async () => {
    await storePasskeySlot(undefined);
    setHasPasskey(false);
    setMessage(t('settings.lock.passkeyRemoved'));
  };
  return (
    <Part heading={t('settings.lock.passkeyHeading')}>
      <p>{t('settings.lock.passkeyIntro')}</p>
      {hasPasskey ? (
        <p>
          <button type="button" className="button" onClick={() => void remove()}>
            {t('settings.lock.passkeyRemove')}
          </button>
        </p>
      ) : (
        <CurrentPassphraseForm
          current={current}
          onCurrent={setCurrent}
          check={check}
          onSubmit={add}
          submitLabel={t('settings.lock.passkeyAdd')}
        />
      )}
      {failed && (
        <p className="field__error" role="alert">
          {t('settings.lock.passkeyFailed')}
        </p>
      )}
      {message && <p role="status">{message}</p>}
    </Part>
  );
}

function TurnOff() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const check = useWithPassphrase();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await check.run(current, () => turnLockOff(current))) {
      announce(t('settings.lock.turnedOff'));
    }
  };
  return (
    <Part heading={t('settings.lock.offHeading')}>
      <p>{t('settings.lock.offIntro')}</p>
      <CurrentPassphraseForm
        current={current}
        onCurrent={setCurrent}
        check={check}
        onSubmit={submit}
        submitLabel={t('settings.lock.turnOff')}
      />
    </Part>
  );
}

function WhenToLock() {
  const { t } = useTranslation();
  const [preferences, setPreferences] = useState<LockPreferences | null>(null);
  useEffect(() => {
    void readPreferences().then(setPreferences);
  }, []);
  if (!preferences) return null;
  const change = async (patch: Partial<Omit<LockPreferences, 'id'>>) => {
    const next = await writePreferences(patch);
    setPreferences(next);
    if (patch.crisisCardWhileLocked === false) await writeCrisisCard(null);
    preferencesChanged();
  };
  const hiddenLabel = (seconds: number) =>
    seconds === 0
      ? t('settings.lock.hiddenNow')
      : seconds < 60
        ? t('settings.lock.hiddenSeconds', { count: seconds })
        : t('settings.lock.hiddenMinutes', { count: seconds / 60 });
  return (
    <Part heading={t('settings.lock.whenHeading')}>
      <SelectField
        label={t('settings.lock.idle')}
        value={String(preferences.idleMinutes)}
        options={IDLE_CHOICES.map((minutes) => ({
          value: String(minutes),
          label: t('settings.lock.idleMinutes', { count: minutes }),
        }))}
        onChange={(event) =>
          void change({
            idleMinutes: Number(event.target.value) as LockPreferences['idleMinutes'],
          })
        }
      />
      <SelectField
        label={t('settings.lock.hidden')}
        value={String(preferences.hiddenSeconds)}
        options={HIDDEN_CHOICES.map((seconds) => ({
          value: String(seconds),
          label: hiddenLabel(seconds),
        }))}
        onChange={(event) =>
          void change({
            hiddenSeconds: Number(event.target.value) as LockPreferences['hiddenSeconds'],
          })
        }
      />
      <p>{t('settings.lock.alwaysOnClose')}</p>
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            checked={preferences.crisisCardWhileLocked}
            aria-describedby="lock-crisis-card-hint"
            onChange={(event) => void change({ crisisCardWhileLocked: event.target.checked })}
          />
          <span>{t('settings.lock.crisisCard')}</span>
        </label>
        <p id="lock-crisis-card-hint" className="field__hint">
          {t('settings.lock.crisisCardHint')}
        </p>
      </div>
    </Part>
  );
}

/** Settings: the app lock — off by default — and quick exit. */
export function LockSection() {
  const { t } = useTranslation();
  const view = useStore(lockView);
  const [settingUp, setSettingUp] = useState(false);
  const on = view.state === 'unlocked';

  return (
    <section aria-labelledby="settings-lock" className="card stack">
      <h2 id="settings-lock">{t('settings.lock.heading')}</h2>
      {on ? (
        <>
          <p>{t('settings.lock.on')}</p>
          <p>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void lockNow(settleWrites)}
            >
              {t('settings.lock.lockNow')}
            </button>
          </p>
          <WhatItCovers />
          <WhenToLock />
          <ChangePassphrase />
          <NewCode />
          <Passkey />
          <TurnOff />
        </>
      ) : (
        <>
          <p>{t('settings.lock.off')}</p>
          <WhatItCovers />
          {settingUp ? (
            <SetUp onDone={() => setSettingUp(false)} />
          ) : (
            <p>
              <button
                type="button"
                className="button button--primary"
                onClick={() => setSettingUp(true)}
              >
                {t('settings.lock.start')}
              </button>
            </p>
          )}
        </>
      )}
      <h3>{t('settings.lock.quickExitHeading')}</h3>
      <p>{t('settings.lock.quickExitIntro')}</p>
      <p>{t('settings.lock.quickExitCannot')}</p>
    </section>
  );
}

/**
 * The form every change to the lock starts with: the current passphrase (so someone holding the
 * unlocked device cannot change the lock), anything the change needs, and one button.
 */
function CurrentPassphraseForm({
  current,
  onCurrent,
  check,
  onSubmit,
  submitLabel,
  children,
}: {
  current: string;
  onCurrent: (value: string) => void;
  check: { error?: string; busy: boolean };
  onSubmit: (event: FormEvent) => Promise<void>;
  submitLabel: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form className="stack" onSubmit={(event) => void onSubmit(event)} noValidate>
      <PassphraseField
        label={t('settings.lock.currentPassphrase')}
        purpose="open"
        value={current}
        onChange={onCurrent}
        error={check.error}
      />
      {children}
      <p>
        <button type="submit" className="button" disabled={check.busy}>
          {submitLabel}
        </button>
      </p>
    </form>
  );
}
