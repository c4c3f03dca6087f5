import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { TEXT_SIZES, type TextSize } from '../../domain/settings';
import { getSettings, updateSettings } from '../../db/repositories/settings';
import { LANGUAGES } from '../../i18n/languages';
import { shownBySaveStatus } from '../../ui/failures';
import { SelectField } from '../../ui/Field';
import { Link } from '../../ui/Link';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { LockSection } from '../lock/LockSection';
import { HelpLinesSection } from './HelpLinesSection';
import { StorageStatusSection } from './StorageStatusSection';
import { UpdatesSection } from './UpdatesSection';

export function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const settings = useLiveQuery(getSettings, [], null);

  return (
    <>
      <ScreenHeading>{t('settings.title')}</ScreenHeading>
      <StorageStatusSection settings={settings} />
      {settings && <HelpLinesSection settings={settings} />}
      <section aria-labelledby="settings-display" className="card stack">
        <h2 id="settings-display">{t('settings.displayHeading')}</h2>
        {settings && (
          <>
            <SelectField
              label={t('settings.textSize')}
              value={settings.textSize}
              options={TEXT_SIZES.map((size) => ({
                value: size,
                label: t(`settings.textSizes.${size}`),
              }))}
              onChange={(event) =>
                void updateSettings({ textSize: event.target.value as TextSize }).catch(
                  shownBySaveStatus,
                )
              }
            />
            <SelectField
              label={t('settings.language')}
              value={i18n.language}
              options={LANGUAGES.map((language) => ({
                value: language.code,
                label: language.nativeName,
              }))}
              onChange={(event) => {
                const language = event.target.value;
                void i18n.changeLanguage(language);
                void updateSettings({ language }).catch(shownBySaveStatus);
              }}
            />
          </>
        )}
      </section>
      <LockSection />
      <UpdatesSection />
      <p>
        <Link href="/print">{t('print.link')}</Link>
      </p>
    </>
  );
}
