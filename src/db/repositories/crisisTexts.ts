import {
  CRISIS_TEXTS_ID,
  crisisTextsFields,
  type CrisisTexts,
  type CrisisTextsFields,
} from '../../domain/planSections';
import { nowIso, parsePatch } from '../../domain/record';
import { getDb } from '../connection';
import { runWrite } from '../writes';

export async function getCrisisTexts(): Promise<CrisisTextsFields> {
  return crisisTextsFields.parse((await getDb().crisisTexts.get(CRISIS_TEXTS_ID)) ?? {});
}

export async function saveCrisisTexts(patch: Partial<CrisisTextsFields>): Promise<void> {
  const fields = parsePatch(crisisTextsFields, patch);
  const db = getDb();
  await runWrite(
    () =>
      db.transaction('rw', db.crisisTexts, async () => {
        const now = nowIso();
        const existing = await db.crisisTexts.get(CRISIS_TEXTS_ID);
        const record: CrisisTexts = {
          ...crisisTextsFields.parse(existing ?? {}),
          ...fields,
          id: CRISIS_TEXTS_ID,
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        };
        await db.crisisTexts.put(record);
      }),
    { key: `crisisTexts:${Object.keys(fields).join(',')}`, latestWins: true },
  );
}
