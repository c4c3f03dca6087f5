import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  code: string;
  /** Names the button that uses the code once the person says they kept it. */
  confirmLabel: string;
  busy?: boolean;
  onKept: () => void;
}

/**
 * A recovery code, shown once: to save as a file, print or copy, and a box the person ticks to
 * say they kept it before it is used.
 */
export function RecoveryCode({ code, confirmLabel, busy = false, onKept }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [kept, setKept] = useState(false);
  const [error, setError] = useState(false);
  const [copied, setCopied] = useState(false);

  const fileHref = `data:text/plain;charset=utf-8,${encodeURIComponent(
    `${t('settings.lock.codeFileText')}\n\n${code}\n`,
  )}`;

  const print = () => {
    document.documentElement.classList.add('printing-recovery-code');
    window.print();
    document.documentElement.classList.remove('printing-recovery-code');
  };

  const copy = async () => {
    await navigator.clipboard.writeText(code).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!kept) {
      setError(true);
      return;
    }
    onKept();
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <h3 id={`${id}-heading`}>{t('settings.lock.codeHeading')}</h3>
      <p>{t('settings.lock.codeIntro')}</p>
      <div className="recovery-code card" aria-labelledby={`${id}-heading`}>
        <p className="recovery-code__title">{t('settings.lock.codeFileTitle')}</p>
        <p className="recovery-code__code" translate="no">
          {code}
        </p>
      </div>
      <p className="actions">
        <a className="button" href={fileHref} download="waymark-recovery-code.txt">
          {t('settings.lock.save')}
        </a>
        <button type="button" className="button" onClick={print}>
          {t('settings.lock.print')}
        </button>
        <button type="button" className="button" onClick={() => void copy()}>
          {t('settings.lock.copy')}
        </button>
      </p>
      {copied && <p role="status">{t('settings.lock.copied')}</p>}
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            checked={kept}
            aria-invalid={error && !kept ? true : undefined}
            aria-describedby={error && !kept ? `${id}-error` : undefined}
            onChange={(event) => {
              setKept(event.target.checked);
              setError(false);
            }}
          />
          <span>{t('settings.lock.kept')}</span>
        </label>
        {error && !kept && (
          <p id={`${id}-error`} className="field__error">
            {t('settings.lock.notKept')}
          </p>
        )}
      </div>
      <p>
        <button type="submit" className="button button--primary" disabled={busy}>
          {confirmLabel}
        </button>
      </p>
    </form>
  );
}
