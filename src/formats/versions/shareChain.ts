/**
 * Share links' views, brought forward by the same sequenced migrations as the plan's records
 * (src/domain/migrations/sequence.ts): each released version keeps its frozen payload schema,
 * and step `shareView/N` brings a version N − 1 view to version N. Decoding a link: parse with
 * its version's frozen schema → each step, parsed with the next version's → parse with today's
 * planView (shareLink.ts).
 */
import type { z } from 'zod/mini';
import {
  createMigrationSequence,
  parseMigrationId,
  stepsBetween,
} from '../../domain/migrations/sequence';
import * as v1 from './shareV1';
import * as v2 from './shareV2';

export type ShareView = Readonly<Record<string, unknown>>;

/** Every released version's payload, frozen. */
export const FROZEN_SHARE_PAYLOADS: Readonly<Record<number, z.ZodMiniType>> = {
  1: v1.payload,
  2: v2.payload,
};

const FROZEN_SHARE_VIEWS: Readonly<Record<number, z.ZodMiniType>> = { 1: v1.view, 2: v2.view };

export const SHARE_VIEW_MIGRATIONS = createMigrationSequence<ShareView>('shareView', 1, [
  {
    id: 'shareView/2',
    description:
      'A view may hold the advance statement. A version 1 view never does, and still does not: nothing moves.',
    up: (view) => view,
  },
]);

/**
 * A view parsed with version `from`'s frozen schema, brought to version `to` step by step.
 * Throws the schema's error for a view its version does not accept.
 */
export function migrateShareView(
  view: ShareView,
  from: number,
  to: number = SHARE_VIEW_MIGRATIONS.latest,
): ShareView {
  let state = view;
  for (const step of stepsBetween(SHARE_VIEW_MIGRATIONS, from, to)) {
    state = step.up(state);
    const schema = FROZEN_SHARE_VIEWS[parseMigrationId(step.id).version];
    if (schema) state = schema.parse(state) as ShareView;
  }
  return state;
}
