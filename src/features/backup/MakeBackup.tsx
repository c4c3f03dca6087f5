import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { backupFileName, encodeBackup } from '../../formats/backup';
import { readPlan } from '../../db/planStore';
import { updateSettings } from '../../db/repositories/settings';
import { announce } from '../../ui/announcer';
import { isStrongEnough } from '../../domain/passphrase';
import { PassphraseField } from '../../ui/PassphraseField';
import { closedByThePerson, shownBySaveStatus } from '../../ui/failures';

interface Made {
  file: File;
  url: string;
  /** When the plan in the file was read: what "Last backup" counts from once it is saved. */
  exportedAt: string;
}

/** Makes the backup file, then offers the system share sheet where there is one, or a download. */
export function MakeBackup() {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<'tooWeak' | 'mismatch' | null>(null);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<Made | null>(null);

  const make = async (event: FormEvent) => {
    event.preventDefault();
    // No passphrase is allowed (the file is then plain); a passphrase must be hard to guess.
    if (passphrase && !isStrongEnough(passphrase)) {
      setProblem('tooWeak');
      return;
    }
    if (passphrase !== again) {
      setProblem('mismatch');
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
      setMade({ file, url: URL.createObjectURL(file), exportedAt });
      announce(t('backup.made', { file: file.name }));
    } finally {
      setBusy(false);
    }
  };

  // A backup counts only once the file has left the page: saved, or sent through the share sheet.
  // Making the file, or opening a share sheet the person then closes, records nothing.
  const saved = (backup: Made) =>
    void updateSettings({ lastBackupAt: backup.exportedAt }).catch(shownBySaveStatus);

  const canShare =
    made && typeof navigator.canShare === 'function' && navigator.canShare({ files: [made.file] });

  return (
    <section className="card stack" aria-labelledby="backup-make">
      <h2 id="backup-make">{t('backup.makeHeading')}</h2>
      <p>{t('backup.makeIntro')}</p>
      <form className="stack" onSubmit={(event) => void make(event)}>
        <PassphraseField
          purpose="create"
          label={t('backup.passphrase')}
          hint={t('backup.passphraseHint')}
          value={passphrase}
          error={problem === 'tooWeak' ? t('passphraseField.tooWeak') : undefined}
          onChange={(next) => {
            setPassphrase(next);
            if (problem === 'tooWeak') setProblem(null);
          }}
        />
        {passphrase && (
          <PassphraseField
            purpose="confirm"
            label={t('backup.passphraseAgain')}
            value={again}
            error={problem === 'mismatch' ? t('backup.passphraseMismatch') : undefined}
            onChange={(next) => {
              setAgain(next);
              if (problem === 'mismatch') setProblem(null);
            }}
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
                onClick={() =>
                  void navigator
                    .share({ files: [made.file] })
                    .then(() => saved(made), closedByThePerson)
                }
              >
                {t('backup.share')}
              </button>
            )}
            <a
              className="button"
              href={made.url}
              download={made.file.name}
              onClick={() => saved(made)}
            >
              {t('backup.download')}
            </a>
          </p>
        </div>
      )}
    </section>
  );
}
