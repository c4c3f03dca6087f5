import { z } from 'zod/mini';
import { lazySchema } from './lazySchema';

/** Whole life, not symptoms: the areas a hope or goal can belong to. */
export const LIFE_AREAS = [
  'home',
  'money',
  'work',
  'learning',
  'relationships',
  'community',
  'leisure',
  'faith',
  'physicalHealth',
  'mentalWellbeing',
  'identity',
] as const;

export const lifeAreaId = lazySchema(() => z.enum(LIFE_AREAS));
export type LifeAreaId = z.infer<typeof lifeAreaId>;

/** A hope or goal sits in one of the standard areas, an area the person names, or none yet. */
export const OWN_AREA = 'own' as const;
export const lifeAreaChoice = lazySchema(() =>
  z.union([lifeAreaId, z.literal(OWN_AREA), z.literal('')]),
);
export type LifeAreaChoice = z.infer<typeof lifeAreaChoice>;
