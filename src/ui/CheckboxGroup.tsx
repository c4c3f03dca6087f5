import { useId } from 'react';

export interface Choice {
  value: string;
  label: string;
}

interface CheckboxGroupProps {
  legend: string;
  hint?: string;
  /** Shown instead of checkboxes when there is nothing to choose from yet. */
  emptyText: string;
  choices: readonly Choice[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/** Pick any number of things from a list: a labelled fieldset of checkboxes. */
export function CheckboxGroup({
  legend,
  hint,
  emptyText,
  choices,
  selected,
  onChange,
}: CheckboxGroupProps) {
  const id = useId();
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  return (
    <fieldset className="choice-group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {choices.length === 0 ? (
        <p className="empty-note">{emptyText}</p>
      ) : (
        <ul className="choice-group__list">
          {choices.map((choice) => (
            <li key={choice.value}>
              <label className="choice">
                <input
                  type="checkbox"
                  checked={selected.includes(choice.value)}
                  onChange={(event) => toggle(choice.value, event.target.checked)}
                />
                <span>{choice.label}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
