import { defaultSettings, settings, type Settings } from '../../domain/settings';
import { getDb } from '../connection';
import { runWrite } from '../writes';

export async function getSettings(): Promise<Settings> {
  const stored = await getDb().settings.get('settings');
  return stored ? settings.parse(stored) : defaultSettings();
}

export function updateSettings(patch: Partial<Omit<Settings, 'id'>>): Promise<void> {
  const db = getDb();
  return runWrite(
    () =>
      db.transaction('rw', db.settings, async () => {
        const current = await getSettings();
        await db.settings.put(settings.parse({ ...current, ...patch, id: 'settings' }));
      }),
    { key: `settings:${Object.keys(patch).join(',')}`, isPlanContent: false },
  );
}
