/**
 * FROZEN — the plan's records as database schema version 4 stored them, and as backup format
 * version 2 carries them. Never edit (see planV1.ts). Version 4 added the advance statement,
 * kept as numbered versions; it became a part that can be reviewed and shared.
 */
import { z } from 'zod/mini';
import { lazySchema } from '../lazySchema';
import * as v1 from './planV1';
import * as v3 from './planV3';

const { shortText, longText, recordId, moment, optionalDay } = v1;

const day = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

const wishes = () =>
  z._default(
    z
      .array(z.object({ id: recordId(), what: longText(), why: longText() }))
      .check(z.maxLength(100)),
    [],
  );

export const statementFields = lazySchema(() =>
  z.object({
    jurisdiction: z._default(
      z.union([
        z.enum(['scotland', 'englandWales', 'northernIreland', 'elsewhere']),
        z.literal(''),
      ]),
      '',
    ),
    fullName: shortText(),
    dateOfBirth: optionalDay(),
    address: longText(),
    wanted: wishes(),
    notWanted: wishes(),
    contact: longText(),
    doNotContact: longText(),
    representatives: longText(),
    practical: longText(),
    faithAndDiet: longText(),
    communication: longText(),
    otherWishes: longText(),
    copyHolderIds: z._default(
      z.array(z.string().check(z.maxLength(100))).check(z.maxLength(200)),
      [],
    ),
    otherCopyHolders: longText(),
  }),
);

export const signingFields = lazySchema(() =>
  z.object({
    signedOn: day(),
    witnessName: shortText(),
    witnessAddress: longText(),
    witnessRole: shortText(),
    witnessCertified: z._default(z.boolean(), false),
    originalHeldAt: shortText(),
    healthBoardCopy: z._default(z.boolean(), false),
  }),
);

export const advanceStatementVersion = lazySchema(() =>
  z.object({
    id: recordId(),
    createdAt: moment(),
    updatedAt: moment(),
    number: z.number().check(z.int(), z.minimum(1)),
    content: statementFields,
    copyHolderNames: z._default(z.array(shortText()).check(z.maxLength(200)), []),
    signing: z._default(z.nullable(signingFields), null),
    withdrawnOn: optionalDay(),
    withdrawalNote: longText(),
  }),
);

export const review = lazySchema(() =>
  z.object({
    ...v3.reviewShape,
    id: z.enum([...v3.REVIEWABLE_PARTS, 'advanceStatement']),
  }),
);

export const shareRecord = lazySchema(() =>
  z.object({
    ...v3.shareRecordShape,
    parts: z.array(z.enum([...v3.VIEW_PARTS, 'advanceStatement'])),
  }),
);

export const tables = {
  ...v3.tables,
  reviews: review,
  shares: shareRecord,
  advanceStatements: advanceStatementVersion,
};
