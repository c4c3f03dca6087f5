import enAdvance from './locales/en-GB/advance.json';
import enBackup from './locales/en-GB/backup.json';
import enCheckIns from './locales/en-GB/checkIns.json';
import enCore from './locales/en-GB/core.json';
import enCrisis from './locales/en-GB/crisis.json';
import enGoals from './locales/en-GB/goals.json';
import enPeople from './locales/en-GB/people.json';
import enPrint from './locales/en-GB/print.json';
import enShare from './locales/en-GB/share.json';
import enStayingWell from './locales/en-GB/stayingWell.json';
import enViewer from './locales/en-GB/viewer.json';

/**
 * Every word of every language at once, for checks of the translations themselves. The app never
 * imports this: it loads the words in parts (src/i18n/bundles.ts).
 */
export const resources = {
  'en-GB': {
    translation: {
      ...enCore,
      ...enGoals,
      ...enPeople,
      ...enCheckIns,
      ...enStayingWell,
      ...enCrisis,
      ...enAdvance,
      ...enBackup,
      ...enShare,
      ...enViewer,
      ...enPrint,
    },
  },
} as const;
