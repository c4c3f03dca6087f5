/**
 * FROZEN — the plan's records as database schema version 3 stored them, and as backup format
 * version 1 carries them. Never edit (see planV1.ts). Version 3 added the staying-well and
 * crisis plans, review dates, the record of shares and local snapshots; settings learned where
 * the person lives, their help lines, and when they last made a backup.
 */
import { z } from 'zod/mini';
import { lazySchema } from '../lazySchema';
import * as v1 from './planV1';
import * as v2 from './planV2';

const { shortText, longText, recordId, moment, optionalDay, listRecord } = v1;

export const SECTION_IDS = [
  'toolbox',
  'daily',
  'triggers',
  'earlySigns',
  'gettingWorse',
  'stepIn',
  'helps',
  'doesNotHelp',
  'involved',
  'notInvolved',
  'carePrefer',
  'careAvoid',
  'practical',
  'saferSurroundings',
  'reasonsForLiving',
] as const;

const ids = () =>
  z._default(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(100)), []);

export const planItem = lazySchema(() =>
  z.object({
    ...listRecord,
    text: longText(),
    detail: longText(),
    actions: z._default(z.array(shortText()).check(z.maxLength(50)), []),
    personIds: ids(),
    toolIds: ids(),
    section: z.enum(SECTION_IDS),
  }),
);

export const crisisTexts = lazySchema(() =>
  z.object({
    whenWell: longText(),
    crisisOver: longText(),
    afterwards: longText(),
    id: z.literal('crisis'),
    createdAt: moment(),
    updatedAt: moment(),
  }),
);

export const REVIEWABLE_PARTS = [
  'aboutMe',
  'strengths',
  'hopes',
  'stayingWell',
  'crisis',
  'people',
] as const;

export const reviewShape = {
  id: z.enum(REVIEWABLE_PARTS),
  lastReviewedAt: z._default(z.nullable(moment()), null),
  reviewDate: optionalDay(),
};
export const review = lazySchema(() => z.object(reviewShape));

export const VIEW_PARTS = [
  'crisis',
  'aboutMe',
  'strengths',
  'hopes',
  'goals',
  'stayingWell',
  'people',
] as const;

export const shareRecordShape = {
  id: recordId(),
  sharedAt: moment(),
  recipient: shortText(),
  parts: z.array(z.enum(VIEW_PARTS)),
  withPassphrase: z.boolean(),
  until: optionalDay(),
  via: z.enum(['link', 'qr', 'file']),
  linkLength: z._default(z.number(), 0),
};
export const shareRecord = lazySchema(() => z.object(shareRecordShape));

const ownHelpLine = lazySchema(() =>
  z.object({
    id: recordId(),
    name: shortText(),
    phone: z._default(z.string().check(z.maxLength(40)), ''),
    notes: shortText(),
  }),
);

export const settingsShape = {
  ...v2.settingsShape,
  lastBackupAt: z._default(z.nullable(moment()), null),
  nation: z._default(
    z.union([
      z.enum(['england', 'wales', 'scotland', 'northernIreland', 'elsewhere']),
      z.literal(''),
    ]),
    '',
  ),
  hiddenHelpLines: z._default(
    z.array(z.string().check(z.maxLength(100))).check(z.maxLength(100)),
    [],
  ),
  ownHelpLines: z._default(z.array(ownHelpLine).check(z.maxLength(50)), []),
};
export const settings = lazySchema(() => z.object(settingsShape));

export const tables = {
  ...v2.tables,
  settings,
  planItems: planItem,
  crisisTexts,
  reviews: review,
  shares: shareRecord,
};
