import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { aboutMeFields, emptyAboutMe, type AboutMeFields } from '../../domain/aboutMe';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../domain/record';
import { getAboutMe, saveAboutMe } from '../../db/repositories/aboutMe';
import { TextArea, TextField } from '../../ui/Field';
import { fieldErrorText } from '../../ui/fieldError';
import { reviewsFor } from '../../db/repositories/reviews';
import { ReadOrEdit } from '../../ui/ReadOrEdit';
import { ReviewBar } from '../reviews';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { SummaryRows, hasRows, type SummaryRow } from '../../ui/SummaryRows';
import { useAutosaveForm } from '../../ui/useAutosaveForm';

export function AboutMeScreen() {
  const { t } = useTranslation();
  // `null` while loading, so the form starts from what is saved rather than from blanks.
  const saved = useLiveQuery(async () => (await getAboutMe()) ?? emptyAboutMe(), [], null);
  return (
    <>
      <ScreenHeading>{t('aboutMe.title')}</ScreenHeading>
      <p className="intro">{t('aboutMe.intro')}</p>
      {saved && <AboutMeReadOrEdit fields={aboutMeFields.parse(saved)} />}
    </>
  );
}

function AboutMeReadOrEdit({ fields }: { fields: AboutMeFields }) {
  const { t } = useTranslation();
  const rows: SummaryRow[] = [
    { label: t('aboutMe.preferredName'), value: fields.preferredName },
    { label: t('aboutMe.pronouns'), value: fields.pronouns },
    { label: t('aboutMe.recoveryMeans'), value: fields.recoveryMeans },
    { label: t('aboutMe.whenWell'), value: fields.whenWell },
    { label: t('aboutMe.mattersMost'), value: fields.mattersMost },
    { label: t('aboutMe.story'), value: fields.story },
  ];
  const written = hasRows(rows);
  const part = t('aboutMe.title');
  return (
    <>
      <ReadOrEdit
        empty={!written}
        summary={<SummaryRows rows={rows} />}
        words={{
          change: t('list.changeShort'),
          done: t('list.doneShort'),
          changeLabel: t('list.change', { name: part }),
          doneLabel: t('list.done', { name: part }),
        }}
      >
        <AboutMeForm initial={fields} />
      </ReadOrEdit>
      {/* An invitation to look it over comes after the person's words, once there are some. */}
      {written && <ReviewBar source={reviewsFor('aboutMe')} />}
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
