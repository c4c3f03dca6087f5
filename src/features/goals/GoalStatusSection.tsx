import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { goalNotes, type Goal, type GoalNotes, type GoalStatus } from '../../domain/goals';
import { LONG_TEXT_MAX } from '../../domain/record';
import { goalsRepository } from '../../db/repositories/goals';
import { announce } from '../../ui/announcer';
import { TextArea } from '../../ui/Field';
import { formatDay } from '../../ui/formatDate';
import { Moment } from '../../ui/Moment';
import { useAutosaveForm } from '../../ui/useAutosaveForm';
import { shownBySaveStatus } from '../../ui/failures';

const ACTIONS: { status: GoalStatus; key: string }[] = [
  { status: 'achieved', key: 'goal.markAchieved' },
  { status: 'paused', key: 'goal.pause' },
  { status: 'letGo', key: 'goal.letGo' },
  { status: 'active', key: 'goal.makeActive' },
];

/** Where the person is with a goal, in kind words — and a moment when it is achieved. */
export function GoalStatusSection({ goal }: { goal: Goal }) {
  const { t, i18n } = useTranslation();
  // Celebrate only a change made here and now, not every visit to an achieved goal.
  const [justAchieved, setJustAchieved] = useState(false);
  const save = useCallback(
    (patch: Partial<GoalNotes>) => goalsRepository.setNote(goal.id, patch),
    [goal.id],
  );
  const { register } = useAutosaveForm(goalNotes, goalNotes.parse(goal), save);

  const whySaid = goal.whyItMatters.trim()
    ? t('goal.whyItMattersSaid', { why: goal.whyItMatters.trim() })
    : undefined;

  const change = async (status: GoalStatus) => {
    await goalsRepository.setStatus(goal.id, status).catch(shownBySaveStatus);
    setJustAchieved(status === 'achieved');
    announce(
      status === 'achieved'
        ? [t('goal.celebrate'), whySaid].filter(Boolean).join(' ')
        : t(`goals.statusWords.${status}`),
    );
  };

  return (
    <section className="card stack" aria-labelledby="goal-status">
      <h2 id="goal-status">{t('goal.statusHeading')}</h2>
      <p className={`status-badge status-badge--${goal.status}`}>
        {t('goal.statusNow', { status: t(`goals.status.${goal.status}`) })}
      </p>
      <p>{t(`goals.statusWords.${goal.status}`)}</p>
      {goal.status === 'achieved' && goal.achievedAt && (
        <p>{t('goal.achievedOn', { date: formatDay(goal.achievedAt, i18n.language) })}</p>
      )}
      {/* Spoken once, by announce() above; a live region of its own here would say it twice. */}
      {justAchieved && goal.status === 'achieved' && (
        <Moment message={t('goal.celebrate')} why={whySaid} />
      )}
      {goal.status === 'achieved' && (
        <TextArea label={t('goal.feeling')} maxLength={LONG_TEXT_MAX} {...register('feeling')} />
      )}
      {goal.status === 'letGo' && (
        <TextArea
          label={t('goal.learned')}
          hint={t('goal.learnedHint')}
          maxLength={LONG_TEXT_MAX}
          {...register('learned')}
        />
      )}
      <div className="actions">
        {ACTIONS.filter((action) => action.status !== goal.status).map((action) => (
          <button
            key={action.status}
            type="button"
            className={action.status === 'achieved' ? 'button button--primary' : 'button'}
            onClick={() => void change(action.status)}
          >
            {t(action.key)}
          </button>
        ))}
      </div>
    </section>
  );
}
