import type { TFunction } from 'i18next';

/** Turns a validation result into kind words from the translation files (never zod's English). */
export function fieldErrorText(
  t: TFunction,
  error: { type?: unknown } | undefined,
  max?: number,
): string | undefined {
  if (!error) return undefined;
  if (error.type === 'too_big') return t('form.tooLong', { max });
  return t('form.invalid');
}
