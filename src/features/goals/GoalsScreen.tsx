import './goals.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Goal, GoalStatus } from '../../domain/goals';
import { stepProgressByGoal } from '../../domain/progress';
import { goalsRepository, stepsRepository } from '../../db/repositories/goals';
import { ListEditor } from '../../ui/ListEditor';
import { Link } from '../../ui/Link';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { AddGoal } from './AddGoal';
import { goalName } from './useGoalTitles';

const NO_STEPS = { achieved: 0, total: 0 };

/** `make` called once per distinct key. */
function cached<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key) as V;
  };
}

export function GoalsScreen() {
  const { t } = useTranslation();
  const data = useLiveQuery(
    async () => {
      const [goals, steps] = await Promise.all([goalsRepository.list(), stepsRepository.listAll()]);
      return { goals, progress: stepProgressByGoal(steps) };
    },
    [],
    null,
  );

  const nameOf = (goal: Goal, index: number) =>
    goal.title.trim() || t('goals.itemName', { position: index + 1 });
  // Many goals share a status or a count of steps: each distinct text is looked up once.
  const statusText = cached((status: GoalStatus) => t(`goals.status.${status}`));
  const stepsText = cached((counts: string) => {
    const [achieved, total] = counts.split('/').map(Number) as [number, number];
    return total === 0 ? t('goals.noSteps') : t('goals.stepsCount', { achieved, count: total });
  });

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
          const { achieved, total } = data?.progress.get(goal.id) ?? NO_STEPS;
          return (
            <div className="goal-summary">
              <h2 className="goal-summary__title">
                <Link href={`/goals/${goal.id}`} aria-label={t('goals.open', { name })}>
                  {goalName(t, goal)}
                </Link>
              </h2>
              <p className={`status-badge status-badge--${goal.status}`}>
                {statusText(goal.status)}
              </p>
              <p>{stepsText(`${achieved}/${total}`)}</p>
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
        actions={goalsRepository}
        adder={<AddGoal />}
        className="goal-list"
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
