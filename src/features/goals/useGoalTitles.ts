import type { TFunction } from 'i18next';
import type { Goal } from '../../domain/goals';

/** A goal's name as the person wrote it, or a gentle placeholder. */
export function goalName(t: TFunction, goal: Pick<Goal, 'title'>): string {
  return goal.title.trim() || t('goals.untitled');
}
