import { describe, expect, it, vi } from 'vitest';
import {
  hasFailedWrites,
  onSuccessfulWrite,
  retryFailedWrites,
  runWrite,
  saveStatus,
  whenWritesSettled,
} from '../../src/db/writes';

const quota = () =>
  Object.assign(new Error('abort'), {
    name: 'AbortError',
    inner: Object.assign(new Error('full'), { name: 'QuotaExceededError' }),
  });

describe('runWrite', () => {
  it('says saved after a write succeeds', async () => {
    await runWrite(async () => 'ok');
    expect(saveStatus.get().state).toBe('saved');
  });

  it('reports a full disk, and a retry of the same write clears it', async () => {
    let full = true;
    const write = vi.fn(async () => {
      if (full) throw quota();
    });
    await expect(runWrite(write, { key: 'aboutMe:story' })).rejects.toThrow();
    expect(saveStatus.get()).toEqual({ state: 'failed', reason: 'quota' });
    expect(hasFailedWrites()).toBe(true);

    full = false;
    await retryFailedWrites();
    expect(write).toHaveBeenCalledTimes(2);
    expect(hasFailedWrites()).toBe(false);
    expect(saveStatus.get().state).toBe('saved');
  });

  it('keeps showing a failure until every failed thing is saved', async () => {
    await expect(
      runWrite(() => Promise.reject(quota()), { key: 'strengths:1:title' }),
    ).rejects.toThrow();
    await runWrite(async () => undefined, { key: 'strengths:2:title' });
    expect(saveStatus.get()).toEqual({ state: 'failed', reason: 'quota' });
    await runWrite(async () => undefined, { key: 'strengths:1:title' });
    expect(saveStatus.get().state).toBe('saved');
  });

  it('tells listeners about saved plan content, not about preferences', async () => {
    const hook = vi.fn();
    onSuccessfulWrite(hook);
    await runWrite(async () => undefined, { isPlanContent: false });
    expect(hook).not.toHaveBeenCalled();
    await runWrite(async () => undefined);
    expect(hook).toHaveBeenCalledTimes(1);
  });

  it('lets an update wait for writes still in flight', async () => {
    let finish!: () => void;
    const slow = runWrite(() => new Promise<void>((resolve) => (finish = resolve)));
    let settled = false;
    const waiting = whenWritesSettled().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    finish();
    await slow;
    await waiting;
    expect(settled).toBe(true);
  });
});
