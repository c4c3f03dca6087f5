import { useId, type ComponentPropsWithRef } from 'react';

/** One checkbox with its label and, when something is missing, a kind error wired to it. */
export function CheckboxField({
  label,
  error,
  ...input
}: { label: string; error?: string } & Omit<ComponentPropsWithRef<'input'>, 'type'>) {
  const errorId = `${useId()}-error`;
  return (
    <div className="field">
      <label className="choice choice--wraps">
        <input
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          {...input}
        />
        <span>{label}</span>
      </label>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
