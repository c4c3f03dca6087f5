import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Path } from 'react-hook-form';
import type { z } from 'zod/mini';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../domain/record';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { fieldErrorText } from '../../ui/fieldError';
import { PhoneField } from '../../ui/PhoneField';
import { useAutosaveForm } from '../../ui/useAutosaveForm';

/**
 * One field of a person's or place's form. Its label is `people.<words>.<name>` in the translation
 * files, and its hint, when it has one, `people.<words>.<name>Hint`.
 */
export type HelperField<V> = {
  name: keyof V & string;
  hint?: boolean;
  /** Shown only while another field holds this value, e.g. "own words" once "own" is chosen. */
  shownWhen?: { field: keyof V & string; is: string };
} & (
  | { kind: 'short' | 'long'; max?: never }
  | { kind: 'phone' | 'email'; max: number }
  /** Options are `people.<words>.<name>s.<value>`; '' is "not chosen" (`<name>None`). */
  | { kind: 'select'; values: readonly string[] }
);

export interface HelperEditorSpec<S extends z.ZodMiniObject> {
  /** Where the form's words live under `people.` in the translation files. */
  words: 'supporters' | 'places';
  schema: S;
  fields: readonly HelperField<z.infer<S>>[];
  save: (id: string, patch: Partial<z.infer<S>>) => Promise<unknown>;
  /** What follows the fields, given what they hold now (such as links to call). */
  after?: (values: z.infer<S>, name: string) => ReactNode;
}

const MAX = { short: SHORT_TEXT_MAX, long: LONG_TEXT_MAX } as const;

/**
 * A person's or a place's details, each saved as it is typed: one form for both, set up by the
 * list of fields it shows.
 */
export function HelperEditor<S extends z.ZodMiniObject>({
  spec,
  item,
  name,
}: {
  spec: HelperEditorSpec<S>;
  item: { id: string };
  name: string;
}) {
  const { t } = useTranslation();
  const { schema, save: saveTo } = spec;
  const save = useCallback(
    (patch: Partial<z.infer<S>>) => saveTo(item.id, patch),
    [saveTo, item.id],
  );
  const { register, watch, formState } = useAutosaveForm(schema, schema.parse(item), save);
  const values = watch() as z.infer<S>;
  const words = (key: string) => t(`people.${spec.words}.${key}`);

  return (
    <fieldset className="stack">
      <legend>{name}</legend>
      {spec.fields.map((field) => {
        const { shownWhen } = field;
        if (shownWhen && values[shownWhen.field] !== shownWhen.is) return null;
        const common = {
          label: words(field.name),
          hint: field.hint ? words(`${field.name}Hint`) : undefined,
          ...register(field.name as Path<z.infer<S>>),
        };
        if (field.kind === 'select') {
          const options = ['', ...field.values].map((value) => ({
            value,
            label: value ? words(`${field.name}s.${value}`) : words(`${field.name}None`),
          }));
          return <SelectField key={field.name} {...common} options={options} />;
        }
        const max = field.max ?? MAX[field.kind === 'long' ? 'long' : 'short'];
        const error = fieldErrorText(t, formState.errors[field.name], max);
        switch (field.kind) {
          case 'long':
            return <TextArea key={field.name} {...common} maxLength={max} error={error} />;
          case 'phone':
            return (
              <PhoneField
                key={field.name}
                {...common}
                phone={String(values[field.name] ?? '')}
                maxLength={max}
                error={error}
              />
            );
          case 'email':
            return (
              <TextField
                key={field.name}
                {...common}
                type="email"
                autoComplete="off"
                spellCheck={false}
                maxLength={max}
                error={error}
              />
            );
          default:
            return <TextField key={field.name} {...common} maxLength={max} error={error} />;
        }
      })}
      {spec.after?.(values, name)}
    </fieldset>
  );
}
