import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowedServer, syncOrigins } from '../../sync/allowedServers';
import { isServerUrl, readPairing, type Pairing } from '../../sync/pairing';
import type { ServerSettings } from '../../sync/state';
import { formatList } from '../../ui/formatList';
import { isSyncOn, syncStatus, type SyncStatus } from '../../sync/status';
import { announce } from '../../ui/announcer';
import { TextField } from '../../ui/Field';
import { useStore } from '../../ui/useStore';
import { PairAnother } from './PairAnother';
import { SyncConflicts } from './SyncConflicts';
import {
  changeLogin,
  pair,
  setUp,
  startHere,
  syncNow,
  turnOff,
  type SetUpProblem,
} from './syncActions';

/** The status line: what sync is doing, when it last synced, and what is waiting. */
function StatusLine({ status }: { status: SyncStatus }) {
  const { t, i18n } = useTranslation();
  const when = status.lastSyncedAt
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(status.lastSyncedAt),
      )
    : null;
  return (
    <div role="status" className="stack">
      <p>
        <strong>{t(`sync.status.${status.phase}`)}</strong>{' '}
        {when ? t('sync.lastSynced', { when }) : t('sync.neverSynced')}
      </p>
      {status.waiting > 0 && <p>{t('sync.waiting', { count: status.waiting })}</p>}
      {status.unreadable > 0 && <p>{t('sync.unreadable', { count: status.unreadable })}</p>}
    </div>
  );
}

/** The database's name and password, as the forms ask for them; blank ones are left out. */
function useLoginFields(): [Omit<ServerSettings, 'url'>, ReactNode] {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = {
    ...(username.trim() ? { username: username.trim() } : {}),
    ...(password ? { password } : {}),
  };
  const fields = (
    <>
      <TextField
        label={t('sync.username')}
        autoComplete="username"
        value={username}
        onChange={(event) => setUsername(event.target.value)}
      />
      <TextField
        label={t('sync.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
    </>
  );
  return [login, fields];
}

/**
 * The server refused this device's name or password, most likely changed on the server: the new
 * ones, tried before anything is kept, and the plan and its key stay as they are.
 */
function NewLogin() {
  const { t } = useTranslation();
  const [login, loginFields] = useLoginFields();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<SetUpProblem | undefined>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const result = await changeLogin(login);
    setBusy(false);
    setProblem(result);
    if (!result) announce(t('sync.loginChanged'));
  };
  return (
    <form className="stack" noValidate onSubmit={(event) => void submit(event)}>
      <h3>{t('sync.newLoginHeading')}</h3>
      <p>{t('sync.newLoginIntro')}</p>
      {problem && (
        <p role="alert" className="field__error">
          {t(`sync.${problem}`)}
        </p>
      )}
      {loginFields}
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('sync.starting') : t('sync.newLoginButton')}
        </button>
      </p>
    </form>
  );
}

/** Sync on: the status, conflicts to choose, pairing another device, and turning it off. */
function SyncOn({ status, onOff }: { status: SyncStatus; onOff: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <StatusLine status={status} />
      {status.phase === 'denied' && <NewLogin />}
      <SyncConflicts conflicts={status.conflicts} />
      <p className="actions">
        <button type="button" className="button" onClick={() => void syncNow()}>
          {t('sync.syncNow')}
        </button>
      </p>
      <PairAnother />
      {confirming ? (
        <div className="stack">
          <p>{t('sync.turnOffConfirm')}</p>
          <p className="actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() =>
                void turnOff().then(() => {
                  announce(t('sync.turnedOff'));
                  onOff();
                })
              }
            >
              {t('sync.turnOffYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('sync.turnOffNo')}
            </button>
          </p>
        </div>
      ) : (
        <p className="actions">
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('sync.turnOff')}
          </button>
        </p>
      )}
    </>
  );
}

/** A pairing link opened on this device: its fragment is read once, then taken off the address. */
function usePairingFromAddress(): [Pairing | null, () => void] {
  const [pairing, setPairing] = useState<Pairing | null>(() =>
    typeof window === 'undefined' ? null : readPairing(window.location.hash),
  );
  useEffect(() => {
    if (pairing && window.location.hash) {
      // The key need not stay in the address bar once read.
      window.history.replaceState(window.history.state, '', window.location.pathname);
    }
  }, [pairing]);
  return [pairing, () => setPairing(null)];
}

/** Sync off: set it up with a database, or pair with another device. */
function SyncOff({ onOn }: { onOn: () => void }) {
  const { t, i18n } = useTranslation();
  const [fromAddress, forgetAddress] = usePairingFromAddress();
  const [url, setUrl] = useState('');
  const [login, loginFields] = useLoginFields();
  const [link, setLink] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [addressProblem, setAddressProblem] = useState<string | undefined>();
  const [linkProblem, setLinkProblem] = useState<string | undefined>();
  const problemId = useId();

  const finish = (result: SetUpProblem | undefined) => {
    setBusy(false);
    if (result) {
      setProblem(t(`sync.${result}`));
      return;
    }
    announce(t('sync.turnedOn'));
    onOn();
  };
  const startWith = async (pairing: Pairing) => {
    setBusy(true);
    setProblem(undefined);
    finish(await pair(pairing));
  };
  const submitServer = async (event: FormEvent) => {
    event.preventDefault();
    const address = url.trim();
    if (!isServerUrl(address, window.location.origin)) {
      setAddressProblem(t('sync.addressProblem'));
      return;
    }
    if (!isAllowedServer(address, window.location.origin, syncOrigins())) {
      setAddressProblem(
        t('sync.addressNotAllowed', {
          origins: formatList([window.location.origin, ...syncOrigins()], i18n.language),
        }),
      );
      return;
    }
    setAddressProblem(undefined);
    setBusy(true);
    setProblem(undefined);
    finish(await setUp({ url: address, ...login }));
  };
  const submitLink = async (event: FormEvent) => {
    event.preventDefault();
    let hash = '';
    try {
      hash = new URL(link.trim()).hash;
    } catch {
      hash = '';
    }
    const pairing = readPairing(hash);
    if (!pairing) {
      setLinkProblem(t('sync.notALink'));
      return;
    }
    setLinkProblem(undefined);
    await startWith(pairing);
  };

  return (
    <>
      <p>{t('sync.off')}</p>
      {problem && (
        <p id={problemId} role="alert" className="field__error">
          {problem}
        </p>
      )}
      {fromAddress && (
        <div className="stack">
          <h3>{t('sync.pairFromLinkHeading')}</h3>
          <p>{t('sync.pairFromLinkIntro')}</p>
          <p>{t('sync.pairFromLinkServer', { server: new URL(fromAddress.settings.url).host })}</p>
          <p className="actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void startWith(fromAddress).then(forgetAddress)}
            >
              {busy ? t('sync.starting') : t('sync.pairButton')}
            </button>
          </p>
        </div>
      )}
      <p>{t('sync.needsServer')}</p>
      <form className="stack" noValidate onSubmit={(event) => void submitServer(event)}>
        <h3>{t('sync.setUpHeading')}</h3>
        <TextField
          label={t('sync.address')}
          hint={t('sync.addressHint')}
          error={addressProblem}
          type="url"
          inputMode="url"
          autoComplete="url"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
        />
        {loginFields}
        <p className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('sync.starting') : t('sync.start')}
          </button>
        </p>
      </form>
      <form className="stack" noValidate onSubmit={(event) => void submitLink(event)}>
        <h3>{t('sync.pairHeading')}</h3>
        <p>{t('sync.pairIntro')}</p>
        <TextField
          label={t('sync.pairLink')}
          error={linkProblem}
          type="url"
          autoComplete="off"
          value={link}
          onChange={(event) => setLink(event.target.value)}
        />
        <p className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t('sync.pairButton')}
          </button>
        </p>
      </form>
    </>
  );
}

/** "Use this plan on another device": set up, pair, see how sync is doing, or turn it off. */
export function SyncPanel() {
  const { t } = useTranslation();
  const status = useStore(syncStatus);
  const [on, setOn] = useState(isSyncOn);
  useEffect(() => {
    // Sync starts a moment after the plan opens; here it is wanted now.
    if (isSyncOn() && syncStatus.get().phase === 'off') void startHere();
  }, []);
  return (
    <section aria-labelledby="settings-sync" className="card stack">
      <h2 id="settings-sync">{t('sync.heading')}</h2>
      <p>{t('sync.intro')}</p>
      {on ? (
        <SyncOn status={status} onOff={() => setOn(false)} />
      ) : (
        <SyncOff onOn={() => setOn(true)} />
      )}
    </section>
  );
}
