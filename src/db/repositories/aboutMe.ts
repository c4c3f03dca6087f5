import { ABOUT_ME_ID, aboutMeFields, type AboutMe, type AboutMeFields } from '../../domain/aboutMe';

import { nowIso, parsePatch } from '../../domain/record';
import { getDb } from '../connection';
import { runWrite } from '../writes';

export function getAboutMe(): Promise<AboutMe | undefined> {
  return getDb().aboutMe.get(ABOUT_ME_ID);
}

/** Saves the fields given and keeps the rest. */
export async function saveAboutMe(patch: Partial<AboutMeFields>): Promise<void> {
  const fields = parsePatch(aboutMeFields, patch);
  const db = getDb();
  await runWrite(
    () =>
      db.transaction('rw', db.aboutMe, async () => {
        const now = nowIso();
        const existing = await db.aboutMe.get(ABOUT_ME_ID);
        await db.aboutMe.put({
          ...aboutMeFields.parse(existing ?? {}),
          ...fields,
          id: ABOUT_ME_ID,
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        });
      }),
    { key: `aboutMe:${Object.keys(fields).join(',')}`, latestWins: true },
  );
}
