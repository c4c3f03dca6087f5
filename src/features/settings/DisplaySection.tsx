import { useTranslation } from 'react-i18next';
import { CONTRASTS, MOTIONS, TEXT_SIZES, type Settings } from '../../domain/settings';
import { updateSettings } from '../../db/repositories/settings';
import { CheckboxField } from '../../ui/CheckboxField';
import { shownBySaveStatus } from '../../ui/failures';
import { SelectField } from '../../ui/Field';
import { LanguageChoice } from '../translation';

const save = (changes: Partial<Settings>) => void updateSettings(changes).catch(shownBySaveStatus);

/**
 * Reading and display: text size up to twice as large, more space between lines and words, more
 * contrast, less movement, and the language. The device's own settings are followed until the
 * person chooses otherwise here.
 */
export function DisplaySection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  /** A choice among a setting's values, each named by its own words. */
  const choice = <K extends 'textSize' | 'contrast' | 'motion'>(
    key: K,
    values: readonly Settings[K][],
    words: string,
  ) => (
    <SelectField
      label={t(`settings.${key}`)}
      value={settings[key]}
      options={values.map((value) => ({ value, label: t(`settings.${words}.${value}`) }))}
      onChange={(event) => save({ [key]: event.target.value as Settings[K] })}
    />
  );

  return (
    <section aria-labelledby="settings-display" className="card stack">
      <h2 id="settings-display">{t('settings.displayHeading')}</h2>
      {choice('textSize', TEXT_SIZES, 'textSizes')}
      <CheckboxField
        label={t('settings.moreSpace')}
        checked={settings.moreSpace}
        onChange={(event) => save({ moreSpace: event.target.checked })}
      />
      {choice('contrast', CONTRASTS, 'contrasts')}
      {choice('motion', MOTIONS, 'motions')}
      <LanguageChoice />
    </section>
  );
}
