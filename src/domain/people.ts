/**
 * People and places: supporters inside and outside services sit side by side. Goals pick from
 * them now; the crisis plan will later.
 */
import { z } from 'zod/mini';
import { longText, ordered, recordBase, shortText } from './record';

export const RELATIONSHIPS = [
  'family',
  'friend',
  'partner',
  'peerSupporter',
  'worker',
  'careCoordinator',
  'gp',
  'advocate',
  'namedPerson',
  'own',
] as const;

export const PHONE_MAX = 40;
export const EMAIL_MAX = 254;

export const personFields = z.object({
  name: shortText(),
  relationship: z._default(z.union([z.enum(RELATIONSHIPS), z.literal('')]), ''),
  ownRelationship: shortText(),
  phone: z._default(z.string().check(z.maxLength(PHONE_MAX)), ''),
  email: z._default(z.string().check(z.maxLength(EMAIL_MAX)), ''),
  wouldLikeThemTo: longText(),
  notes: longText(),
});

export const person = z.extend(z.extend(recordBase, ordered.shape), personFields.shape);
export type PersonFields = z.infer<typeof personFields>;
export type Person = z.infer<typeof person>;

export const resourceFields = z.object({
  name: shortText(),
  offers: longText(),
  howToReach: longText(),
  when: shortText(),
});

export const resource = z.extend(z.extend(recordBase, ordered.shape), resourceFields.shape);
export type ResourceFields = z.infer<typeof resourceFields>;
export type Resource = z.infer<typeof resource>;

/** A phone number as a `tel:` link: digits and a leading + only, or null if there are none. */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/[^\d]/g, '');
  if (digits.length < 3) return null;
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

/** An email address as a `mailto:` link, or null when it does not look like one. */
export function mailtoHref(email: string): string | null {
  const trimmed = email.trim();
  return /^[^\s@/?#:()<>,;]+@[^\s@/?#:()<>,;]+\.[^\s@/?#:()<>,;]+$/.test(trimmed)
    ? `mailto:${trimmed}`
    : null;
}
