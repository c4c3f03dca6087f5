import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { aboutMeFields, isAboutMeEmpty } from '../../domain/aboutMe';
import { getAboutMe } from '../../db/repositories/aboutMe';
import { goalsRepository, stepsRepository } from '../../db/repositories/goals';
import { hopesRepository } from '../../db/repositories/hopes';
import { peopleRepository } from '../../db/repositories/people';
import { listReviews } from '../../db/repositories/reviews';
import { getSettings } from '../../db/repositories/settings';
import { strengthsRepository } from '../../db/repositories/strengths';
import { useScreenShown } from '../../ui/screenShown';
import { Link } from '../../ui/Link';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { PlanPartSummary } from './PlanPartSummary';
import { StartPlan } from './StartPlan';
import { BackupReminder, daysSinceBackup, REMIND_AFTER_DAYS } from '../backup';
import { Welcome } from './Welcome';
import { WhatsNext } from './WhatsNext';

/** Home only mentions backups when there has never been one, or not for a month. */
function needsBackupNudge(lastBackupAt: string | null): boolean {
  const days = daysSinceBackup(lastBackupAt, new Date());
  return days === null || days >= REMIND_AFTER_DAYS;
}

/** Everything Home shows, read in one go. */
async function loadHomePlan() {
  const [aboutMe, strengths, hopes, settings, goals, steps, reviews, people] = await Promise.all([
    getAboutMe(),
    strengthsRepository.list(),
    hopesRepository.list(),
    getSettings(),
    goalsRepository.list(),
    stepsRepository.listAll(),
    listReviews(),
    peopleRepository.list(),
  ]);
  return { aboutMe, strengths, hopes, settings, goals, steps, reviews, people };
}

export type HomePlan = Awaited<ReturnType<typeof loadHomePlan>>;

/** "Your plan": strengths first — who the person is, what they are good at, what they hope for. */
export function HomeScreen() {
  const { t } = useTranslation();
  const plan = useLiveQuery(loadHomePlan, [], null);
  useScreenShown(plan !== null);
  if (!plan) return <ScreenHeading>{t('home.title')}</ScreenHeading>;
  return <HomeView plan={plan} now={new Date()} />;
}

/**
 * Home for a given plan: what the app shows once the plan is read, and what the build writes for
 * a device with nothing written (app/firstVisit).
 */
export function HomeView({ plan, now }: { plan: HomePlan; now: Date }) {
  const { t } = useTranslation();
  const { aboutMe, strengths, hopes, settings, goals, steps, reviews, people } = plan;
  const name = aboutMe?.preferredName.trim();
  const hasAboutMe = Boolean(aboutMe && !isAboutMeEmpty(aboutMeFields.parse(aboutMe)));
  const hasContent = hasAboutMe || strengths.length + hopes.length + goals.length > 0;

  return (
    <>
      <ScreenHeading>{t('home.title')}</ScreenHeading>
      {!settings.welcomeDismissed && <Welcome />}
      {!hasContent && people.length === 0 && <StartPlan />}
      <div className="plan-grid">
        <section className="card" aria-labelledby="home-about-me">
          <h2 id="home-about-me">{name ? t('home.greeting', { name }) : t('nav.aboutMe')}</h2>
          {hasAboutMe && aboutMe?.recoveryMeans.trim() ? (
            <>
              <h3>{t('home.recoveryMeans')}</h3>
              <p className="preserve-lines">{aboutMe.recoveryMeans}</p>
            </>
          ) : (
            !hasAboutMe && <p>{t('home.aboutMeEmpty')}</p>
          )}
          <PlanPartSummary.Action href="/about-me">
            {hasAboutMe ? t('home.aboutMeEdit') : t('home.aboutMeStart')}
          </PlanPartSummary.Action>
        </section>
        <PlanPartSummary
          id="home-strengths"
          heading={t('nav.strengths')}
          href="/strengths"
          titles={strengths.map((strength) => strength.title)}
          countText={t('home.strengthsCount', { count: strengths.length })}
          emptyText={t('home.strengthsEmpty')}
          startText={t('home.strengthsStart')}
          editText={t('home.strengthsEdit')}
        />
        <PlanPartSummary
          id="home-hopes"
          heading={t('nav.hopes')}
          href="/hopes"
          titles={hopes.map((hope) => hope.title)}
          countText={t('home.hopesCount', { count: hopes.length })}
          emptyText={t('home.hopesEmpty')}
          startText={t('home.hopesStart')}
          editText={t('home.hopesEdit')}
        />
        <WhatsNext goals={goals} steps={steps} reviews={reviews} now={now} />
      </div>
      {hasContent && needsBackupNudge(settings.lastBackupAt) && (
        <BackupReminder lastBackupAt={settings.lastBackupAt} />
      )}
      <p>
        <Link href="/print">{t('print.link')}</Link>
      </p>
    </>
  );
}
