import { z } from 'zod/mini';

/** A calendar day the person picks (target, review): "YYYY-MM-DD", or '' for none. */
export const optionalDay = () =>
  z._default(z.union([z.literal(''), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))]), '');

/** Today as "YYYY-MM-DD" in the person's own time zone. */
export function today(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The "YYYY-MM" month a moment falls in, in the person's own time zone. */
export function monthOf(iso: string): string {
  return today(new Date(iso)).slice(0, 7);
}

/** True when a chosen day has come (today or earlier). '' never comes. */
export function hasCome(day: string, now: Date = new Date()): boolean {
  return day !== '' && day <= today(now);
}
