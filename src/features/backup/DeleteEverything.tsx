import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteEverything } from '../../db/deleteEverything';
import { TextField } from '../../ui/Field';

/** A clear, typed confirmation, a last nudge to back up, then nothing of Waymark is left here. */
export function DeleteEverything() {
  const { t } = useTranslation();
  const word = t('backup.deleteWord');
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim().toLocaleLowerCase() !== word.toLocaleLowerCase()) {
      setProblem(t('backup.deleteNotYet', { word }));
      return;
    }
    setDeleting(true);
    await deleteEverything().catch((error: unknown) => console.error(error));
    // A fresh start: the page reloads into an empty Waymark.
    window.location.assign('/');
  };

  return (
    <section className="card stack danger-zone" aria-labelledby="backup-delete">
      <h2 id="backup-delete">{t('backup.deleteHeading')}</h2>
      <p>{t('backup.deleteIntro')}</p>
      <p>
        <a href="#backup-make">{t('backup.deleteBackupFirst')}</a>
      </p>
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('backup.deleteConfirm', { word })}
          autoComplete="off"
          value={typed}
          error={problem ?? undefined}
          onChange={(event) => setTyped(event.target.value)}
        />
        <div>
          <button type="submit" className="button button--danger" disabled={deleting}>
            {deleting ? t('backup.deleting') : t('backup.deleteButton')}
          </button>
        </div>
      </form>
    </section>
  );
}
