import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { i18next } from '../../i18n';
import { bestLanguage } from '../../i18n/languages';
import { applyDisplay } from '../../ui/display';
import { WrongSecret } from '../../lock/keySlots';
import { unlockWithKey, unlockWithPassphrase, unlockWithRecoveryCode } from '../../lock/lock';
import type { LockView } from '../../lock/state';
import {
  PLAN_DB_NAME,
  readClearSettings,
  readCrisisCard,
  readPreferences,
} from '../../lock/lockStore';
import type { Nation } from '../../domain/helpLines';
import { TextField } from '../../ui/Field';
import { PassphraseField } from '../../ui/PassphraseField';
import { ContactList, helpNowData, type HelpContact } from '../help-now';
import { canUsePasskeys, unlockWithPasskey } from '../../lock/passkey';

/**
 * What Help now may show while the plan is locked: the public lines for where the person lives,
 * and their people only if they chose to show them on the lock screen. Their own preferences
 * (language, reading and display) are read from the few settings kept readable.
 */
async function prepareLockedPage(): Promise<HelpContact[]> {
  const [settings, preferences, card] = await Promise.all([
    readClearSettings(PLAN_DB_NAME).catch(
      () => ({}) as Awaited<ReturnType<typeof readClearSettings>>,
    ),
    readPreferences(),
    readCrisisCard(),
  ]);
  applyDisplay(settings);
  if (settings.language) {
    const language = bestLanguage([settings.language]);
    if (language !== i18next.language) void i18next.changeLanguage(language);
  }
  const contacts = preferences.crisisCardWhileLocked ? (card?.contacts ?? []) : [];
  helpNowData.set({
    contacts,
    fromCrisisPlan: contacts.length > 0,
    hasCrisisPlan: false,
    hasReasons: false,
    nation: (settings.nation ?? '') as Nation | '',
    hiddenHelpLines: settings.hiddenHelpLines ?? [],
    ownHelpLines: [],
  });
  return contacts;
}

type Way = 'passphrase' | 'code';

/** The lock screen: the plan is not on the page, only the ways to open it and Help now. */
export default function LockScreen({
  view,
}: {
  view: Extract<LockView, { state: 'locked' | 'converting' }>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [way, setWay] = useState<Way>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [passkeyError, setPasskeyError] = useState(false);
  const [contacts, setContacts] = useState<HelpContact[]>([]);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = t('app.lock.heading');
  }, [t]);
  useEffect(() => {
    void prepareLockedPage().then(setContacts, () => undefined);
  }, []);

  if (view.state === 'converting') {
    return (
      <div className="lock-screen stack">
        <h1>{t('app.name')}</h1>
        <p role="status">
          {t(view.to === 'on' ? 'app.lock.converting' : 'app.lock.convertingOff', {
            done: view.done,
            total: view.total,
          })}
        </p>
      </div>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = way === 'passphrase' ? passphrase : code;
    if (typed.trim() === '') {
      setError(t(way === 'passphrase' ? 'app.lock.emptyPassphrase' : 'app.lock.emptyCode'));
      field.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      if (way === 'passphrase') await unlockWithPassphrase(passphrase);
      else await unlockWithRecoveryCode(code);
    } catch (failure) {
      setBusy(false);
      setError(
        failure instanceof WrongSecret
          ? t(way === 'passphrase' ? 'app.lock.wrongPassphrase' : 'app.lock.wrongCode')
          : t('app.lock.failed'),
      );
      field.current?.focus();
    }
  };

  const withPasskey = async () => {
    setPasskeyError(false);
    try {
      unlockWithKey(await unlockWithPasskey());
    } catch {
      setPasskeyError(true);
    }
  };

  const switchWay = () => {
    setWay(way === 'passphrase' ? 'code' : 'passphrase');
    setError(undefined);
  };

  return (
    <div className="lock-screen stack">
      <h1 id={headingId}>{t('app.lock.heading')}</h1>
      <p>{t('app.lock.intro')}</p>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        {way === 'passphrase' ? (
          <PassphraseField
            ref={field}
            label={t('app.lock.passphrase')}
            purpose="open"
            value={passphrase}
            onChange={setPassphrase}
            error={error}
          />
        ) : (
          <TextField
            ref={field}
            label={t('app.lock.code')}
            hint={t('app.lock.codeHint')}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            error={error}
          />
        )}
        <p>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('app.lock.opening') : t('app.lock.unlock')}
          </button>
        </p>
      </form>
      {view.hasPasskey && canUsePasskeys() && (
        <p>
          <button type="button" className="button" onClick={() => void withPasskey()}>
            {t('app.lock.passkey')}
          </button>
        </p>
      )}
      {passkeyError && (
        <p className="field__error" role="alert">
          {t('app.lock.passkeyFailed')}
        </p>
      )}
      <p>
        <button type="button" className="button button--quiet" onClick={switchWay}>
          {way === 'passphrase' ? t('app.lock.useCode') : t('app.lock.usePassphrase')}
        </button>
      </p>
      <p>{t('app.lock.lostBoth')}</p>
      {contacts.length > 0 && (
        <section aria-labelledby={`${headingId}-people`} className="card stack">
          <h2 id={`${headingId}-people`}>{t('app.lock.crisisCardHeading')}</h2>
          <ContactList contacts={contacts} />
        </section>
      )}
    </div>
  );
}
