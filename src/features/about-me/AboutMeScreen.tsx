import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { aboutMeFields, emptyAboutMe, type AboutMeFields } from '../../domain/aboutMe';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../domain/record';
import { getAboutMe, saveAboutMe } from '../../db/repositories/aboutMe';
import { TextArea, TextField } from '../../ui/Field';
import { fieldErrorText } from '../../ui/fieldError';
import { reviewsFor } from '../../db/repositories/reviews';
import { ReviewBar } from '../../ui/ReviewBar';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useAutosaveForm } from '../../ui/useAutosaveForm';

export function AboutMeScreen() {
  const { t } = useTranslation();
  // `null` while loading, so the form starts from what is saved rather than from blanks.
  const saved = useLiveQuery(async () => (await getAboutMe()) ?? emptyAboutMe(), [], null);
  return (
    <>
      <ScreenHeading>{t('aboutMe.title')}</ScreenHeading>
      <p className="intro">{t('aboutMe.intro')}</p>
      <ReviewBar source={reviewsFor('aboutMe')} />
      {saved && <AboutMeForm initial={aboutMeFields.parse(saved)} />}
    </>
  );
}

function AboutMeForm({ initial }: { initial: AboutMeFields }) {
  const { t } = useTranslation();
  const { register, formState } = useAutosaveForm(aboutMeFields, initial, saveAboutMe);
  const error = (name: keyof AboutMeFields, max: number) =>
    fieldErrorText(t, formState.errors[name], max);

  return (
    <form className="stack" onSubmit={(event) => event.preventDefault()}>
      <TextField
        label={t('aboutMe.preferredName')}
        autoComplete="nickname"
        maxLength={SHORT_TEXT_MAX}
        error={error('preferredName', SHORT_TEXT_MAX)}
        {...register('preferredName')}
      />
      <TextField
        label={t('aboutMe.pronouns')}
        hint={t('aboutMe.pronounsHint')}
        maxLength={SHORT_TEXT_MAX}
        error={error('pronouns', SHORT_TEXT_MAX)}
        {...register('pronouns')}
      />
      <TextArea
        label={t('aboutMe.recoveryMeans')}
        maxLength={LONG_TEXT_MAX}
        error={error('recoveryMeans', LONG_TEXT_MAX)}
        {...register('recoveryMeans')}
      />
      <TextArea
        label={t('aboutMe.whenWell')}
        maxLength={LONG_TEXT_MAX}
        error={error('whenWell', LONG_TEXT_MAX)}
        {...register('whenWell')}
      />
      <TextArea
        label={t('aboutMe.mattersMost')}
        maxLength={LONG_TEXT_MAX}
        error={error('mattersMost', LONG_TEXT_MAX)}
        {...register('mattersMost')}
      />
      <TextArea
        label={t('aboutMe.story')}
        hint={t('aboutMe.storyHint')}
        rows={10}
        maxLength={LONG_TEXT_MAX}
        error={error('story', LONG_TEXT_MAX)}
        {...register('story')}
      />
    </form>
  );
}
