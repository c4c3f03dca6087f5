import { useTranslation } from 'react-i18next';
import { updateSettings } from '../../db/repositories/settings';
import { isDraft, LANGUAGES } from '../../i18n/languages';
import { shownBySaveStatus } from '../../ui/failures';
import { SelectField } from '../../ui/Field';

/**
 * The language Waymark speaks, saved with the plan's settings. A language a fluent speaker has
 * not yet checked says so beside its name. Each is offered in its own name.
 */
export function LanguageChoice() {
  const { t, i18n } = useTranslation();
  return (
    <SelectField
      label={t('settings.language')}
      hint={t('settings.languageHint')}
      value={i18n.language}
      options={LANGUAGES.map(({ code, nativeName }) => ({
        value: code,
        label: isDraft(code) ? t('settings.languageDraft', { language: nativeName }) : nativeName,
      }))}
      onChange={(event) => {
        const language = event.target.value;
        void i18n.changeLanguage(language);
        void updateSettings({ language }).catch(shownBySaveStatus);
      }}
    />
  );
}
