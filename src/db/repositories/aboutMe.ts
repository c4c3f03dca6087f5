import { ABOUT_ME_ID, aboutMeFields, type AboutMe, type AboutMeFields } from '../../domain/aboutMe';
import { z } from 'zod/mini';
import { nowIso } from '../../domain/record';
import { getDb } from '../connection';
import { runWrite } from '../writes';

export function getAboutMe(): Promise<AboutMe | undefined> {
  return getDb().aboutMe.get(ABOUT_ME_ID);
}

/** Saves the fields given and keeps the rest. */
export function saveAboutMe(patch: Partial<AboutMeFields>): Promise<void> {
  const fields = z.partial(aboutMeFields).parse(patch);
  const db = getDb();
  return runWrite(
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
    { key: `aboutMe:${Object.keys(fields).join(',')}` },
  );
}
