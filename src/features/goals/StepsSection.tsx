import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Step } from '../../domain/goals';
import { stepProgress } from '../../domain/progress';
import { stepsRepository } from '../../db/repositories/goals';
import { ListEditor } from '../../ui/ListEditor';
import { StepEditor, StepSummary } from './StepEditor';

export function StepsSection({ goalId, why }: { goalId: string; why: string }) {
  const { t } = useTranslation();
  const steps = useLiveQuery(() => stepsRepository.listFor(goalId), [goalId], null);
  const nameOf = (step: Step, index: number) =>
    step.title.trim() || t('steps.itemName', { position: index + 1 });
  const progress = steps ? stepProgress(steps) : null;

  return (
    <section className="card stack" aria-labelledby="goal-steps">
      <h2 id="goal-steps">{t('steps.heading')}</h2>
      <p>{t('steps.intro')}</p>
      {progress && progress.total > 0 && (
        <p>{t('goals.stepsCount', { achieved: progress.achieved, count: progress.total })}</p>
      )}
      <ListEditor
        items={steps}
        nameOf={nameOf}
        renderItem={(step, name) => <StepEditor step={step} name={name} />}
        renderSummary={(step, name) => <StepSummary step={step} name={name} why={why} />}
        changeInMenu
        actions={{ ...stepsRepository, add: () => stepsRepository.add(goalId) }}
        text={{
          listLabel: t('steps.listLabel'),
          add: t('steps.add'),
          empty: t('steps.empty'),
          removed: (name) => t('steps.removed', { name }),
        }}
      />
    </section>
  );
}
