/**
 * FROZEN — share link format version 2: version 1's view (shareV1.ts), which may now also hold
 * the advance statement (the one that stands, or else the draft; null when there is none).
 * Never edit (see shareV1.ts).
 */
import { z } from 'zod/mini';
import * as v1 from './shareV1';

const { shortText, longText, names, optionalDay } = v1;

const wishes = () =>
  z._default(
    z
      .array(
        z.object({
          id: z.string().check(z.minLength(1), z.maxLength(100)),
          what: longText(),
          why: longText(),
        }),
      )
      .check(z.maxLength(100)),
    [],
  );

const statement = z.object({
  number: z.number().check(z.int(), z.minimum(1)),
  status: z.enum(['draft', 'signed', 'withdrawn']),
  content: z.object({
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
    otherCopyHolders: longText(),
  }),
  copyHolders: names(),
  signing: z._default(
    z.nullable(
      z.object({
        signedOn: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
        witnessName: shortText(),
        witnessAddress: longText(),
        witnessRole: shortText(),
        witnessCertified: z._default(z.boolean(), false),
        originalHeldAt: shortText(),
        healthBoardCopy: z._default(z.boolean(), false),
      }),
    ),
    null,
  ),
  withdrawnOn: optionalDay(),
});

export const view = z.object({
  ...v1.viewShape,
  advanceStatement: z.optional(z.nullable(statement)),
});

export const payload = z.object({
  format: z.literal('waymark-share'),
  version: z.literal(2),
  sharedAt: z.iso.datetime(),
  sharedBy: shortText(),
  until: optionalDay(),
  view,
});
