import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { backupFileName, encodeBackup } from '../../formats/backup';
import { readPlan } from '../../db/planStore';
import { updateSettings } from '../../db/repositories/settings';
import { announce } from '../../ui/announcer';
import { TextField } from '../../ui/Field';

interface Made {
  file: File;
  url: string;
}

/** Makes the backup file, then offers the system share sheet where there is one, or a download. */
export function MakeBackup() {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<Made | null>(null);

  const make = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase !== again) {
      setProblem(t('backup.passphraseMismatch'));
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const exportedAt = new Date().toISOString();
      const text = await encodeBackup(await readPlan(), {
        passphrase: passphrase || undefined,
        exportedAt,
        appVersion: __APP_VERSION__,
      });
      const file = new File([text], backupFileName(exportedAt), { type: 'application/json' });
      if (made) URL.revokeObjectURL(made.url);
      setMade({ file, url: URL.createObjectURL(file) });
      await updateSettings({ lastBackupAt: exportedAt });
      announce(t('backup.made', { file: file.name }));
    } finally {
      setBusy(false);
    }
  };

  const canShare =
    made && typeof navigator.canShare === 'function' && navigator.canShare({ files: [made.file] });

  return (
    <section className="card stack" aria-labelledby="backup-make">
      <h2 id="backup-make">{t('backup.makeHeading')}</h2>
      <p>{t('backup.makeIntro')}</p>
      <form className="stack" onSubmit={(event) => void make(event)}>
        <TextField
          type="password"
          autoComplete="new-password"
          label={t('backup.passphrase')}
          hint={t('backup.passphraseHint')}
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        {passphrase && (
          <TextField
            type="password"
            autoComplete="new-password"
            label={t('backup.passphraseAgain')}
            value={again}
            error={problem ?? undefined}
            onChange={(event) => setAgain(event.target.value)}
          />
        )}
        <div>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('backup.making') : t('backup.make')}
          </button>
        </div>
      </form>
      {made && (
        <div className="stack" role="status">
          <p>{t('backup.made', { file: made.file.name })}</p>
          <p className="actions">
            {canShare && (
              <button
                type="button"
                className="button button--primary"
                onClick={() => void navigator.share({ files: [made.file] }).catch(() => undefined)}
              >
                {t('backup.share')}
              </button>
            )}
            <a className="button" href={made.url} download={made.file.name}>
              {t('backup.download')}
            </a>
          </p>
        </div>
      )}
    </section>
  );
}
