import { shareRecord, type ShareRecord } from '../../domain/shares';
import { newId, nowIso } from '../../domain/record';
import { getDb } from '../connection';
import { runWrite } from '../writes';

/** What was shared, newest first. */
export async function listShares(): Promise<ShareRecord[]> {
  return getDb().shares.orderBy('sharedAt').reverse().toArray();
}

export async function recordShare(
  share: Omit<ShareRecord, 'id' | 'sharedAt'>,
): Promise<ShareRecord> {
  const record = shareRecord.parse({ ...share, id: newId(), sharedAt: nowIso() });
  await runWrite(() => getDb().shares.add(record), { key: 'shares:add', isPlanContent: false });
  return record;
}

export async function removeShare(id: string): Promise<ShareRecord | undefined> {
  return runWrite(
    () =>
      getDb().transaction('rw', getDb().shares, async () => {
        const record = await getDb().shares.get(id);
        await getDb().shares.delete(id);
        return record;
      }),
    { key: `shares:${id}:remove`, isPlanContent: false },
  );
}

export async function restoreShare(record: ShareRecord): Promise<void> {
  await runWrite(() => getDb().shares.put(record), {
    key: `shares:${record.id}:restore`,
    isPlanContent: false,
  });
}
