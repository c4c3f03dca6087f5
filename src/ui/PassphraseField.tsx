import './passphraseField.css';
import { useEffect, useEffectEvent, useId, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePassphrase, passphraseStrength } from '../domain/passphrase';

interface PassphraseFieldProps {
  label: string;
  hint?: string;
  /** A kind message when the passphrase cannot be used as it is (too weak, not the same). */
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /**
   * `create`: a new passphrase that will lock something — the browser may offer to make and
   * save one, the strength is said in words, and a generated passphrase is offered.
   * `open`: the passphrase of something already locked; just the masked field and Show.
   * `confirm`: the same new passphrase typed again.
   */
  purpose: 'create' | 'confirm' | 'open';
  /** When creating and still empty, start with a generated passphrase already in the field. */
  suggestFirst?: boolean;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A passphrase field: masked, with a Show toggle (a pressed button, so its state is announced),
 * pasting allowed, and the right `autocomplete` for password managers. When a passphrase is being
 * made, it says in words how hard it would be to guess and offers a generated one.
 */
export function PassphraseField({
  label,
  hint,
  error,
  value,
  onChange,
  purpose,
  suggestFirst = false,
  ref,
}: PassphraseFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [shown, setShown] = useState(false);
  const [suggested, setSuggested] = useState<string | null>(null);
  const [suggestFailed, setSuggestFailed] = useState(false);
  const creating = purpose === 'create';
  const strength = creating ? passphraseStrength(value) : 'empty';
  const ids = {
    hint: hint ? `${id}-hint` : undefined,
    strength: creating ? `${id}-strength` : undefined,
    error: error ? `${id}-error` : undefined,
  };
  const describedBy = [ids.hint, ids.strength, ids.error].filter(Boolean).join(' ') || undefined;

  const suggest = async () => {
    setSuggestFailed(false);
    try {
      const passphrase = await generatePassphrase();
      setSuggested(passphrase);
      // It has to be read to be passed on or written down.
      setShown(true);
      onChange(passphrase);
    } catch {
      setSuggestFailed(true);
    }
  };

  // Offered once, when the field first appears empty — and never over what the person has
  // started typing while the words were loading.
  const offered = useRef(false);
  const offerFirst = useEffectEvent((passphrase: string) => {
    if (value !== '') return;
    setSuggested(passphrase);
    setShown(true);
    onChange(passphrase);
  });
  const startEmpty = creating && suggestFirst && value === '';
  useEffect(() => {
    if (!startEmpty || offered.current) return;
    offered.current = true;
    generatePassphrase().then(
      (passphrase) => offerFirst(passphrase),
      () => undefined, // the button still offers one
    );
  }, [startEmpty]);

  return (
    <div className="field passphrase-field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={ids.hint} className="field__hint">
          {hint}
        </p>
      )}
      <div className="passphrase-field__row">
        <input
          ref={ref}
          id={id}
          type={shown ? 'text' : 'password'}
          autoComplete={purpose === 'open' ? 'current-password' : 'new-password'}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
        <button
          type="button"
          className="button button--quiet passphrase-field__toggle"
          aria-pressed={shown}
          aria-controls={id}
          onClick={() => setShown((now) => !now)}
        >
          {t('passphraseField.show')}
        </button>
      </div>
      {creating && (
        <p id={ids.strength} className="passphrase-field__strength" aria-live="polite">
          {strength === 'empty' ? '' : t(`passphraseField.strength.${strength}`)}
        </p>
      )}
      {creating && suggested !== null && value === suggested && (
        <p className="field__hint">{t('passphraseField.suggested')}</p>
      )}
      {creating && strength !== 'empty' && suggested !== value && (
        <p className="field__hint">{t('passphraseField.guessable')}</p>
      )}
      {error && (
        <p id={ids.error} className="field__error">
          {error}
        </p>
      )}
      {creating && (
        <p>
          <button type="button" className="button" onClick={() => void suggest()}>
            {suggested === null
              ? t('passphraseField.suggest')
              : t('passphraseField.suggestAnother')}
          </button>
        </p>
      )}
      {suggestFailed && (
        <p className="field__error" role="alert">
          {t('passphraseField.suggestFailed')}
        </p>
      )}
    </div>
  );
}
