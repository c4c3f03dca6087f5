import './goals.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../domain/goals';
import { stepProgress, stepsByGoal } from '../../domain/progress';
import { goalsRepository, stepsRepository } from '../../db/repositories/goals';
import { ListEditor } from '../../ui/ListEditor';
import { Link } from '../../ui/Link';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { navigate } from '../../ui/router';
import { goalName } from './useGoalTitles';

export function GoalsScreen() {
  const { t } = useTranslation();
  const data = useLiveQuery(
    async () => {
      const [goals, steps] = await Promise.all([goalsRepository.list(), stepsRepository.listAll()]);
      return { goals, grouped: stepsByGoal(steps) };
    },
    [],
    null,
  );

  const nameOf = (goal: Goal, index: number) =>
    goal.title.trim() || t('goals.itemName', { position: index + 1 });

  return (
    <>
      <ScreenHeading>{t('goals.title')}</ScreenHeading>
      <p className="intro">{t('goals.intro')}</p>
      <p>
        <Link href="/goals/progress">{t('goals.progressLink')}</Link>
      </p>
      <ListEditor
        items={data?.goals ?? null}
        nameOf={nameOf}
        renderItem={(goal, name) => {
          const { achieved, total } = stepProgress(data?.grouped.get(goal.id) ?? []);
          return (
            <div className="goal-summary">
              <h2 className="goal-summary__title">
                <Link href={`/goals/${goal.id}`} aria-label={t('goals.open', { name })}>
                  {goalName(t, goal)}
                </Link>
              </h2>
              <p className={`status-badge status-badge--${goal.status}`}>
                {t(`goals.status.${goal.status}`)}
              </p>
              <p>
                {total === 0
                  ? t('goals.noSteps')
                  : t('goals.stepsCount', { achieved, count: total })}
              </p>
              {total > 0 && (
                <progress
                  className="goal-summary__progress"
                  max={total}
                  value={achieved}
                  aria-hidden="true"
                />
              )}
            </div>
          );
        }}
        actions={{
          ...goalsRepository,
          add: async () => {
            const goal = await goalsRepository.add();
            navigate(`/goals/${goal.id}`);
            return goal;
          },
        }}
        text={{
          listLabel: t('goals.listLabel'),
          add: t('goals.add'),
          empty: t('goals.empty'),
          removed: (name) => t('goals.removed', { name }),
        }}
      />
    </>
  );
}
