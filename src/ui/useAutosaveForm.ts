/**
 * A react-hook-form form that saves each field as the person types: no Save button to forget.
 * Inputs stay uncontrolled after the first render so a save never moves the caret, and each
 * change writes only the field that changed (no work proportional to the size of the plan).
 */
import { useEffect } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod/mini';

export function useAutosaveForm<
  S extends z.ZodMiniObject,
  V extends FieldValues = z.infer<S> & FieldValues,
>(schema: S, defaultValues: V, save: (patch: Partial<V>) => Promise<unknown>) {
  const form = useForm<V>({
    // The resolver's types follow zod's input type; our fields have defaults so input ≈ output.
    resolver: zodResolver(schema as never),
    defaultValues: defaultValues as DefaultValues<V>,
    mode: 'onChange',
  });

  const { subscribe } = form;
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values, name, type }) => {
          if (!name || type !== 'change') return;
          const fieldSchema = schema.shape[name] as z.ZodMiniType | undefined;
          const value = values[name as Path<V>];
          if (!fieldSchema?.safeParse(value).success) return; // the field shows why
          // A failure is shown by the app-wide save status, which offers to try again.
          save({ [name]: value } as unknown as Partial<V>).catch(() => undefined);
        },
      }),
    [subscribe, schema, save],
  );

  return form;
}
