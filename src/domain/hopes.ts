import { z } from 'zod/mini';
import { lazySchema } from './lazySchema';
import { lifeAreaChoice } from './lifeAreas';
import { longText, ordered, recordBase, shortText } from './record';

export const hopeFields = lazySchema(() =>
  z.object({
    title: shortText(),
    area: z._default(lifeAreaChoice, ''),
    /** The area's name in the person's words, used when `area` is `own`. */
    ownArea: shortText(),
    notes: longText(),
  }),
);

export const hope = lazySchema(() =>
  z.extend(z.extend(recordBase, ordered.shape), hopeFields.shape),
);

export type HopeFields = z.infer<typeof hopeFields>;
export type Hope = z.infer<typeof hope>;
