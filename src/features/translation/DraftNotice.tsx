import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getSettings, updateSettings } from '../../db/repositories/settings';
import { DEFAULT_LANGUAGE, isDraft } from '../../i18n/languages';
import { shownBySaveStatus } from '../../ui/failures';

const KEYS = ['title', 'body', 'report'] as const;

/**
 * Said once, the first time Waymark speaks a language no fluent speaker has checked yet: that the
 * words are a draft, what is shown in checked English, and how to say when something reads
 * wrongly. Said in that language and, one tap away, in English, since the notice is about
 * trusting the translation itself.
 */
export function DraftNotice() {
  const { t, i18n } = useTranslation();
  const settings = useLiveQuery(getSettings, [], null);
  const language = i18n.language;
  if (!settings || !isDraft(language) || settings.draftNoticeSeen.includes(language)) return null;

  const english = i18n.getFixedT(DEFAULT_LANGUAGE);
  const seen = (changes: { language?: string }) =>
    void updateSettings({
      ...changes,
      draftNoticeSeen: [...settings.draftNoticeSeen, language],
    }).catch(shownBySaveStatus);

  return (
    <section className="card draft-notice" aria-labelledby="draft-notice-title">
      <h2 id="draft-notice-title">{t('translation.title')}</h2>
      {KEYS.slice(1).map((key) => (
        <p key={key}>{t(`translation.${key}`)}</p>
      ))}
      {/* One tap away, so the notice stays short on a phone. */}
      <details lang={DEFAULT_LANGUAGE} dir="ltr" className="draft-notice__english">
        <summary>{english('translation.inEnglish')}</summary>
        {KEYS.map((key) => (
          <p key={key}>{english(`translation.${key}`)}</p>
        ))}
      </details>
      <div className="draft-notice__actions">
        <button type="button" className="button button--primary" onClick={() => seen({})}>
          {t('translation.dismiss')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            void i18n.changeLanguage(DEFAULT_LANGUAGE);
            seen({ language: DEFAULT_LANGUAGE });
          }}
        >
          {t('translation.useEnglish')}
        </button>
      </div>
    </section>
  );
}
