/**
 * FROZEN — the plan's records as database schema version 6 stored them, and as backup format
 * version 3 carries them. Never edit (see planV1.ts). Version 6 gave settings the reading and
 * display preferences, and the languages whose draft notice the person has seen.
 */
import { z } from 'zod/mini';
import { lazySchema } from '../lazySchema';
import * as v3 from './planV3';
import * as v5 from './planV5';

export const settingsShape = {
  ...v3.settingsShape,
  textSize: z._default(z.enum(['standard', 'large', 'larger', 'largest']), 'standard'),
  moreSpace: z._default(z.boolean(), false),
  contrast: z._default(z.enum(['device', 'standard', 'more']), 'device'),
  motion: z._default(z.enum(['device', 'reduce']), 'device'),
  draftNoticeSeen: z._default(
    z.array(z.string().check(z.maxLength(20))).check(z.maxLength(50)),
    [],
  ),
};
export const settings = lazySchema(() => z.object(settingsShape));

export const tables = { ...v5.tables, settings };
