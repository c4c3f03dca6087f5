/**
 * Where "What might help?" points: to the person's own ideas, never to advice Waymark invents.
 * When the staying-well plan exists, add its link here (for example
 * `{ href: '/staying-well', labelKey: 'checkIns.whatMightHelp.stayingWell' }`) with its words
 * in checkIns.json, and the note offers it beside Strengths.
 */
export interface HelpLink {
  href: string;
  /** Translation key of the link's words. */
  labelKey: string;
}

export const HELP_LINKS: readonly HelpLink[] = [
  { href: '/strengths', labelKey: 'checkIns.whatMightHelp.strengths' },
];
