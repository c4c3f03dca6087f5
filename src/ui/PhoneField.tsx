import './phoneField.css';
import { useEffect, useId, useRef, useState, type ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { dialPlan } from '../domain/contactLinks';
import { TextField } from './Field';

/** How long typing pauses before the note is read out, so a screen reader does not chatter. */
export const DIAL_NOTE_SETTLE_MS = 700;

type PhoneFieldProps = { label: string; error?: string; phone: string } & Omit<
  ComponentPropsWithRef<'input'>,
  'type'
>;

/** What call buttons will do with the number: dial it, or why they cannot, kindly. */
export function dialNote(t: TFunction, phone: string): string {
  const plan = dialPlan(phone);
  if (plan.ok) {
    return plan.extension
      ? t('dialling.willDialExtension', { number: plan.display, extension: plan.extension })
      : t('dialling.willDial', { number: plan.display });
  }
  return plan.reason === 'empty' ? '' : t(`dialling.${plan.reason}`);
}

/**
 * A phone number field that says, beneath it, the number call buttons will dial — or, kindly,
 * why they cannot. It never blocks: what is typed is kept as typed. The note describes the field
 * and is read out politely once typing pauses.
 */
export function PhoneField({ phone, error, ...field }: PhoneFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const note = dialNote(t, phone);
  const spoken = useSettled(note);
  const noteId = `${id}-dials`;
  return (
    <div className="phone-field">
      <TextField
        type="tel"
        autoComplete="off"
        error={error}
        // The field's own error comes first; without one, the note describes the field.
        {...(note && !error ? { 'aria-describedby': noteId } : {})}
        {...field}
      />
      {note && (
        <p id={noteId} className="field__hint" aria-hidden="true">
          {note}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {spoken}
      </p>
    </div>
  );
}

/** The note once it has stopped changing, and only after the person has changed it. */
function useSettled(note: string): string {
  const [spoken, setSpoken] = useState('');
  const shown = useRef(note);
  useEffect(() => {
    if (note === shown.current) return;
    shown.current = note;
    const timer = window.setTimeout(() => setSpoken(note), DIAL_NOTE_SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [note]);
  return spoken;
}
