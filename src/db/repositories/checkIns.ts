import { checkIn, checkInAreaFields, type CheckIn } from '../../domain/checkIns';
import { newId, nowIso } from '../../domain/record';
import { getDb } from '../connection';
import { runWrite } from '../writes';
import { createListRepository } from './orderedList';

export const checkInAreasRepository = createListRepository(
  (db) => db.checkInAreas,
  checkInAreaFields,
);

export const checkInsRepository = {
  /** All check-ins, oldest first. */
  async list(): Promise<CheckIn[]> {
    return getDb().checkIns.orderBy('at').toArray();
  },

  /** Saves one check-in: a score for each area the person rated, with optional notes. */
  async add(
    ratings: { areaId: string; score: number; note: string }[],
    at: string = nowIso(),
  ): Promise<CheckIn[]> {
    const now = nowIso();
    const entries = ratings.map((rating) =>
      checkIn.parse({ ...rating, id: newId(), at, createdAt: now, updatedAt: now }),
    );
    await runWrite(() => getDb().checkIns.bulkAdd(entries), { key: 'checkIns:add' });
    return entries;
  },

  async remove(id: string): Promise<CheckIn | undefined> {
    return runWrite(
      () =>
        getDb().transaction('rw', getDb().checkIns, async () => {
          const entry = await getDb().checkIns.get(id);
          await getDb().checkIns.delete(id);
          return entry;
        }),
      { key: `checkIns:${id}:remove` },
    );
  },

  async restore(entry: CheckIn): Promise<void> {
    await runWrite(() => getDb().checkIns.put(entry), { key: `checkIns:${entry.id}:restore` });
  },
};
