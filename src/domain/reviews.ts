/** Each part of the plan shows when it was last looked over, and can carry a review day. */
import { z } from 'zod/mini';
import { lazySchema } from './lazySchema';
import { optionalDay } from './dates';

export const REVIEWABLE_PARTS = [
  'aboutMe',
  'strengths',
  'hopes',
  'stayingWell',
  'crisis',
  'advanceStatement',
  'people',
] as const;
export type ReviewablePart = (typeof REVIEWABLE_PARTS)[number];

export const review = lazySchema(() =>
  z.object({
    id: z.enum(REVIEWABLE_PARTS),
    lastReviewedAt: z._default(z.nullable(z.iso.datetime()), null),
    reviewDate: optionalDay(),
  }),
);
export type Review = z.infer<typeof review>;
