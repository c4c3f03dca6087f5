import { z } from 'zod/mini';
import { lazySchema } from './lazySchema';
import { NATIONS } from './helpLines';
import { shortText } from './record';

const ownHelpLine = lazySchema(() =>
  z.object({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    name: shortText(),
    phone: z._default(z.string().check(z.maxLength(40)), ''),
    notes: shortText(),
  }),
);
/** Text size: standard, then 125%, 150% and twice the size. */
export const TEXT_SIZES = ['standard', 'large', 'larger', 'largest'] as const;
/** 'device' follows the operating system's own setting until the person chooses. */
export const CONTRASTS = ['device', 'standard', 'more'] as const;
export const MOTIONS = ['device', 'reduce'] as const;

/** Preferences and small facts about this device's copy of the plan. One record. */
export const settings = lazySchema(() =>
  z.object({
    id: z.literal('settings'),
    welcomeDismissed: z._default(z.boolean(), false),
    language: z._default(z.string().check(z.maxLength(20)), ''),
    textSize: z._default(z.enum(TEXT_SIZES), 'standard'),
    /** More space between lines, paragraphs, letters and words (WCAG 1.4.12). */
    moreSpace: z._default(z.boolean(), false),
    contrast: z._default(z.enum(CONTRASTS), 'device'),
    motion: z._default(z.enum(MOTIONS), 'device'),
    /** Languages whose "this is a draft translation" notice the person has already seen. */
    draftNoticeSeen: z._default(
      z.array(z.string().check(z.maxLength(20))).check(z.maxLength(50)),
      [],
    ),
    /** When the app first asked the browser to keep this plan's storage. */
    persistRequestedAt: z._default(z.nullable(z.iso.datetime()), null),
    persistGranted: z._default(z.nullable(z.boolean()), null),
    /** When the person last made a backup file on this device. */
    lastBackupAt: z._default(z.nullable(z.iso.datetime()), null),
    /** Check-ins are off until the person turns them on. */
    checkInsEnabled: z._default(z.boolean(), false),
    /** Where the person lives, for the help lines shown in "Help now"; '' until chosen. */
    nation: z._default(z.union([z.enum(NATIONS), z.literal('')]), ''),
    /** Help lines the person chose not to see (emergency numbers are always shown). */
    hiddenHelpLines: z._default(
      z.array(z.string().check(z.maxLength(100))).check(z.maxLength(100)),
      [],
    ),
    /** Help lines the person added themselves. */
    ownHelpLines: z._default(z.array(ownHelpLine).check(z.maxLength(50)), []),
  }),
);

export type Settings = z.infer<typeof settings>;
export type OwnHelpLine = z.infer<typeof ownHelpLine>;
export type TextSize = (typeof TEXT_SIZES)[number];
export type Contrast = (typeof CONTRASTS)[number];
export type Motion = (typeof MOTIONS)[number];

export function defaultSettings(): Settings {
  return settings.parse({ id: 'settings' });
}
