import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { checkInAreasRepository, checkInsRepository } from '../../src/db/repositories/checkIns';

beforeEach(async () => {
  await openDatabase();
});

describe('check-ins', () => {
  it('keeps a score per area with notes, oldest first', async () => {
    const area = await checkInAreasRepository.add({ area: 'own', ownArea: 'Sleep' });
    await checkInsRepository.add(
      [{ areaId: area.id, score: 4, note: '' }],
      '2026-03-02T09:00:00.000Z',
    );
    await checkInsRepository.add(
      [{ areaId: area.id, score: 7, note: 'Better nights' }],
      '2026-03-01T09:00:00.000Z',
    );
    expect((await checkInsRepository.list()).map((c) => c.score)).toEqual([7, 4]);
  });

  it('refuses a score outside 1 to 10 and saves nothing', async () => {
    const area = await checkInAreasRepository.add({ area: 'home' });
    await expect(
      checkInsRepository.add([{ areaId: area.id, score: 11, note: '' }]),
    ).rejects.toThrow();
    await expect(
      checkInsRepository.add([{ areaId: area.id, score: 2.5, note: '' }]),
    ).rejects.toThrow();
    expect(await checkInsRepository.list()).toEqual([]);
  });
});
