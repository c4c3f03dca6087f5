/**
 * People and places: supporters inside and outside services sit side by side. Goals pick from
 * them now; the crisis plan will later.
 */
import { z } from 'zod/mini';
import { lazySchema } from './lazySchema';
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

export const personFields = lazySchema(() =>
  z.object({
    name: shortText(),
    relationship: z._default(z.union([z.enum(RELATIONSHIPS), z.literal('')]), ''),
    ownRelationship: shortText(),
    phone: z._default(z.string().check(z.maxLength(PHONE_MAX)), ''),
    email: z._default(z.string().check(z.maxLength(EMAIL_MAX)), ''),
    wouldLikeThemTo: longText(),
    notes: longText(),
  }),
);

export const person = lazySchema(() =>
  z.extend(z.extend(recordBase, ordered.shape), personFields.shape),
);
export type PersonFields = z.infer<typeof personFields>;
export type Person = z.infer<typeof person>;

export const resourceFields = lazySchema(() =>
  z.object({
    name: shortText(),
    offers: longText(),
    howToReach: longText(),
    when: shortText(),
  }),
);

export const resource = lazySchema(() =>
  z.extend(z.extend(recordBase, ordered.shape), resourceFields.shape),
);
export type ResourceFields = z.infer<typeof resourceFields>;
export type Resource = z.infer<typeof resource>;

export { mailtoHref, telHref } from './contactLinks';
