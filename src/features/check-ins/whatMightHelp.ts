/**
 * Where "What might help?" points when a number has dropped: to the person's own ideas, never to
 * advice Waymark invents — what they wrote in their staying-well plan they would do if they
 * noticed early signs, their strengths — and to Help now, for when waiting is too much.
 */
import type { PlanItem } from '../../domain/planSections';

export interface HelpLink {
  href: string;
  /** Translation key of the link's words. */
  labelKey: string;
}

/** The person's own plan first, then Help now. */
export const HELP_LINKS: readonly HelpLink[] = [
  { href: '/staying-well', labelKey: 'checkIns.whatMightHelp.stayingWell' },
  { href: '/strengths', labelKey: 'checkIns.whatMightHelp.strengths' },
];

export const HELP_NOW_LINK: HelpLink = {
  href: '/help-now',
  labelKey: 'checkIns.whatMightHelp.helpNow',
};

/** An early sign the person wrote down, with what they said they would do about it. */
export interface OwnIdea {
  sign: string;
  actions: string[];
}

/** A few ideas are enough in the moment; the rest are a link away. */
export const MOST_IDEAS = 3;

/**
 * The early signs from the staying-well plan that say what the person will do, in their order:
 * the first few, and how many more there are.
 */
export function ownIdeas(earlySigns: readonly Pick<PlanItem, 'text' | 'actions'>[]): {
  shown: OwnIdea[];
  more: number;
} {
  const ideas = earlySigns
    .map((item) => ({
      sign: item.text.trim(),
      actions: item.actions.map((action) => action.trim()).filter(Boolean),
    }))
    .filter((idea) => idea.actions.length > 0);
  return { shown: ideas.slice(0, MOST_IDEAS), more: Math.max(0, ideas.length - MOST_IDEAS) };
}
