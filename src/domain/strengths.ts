import { z } from 'zod/mini';
import { lazySchema } from './lazySchema';
import { longText, ordered, recordBase, shortText } from './record';

export const STRENGTH_KINDS = [
  'quality',
  'skill',
  'interest',
  'person',
  'place',
  'resource',
  'own',
] as const;

export const strengthKind = lazySchema(() => z.enum(STRENGTH_KINDS));
export type StrengthKind = z.infer<typeof strengthKind>;

export const strengthFields = lazySchema(() =>
  z.object({
    title: shortText(),
    kind: z._default(z.union([strengthKind, z.literal('')]), ''),
    /** The person's own word for the kind, used when `kind` is `own`. */
    ownKind: shortText(),
    howItHelps: longText(),
  }),
);

export const strength = lazySchema(() =>
  z.extend(z.extend(recordBase, ordered.shape), strengthFields.shape),
);

export type StrengthFields = z.infer<typeof strengthFields>;
export type Strength = z.infer<typeof strength>;
