import { useTranslation } from 'react-i18next';
import { hasCome } from '../../domain/dates';
import type { Goal, Step } from '../../domain/goals';
import type { Review, ReviewablePart } from '../../domain/reviews';
import { recentAchievements, reviewsDue, whatsNext } from '../../domain/progress';
import { formatDay } from '../../ui/formatDate';
import { Link } from '../../ui/Link';
import { SHOWN_ON_HOME } from './PlanPartSummary';

const RECENT_DAYS = 30;

const PART_PATHS: Record<ReviewablePart, string> = {
  aboutMe: '/about-me',
  strengths: '/strengths',
  hopes: '/hopes',
  stayingWell: '/staying-well',
  crisis: '/crisis-plan',
  advanceStatement: '/advance-statement',
  people: '/people',
};
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The next small step of the first few active goals (in the person's order; the rest are a tap
 * away in Goals), recent achievements, and goals due a fresh look.
 */
interface WhatsNextProps {
  goals: Goal[];
  steps: Step[];
  reviews: Review[];
  now: Date;
}

export function WhatsNext({ goals, steps, reviews, now }: WhatsNextProps) {
  const { t, i18n } = useTranslation();
  const next = whatsNext(goals, steps);
  const hidden = next.length - SHOWN_ON_HOME;
  const recent = recentAchievements(
    goals,
    steps,
    new Date(now.getTime() - RECENT_DAYS * DAY_MS).toISOString(),
  );
  const due = reviewsDue(goals, now);
  const partsDue = reviews.filter((review) => hasCome(review.reviewDate, now));
  const name = (goal: Pick<Goal, 'title'>) => goal.title.trim() || t('goals.untitled');

  return (
    <section className="card" aria-labelledby="home-whats-next">
      <h2 id="home-whats-next">{t('whatsNext.heading')}</h2>
      {next.length === 0 ? (
        <p>{t('whatsNext.empty')}</p>
      ) : (
        <ul className="next-list">
          {next.slice(0, SHOWN_ON_HOME).map(({ goal, step }) => (
            <li key={goal.id}>
              <p className="next-list__step">
                {step
                  ? t('whatsNext.nextStep', {
                      step: step.title.trim() || t('steps.untitled'),
                    })
                  : t('whatsNext.noNextStep')}
              </p>
              <p>
                <Link href={`/goals/${goal.id}`}>
                  {t('whatsNext.forGoal', { goal: name(goal) })}
                </Link>
              </p>
            </li>
          ))}
          {hidden > 0 && (
            <li>
              <p>{t('home.more', { count: hidden })}</p>
            </li>
          )}
        </ul>
      )}
      {recent.length > 0 && (
        <>
          <h3>{t('whatsNext.recentHeading')}</h3>
          <ul className="summary-list">
            {recent.map((item) => (
              <li key={item.id}>
                {item.kind === 'goal'
                  ? name(item)
                  : t('whatsNext.recentStep', {
                      title: item.title,
                      goal: item.goalTitle || t('goals.untitled'),
                    })}{' '}
                <span className="muted">({formatDay(item.at, i18n.language)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {due.length + partsDue.length > 0 && (
        <>
          <h3>{t('whatsNext.reviewHeading')}</h3>
          <p>{t('whatsNext.reviewIntro')}</p>
          <ul className="summary-list">
            {partsDue.map((review) => (
              <li key={review.id}>
                <Link href={PART_PATHS[review.id]}>
                  {t('home.reviewPart', { part: t(`parts.${review.id}`) })}
                </Link>
              </li>
            ))}
            {due.map((goal) => (
              <li key={goal.id}>
                <Link href={`/goals/${goal.id}`}>
                  {t('whatsNext.reviewLink', { goal: name(goal) })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        {/* Home's one main action once there are goals: going on with them. */}
        <Link href="/goals" className={goals.length > 0 ? 'button button--primary' : 'button'}>
          {t('whatsNext.goalsLink')}
        </Link>
      </p>
    </section>
  );
}
