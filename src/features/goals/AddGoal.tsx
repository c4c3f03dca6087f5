import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORT_TEXT_MAX } from '../../domain/record';
import { goalsRepository } from '../../db/repositories/goals';
import { announce } from '../../ui/announcer';
import { TextField } from '../../ui/Field';
import { navigate } from '../../ui/router';
import { shownBySaveStatus } from '../../ui/failures';

/**
 * "Add a goal" asks for one thing, its name, and makes nothing until it has one: Cancel, Escape
 * or leaving the screen leaves the plan as it was. With a name, the goal's own screen opens.
 */
export function AddGoal() {
  const { t } = useTranslation();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [adding, setAdding] = useState(false);

  const open = () => {
    setName('');
    setError(undefined);
    dialogRef.current?.showModal();
    nameRef.current?.focus();
  };
  const close = () => {
    dialogRef.current?.close();
    openRef.current?.focus();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const title = name.trim();
    if (!title) {
      setError(t('goals.newNameNeeded'));
      return;
    }
    if (adding) return;
    setAdding(true);
    const goal = await goalsRepository.add({ title }).catch(shownBySaveStatus);
    setAdding(false);
    if (!goal) return; // the save status explains; the name stays for Try again
    dialogRef.current?.close();
    announce(t('goals.added', { name: title }));
    navigate(`/goals/${goal.id}`);
  };

  return (
    <>
      <button ref={openRef} type="button" className="button button--primary" onClick={open}>
        {t('goals.add')}
      </button>
      <dialog
        ref={dialogRef}
        className="dialog"
        aria-labelledby={`${id}-title`}
        onClose={() => {
          setName('');
          setError(undefined);
        }}
      >
        <form className="stack" onSubmit={(event) => void submit(event)}>
          <h2 id={`${id}-title`}>{t('goals.newHeading')}</h2>
          <p>{t('goals.newIntro')}</p>
          <TextField
            label={t('goals.newName')}
            hint={t('goal.nameHint')}
            maxLength={SHORT_TEXT_MAX}
            value={name}
            error={error}
            ref={nameRef}
            onChange={(event) => {
              setName(event.target.value);
              if (event.target.value.trim()) setError(undefined);
            }}
          />
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={adding}>
              {t('goals.newAdd')}
            </button>
            <button type="button" className="button" onClick={close}>
              {t('goals.newCancel')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
