import { describe, expect, it, vi } from 'vitest';
import { getDb, resetConnection } from '../../src/db/connection';
import {
  flushWrites,
  hasFailedWrites,
  hasPendingWrites,
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

  it('says saved only when nothing is still on its way', async () => {
    let finish!: () => void;
    const slow = runWrite(() => new Promise<void>((resolve) => (finish = resolve)));
    await runWrite(async () => undefined);
    expect(saveStatus.get().state).toBe('saving');
    finish();
    await slow;
    expect(saveStatus.get().state).toBe('saved');
  });

  it('keeps only the newest value waiting when a field is typed into quickly', async () => {
    const written: string[] = [];
    let finishFirst!: () => void;
    const first = runWrite(
      () => new Promise<void>((resolve) => (finishFirst = () => (written.push('a'), resolve()))),
      { key: 'aboutMe:story', latestWins: true },
    );
    const later = ['ab', 'abc', 'abcd'].map((value) =>
      runWrite(async () => void written.push(value), { key: 'aboutMe:story', latestWins: true }),
    );
    finishFirst();
    await Promise.all([first, ...later]);
    expect(written).toEqual(['a', 'abcd']);
    expect(saveStatus.get().state).toBe('saved');
  });

  it('never merges writes that add things', async () => {
    const written: number[] = [];
    await Promise.all(
      [1, 2, 3].map((n) => runWrite(async () => void written.push(n), { key: 'journal:add' })),
    );
    expect(written.sort()).toEqual([1, 2, 3]);
  });

  it('starts a value waiting behind a slow write at once when the page is hidden or closed', async () => {
    const started: string[] = [];
    let finishFirst!: () => void;
    const first = runWrite(
      () => new Promise<void>((resolve) => (started.push('a'), (finishFirst = resolve))),
      { key: 'aboutMe:story', latestWins: true },
    );
    const last = runWrite(async () => void started.push('ab'), {
      key: 'aboutMe:story',
      latestWins: true,
    });
    expect(started).toEqual(['a']); // waiting its turn, as long as the page stays
    flushWrites();
    expect(started).toEqual(['a', 'ab']); // started now: a closing page may not wait
    finishFirst();
    await Promise.all([first, last]);
    expect(hasPendingWrites()).toBe(false);
  });
});

describe('the write queue', () => {
  it('belongs to the database connection: a fresh database starts with no failures or hooks', async () => {
    getDb();
    const hook = vi.fn();
    onSuccessfulWrite(hook);
    await expect(
      runWrite(() => Promise.reject(quota()), { key: 'aboutMe:story' }),
    ).rejects.toThrow();
    expect(hasFailedWrites()).toBe(true);

    resetConnection();
    getDb();
    expect(hasFailedWrites()).toBe(false);
    expect(saveStatus.get()).toEqual({ state: 'idle' });
    await runWrite(async () => undefined);
    expect(hook).not.toHaveBeenCalled();
  });
});
