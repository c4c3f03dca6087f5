import { z } from 'zod/mini';
import { lazySchema } from './lazySchema';
import { planData } from './plan';

/** A copy of the whole plan kept on this device, so a restore (or a clear) can be undone. */
export const SNAPSHOT_REASONS = ['beforeRestore', 'beforeDelete'] as const;

export const snapshot = lazySchema(() =>
  z.object({
    id: z.string().check(z.minLength(1)),
    takenAt: z.iso.datetime(),
    reason: z.enum(SNAPSHOT_REASONS),
    plan: planData,
  }),
);
export type Snapshot = z.infer<typeof snapshot>;

/** How many snapshots to keep: enough to step back, not so many they fill the device. */
export const SNAPSHOTS_KEPT = 3;
