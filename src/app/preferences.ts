/**
 * Keeps the page in step with the person's saved reading and display preferences and language,
 * including changes made in another tab.
 */
import { liveQuery } from 'dexie';
import { getSettings } from '../db/repositories/settings';
import { i18next } from '../i18n';
import { bestLanguage } from '../i18n/languages';
import { applyDisplay } from '../ui/display';

export function followPreferences(): void {
  liveQuery(getSettings).subscribe({
    next(settings) {
      applyDisplay(settings);
      if (settings.language) {
        const language = bestLanguage([settings.language]);
        if (language !== i18next.language) void i18next.changeLanguage(language);
      }
    },
    error: (error: unknown) => console.error(error),
  });
}
