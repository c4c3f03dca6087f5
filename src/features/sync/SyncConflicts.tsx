import { useMemo } from 'react';
import { I18nContext, useTranslation } from 'react-i18next';
import type { OpenConflict } from '../../lib/writeGuard';
import { ConflictChoice } from '../../ui/ConflictChoice';
import type { SyncedRecord } from '../../db/syncCapture';
import { canKeepBoth, type SyncConflict } from '../../sync/status';
import { choose } from './syncActions';

/** Namespace whose `save.conflict…` words speak of two devices rather than two tabs. */
const NS = 'syncConflict';
const NOT_WORDS = new Set(['id', 'createdAt', 'updatedAt', 'order', 'section', 'status', 'kind']);

/** A record's own words, one line each, for the person to compare. */
function wordsOf(record: SyncedRecord | null, removed: string): string {
  if (!record) return removed;
  return Object.entries(record)
    .filter(([field]) => !NOT_WORDS.has(field) && !field.endsWith('Id'))
    .flatMap(([, value]) => (typeof value === 'string' && value.trim() ? [value] : []))
    .join('\n');
}

/** What the record is called: its first line of words, after the part of the plan it is in. */
function labelOf(conflict: SyncConflict, part: string): string {
  const first = wordsOf(conflict.shown.record ?? conflict.others[0]?.record ?? null, '')
    .split('\n')[0]
    ?.trim();
  return first ? `${part}: ${first}` : part;
}

/**
 * Each record changed on two devices, both versions side by side in the app's one conflict
 * choice (ui/ConflictChoice.tsx), with words about devices instead of tabs.
 */
export function SyncConflicts({ conflicts }: { conflicts: readonly SyncConflict[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const devicesI18n = useMemo(() => {
    i18n.addResourceBundle(
      language,
      NS,
      {
        save: {
          conflictHeading: t('sync.conflict.heading'),
          conflictIntro: t('sync.conflict.intro'),
          conflictMine: t('sync.conflict.shown'),
          conflictTheirs: t('sync.conflict.other'),
          conflictKeepMine: t('sync.conflict.keepShown'),
          conflictUseTheirs: t('sync.conflict.useOther'),
          conflictKeepBoth: t('sync.conflict.keepBoth'),
        },
      },
      true,
      true,
    );
    return i18n.cloneInstance({ defaultNS: NS, fallbackNS: 'translation' });
  }, [i18n, language, t]);

  if (conflicts.length === 0) return null;
  return (
    <div className="stack">
      <h3>{t('sync.conflictsHeading')}</h3>
      <p>{t('sync.conflictsIntro')}</p>
      <I18nContext.Provider value={{ i18n: devicesI18n }}>
        {conflicts.map((conflict, index) => {
          const removed = t('sync.conflict.removed');
          const open: OpenConflict = {
            id: index,
            label: labelOf(conflict, t(`sync.parts.${conflict.table}`)),
            mine: wordsOf(conflict.shown.record, removed),
            theirs: wordsOf(conflict.others[0]?.record ?? null, removed),
            keepMine: () => void choose(conflict.docId, 'shown'),
            useTheirs: () => void choose(conflict.docId, 'other'),
            ...(canKeepBoth(conflict.table) && conflict.shown.record && conflict.others[0]?.record
              ? { keepBoth: () => void choose(conflict.docId, 'both') }
              : {}),
          };
          return <ConflictChoice key={conflict.docId} conflict={open} />;
        })}
      </I18nContext.Provider>
    </div>
  );
}
