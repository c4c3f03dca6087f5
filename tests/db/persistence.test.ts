import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { getStorageStatus, requestPersistenceOnce } from '../../src/db/persistence';
import { getSettings } from '../../src/db/repositories/settings';

function stubStorage(storage: Partial<StorageManager> | undefined) {
  vi.stubGlobal('navigator', { ...navigator, storage });
}

beforeEach(async () => {
  await openDatabase();
});

describe('persistent storage', () => {
  it('asks the browser once and remembers its answer', async () => {
    const persist = vi.fn().mockResolvedValue(true);
    stubStorage({ persist });
    await requestPersistenceOnce();
    await requestPersistenceOnce();
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await getSettings()).toMatchObject({ persistGranted: true });
    expect((await getSettings()).persistRequestedAt).not.toBeNull();
  });

  it('remembers a refusal', async () => {
    stubStorage({ persist: vi.fn().mockResolvedValue(false) });
    await requestPersistenceOnce();
    expect(await getSettings()).toMatchObject({ persistGranted: false });
  });

  it('copes with a browser that cannot keep storage persistent', async () => {
    stubStorage(undefined);
    await requestPersistenceOnce();
    expect(await getSettings()).toMatchObject({ persistGranted: null });
    expect(await getStorageStatus()).toEqual({
      persisted: null,
      usageBytes: null,
      quotaBytes: null,
    });
  });

  it('reports whether storage is persistent and how much is used', async () => {
    stubStorage({
      persisted: vi.fn().mockResolvedValue(true),
      estimate: vi.fn().mockResolvedValue({ usage: 12_345, quota: 1_000_000 }),
    });
    expect(await getStorageStatus()).toEqual({
      persisted: true,
      usageBytes: 12_345,
      quotaBytes: 1_000_000,
    });
  });
});
