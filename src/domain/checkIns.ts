/**
 * Optional check-ins: the person picks the parts of life that matter to them and, when they like,
 * says how things are (1–10) with a note. A score is never a verdict.
 */
import { z } from 'zod/mini';
import { lazySchema } from './lazySchema';
import { lifeAreaChoice } from './lifeAreas';
import { longText, ordered, recordBase, shortText } from './record';

export const SCORE_MIN = 1;
export const SCORE_MAX = 10;

export const checkInAreaFields = lazySchema(() =>
  z.object({
    area: z._default(lifeAreaChoice, ''),
    ownArea: shortText(),
  }),
);

export const checkInArea = lazySchema(() =>
  z.extend(z.extend(recordBase, ordered.shape), checkInAreaFields.shape),
);
export type CheckInAreaFields = z.infer<typeof checkInAreaFields>;
export type CheckInArea = z.infer<typeof checkInArea>;

export const checkIn = lazySchema(() =>
  z.extend(recordBase, {
    areaId: z.string().check(z.minLength(1), z.maxLength(100)),
    at: z.iso.datetime(),
    score: z.number().check(z.int(), z.gte(SCORE_MIN), z.lte(SCORE_MAX)),
    note: longText(),
  }),
);
export type CheckIn = z.infer<typeof checkIn>;
