/** A record, kept only on this device, of what the person shared, when, and with whom. */
import { z } from 'zod/mini';
import { lazySchema } from './lazySchema';
import { optionalDay } from './dates';
import { shortText } from './record';
import { VIEW_PARTS } from './planView';

export const shareRecord = lazySchema(() =>
  z.object({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    sharedAt: z.iso.datetime(),
    /** Who it is for, in the person's words, e.g. "Sam — care coordinator". Never in the link. */
    recipient: shortText(),
    parts: z.array(z.enum(VIEW_PARTS)),
    withPassphrase: z.boolean(),
    /** "Please don't show after": honoured by Waymark's viewer, not enforceable on a copy. */
    until: optionalDay(),
    /** How it was sent: a link, a QR code or a file. */
    via: z.enum(['link', 'qr', 'file']),
    linkLength: z._default(z.number(), 0),
  }),
);
export type ShareRecord = z.infer<typeof shareRecord>;
