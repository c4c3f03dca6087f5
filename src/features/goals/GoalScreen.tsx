import './goals.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { goalsRepository } from '../../db/repositories/goals';
import { Link } from '../../ui/Link';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { GoalDetailsSection } from './GoalDetailsForm';
import { GoalStatusSection } from './GoalStatusSection';
import { JournalSection } from './JournalSection';
import { StepsSection } from './StepsSection';

export function GoalScreen({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation();
  const id = params.id ?? '';
  // `null` while loading; `undefined` inside the result when there is no such goal.
  const found = useLiveQuery(async () => ({ goal: await goalsRepository.get(id) }), [id], null);
  if (!found) return null;
  const { goal } = found;

  if (!goal) {
    return (
      <>
        <ScreenHeading>{t('goal.notFoundTitle')}</ScreenHeading>
        <p>{t('goal.notFound')}</p>
        <p>
          <Link href="/goals" className="button button--primary">
            {t('goal.backToGoals')}
          </Link>
        </p>
      </>
    );
  }

  return (
    <>
      <p>
        <Link href="/goals">{t('goal.backToGoals')}</Link>
      </p>
      <ScreenHeading>{goal.title.trim() || t('goal.titleFallback')}</ScreenHeading>
      {/* The steps come first: ticking one off is what the person comes back for. */}
      <StepsSection goalId={goal.id} why={goal.whyItMatters} />
      <GoalDetailsSection key={goal.id} goal={goal} />
      <GoalStatusSection goal={goal} />
      <JournalSection goalId={goal.id} />
    </>
  );
}
