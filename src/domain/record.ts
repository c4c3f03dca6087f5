/**
 * Building blocks shared by every record. The domain uses zod's tree-shakable "mini" build: the
 * same schemas and parsing, a fraction of the JavaScript on the first screen.
 */
import { z } from 'zod/mini';
import { lazySchema } from './lazySchema';

export const SHORT_TEXT_MAX = 500;
export const LONG_TEXT_MAX = 50_000;

/** Free text the person writes: generous, but bounded so one field cannot swamp the device. */
export const shortText = () => z._default(z.string().check(z.maxLength(SHORT_TEXT_MAX)), '');
export const longText = () => z._default(z.string().check(z.maxLength(LONG_TEXT_MAX)), '');

/** Every stored record has a stable id and knows when it was made and last changed. */
export const recordBase = lazySchema(() =>
  z.object({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
);

/** Records the person arranges themselves carry a position in their list. */
export const ordered = lazySchema(() => z.object({ order: z.number() }));

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(clock: () => Date = () => new Date()): string {
  return clock().toISOString();
}

/**
 * Validates just the fields a change carries. (zod's partial() would fill every missing field
 * with its default — and so blank out what the person wrote before.) Unknown keys are dropped.
 */
export function parsePatch<S extends z.ZodMiniObject>(
  schema: S,
  patch: Partial<z.infer<S>>,
): Partial<z.infer<S>> {
  const shape = schema.shape as Record<string, z.ZodMiniType>;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    const field = shape[key];
    if (field && value !== undefined) result[key] = field.parse(value);
  }
  return result as Partial<z.infer<S>>;
}
