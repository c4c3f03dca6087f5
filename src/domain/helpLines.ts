/**
 * Help lines for "Help now", as data: one place to update. Facts from the services' own public
 * pages (late 2026), listed with their source in shared/product/help-lines.md. Names and numbers
 * are proper nouns and numbers, not prose; descriptions and hours are translated by id.
 */
import { ukMinuteOfWeek } from './ukTime';

export const NATIONS = ['england', 'wales', 'scotland', 'northernIreland', 'elsewhere'] as const;
export type Nation = (typeof NATIONS)[number];

/**
 * When a line answers, in UK time (Europe/London, so the clock change is handled). A span may
 * run past midnight: it ends on a later day.
 */
export interface OpenSpan {
  /** 0 = Sunday … 6 = Saturday, as Date#getDay. */
  fromDay: number;
  from: string;
  toDay: number;
  to: string;
}
export type OpeningHours = 'always' | readonly OpenSpan[];

export interface HelpLine {
  id: string;
  name: string;
  /** Where the line is for: everyone in the UK, or one nation. */
  nations: readonly Nation[] | 'uk';
  /** Also answers outside the UK (Samaritans' 116 123 serves the UK and Ireland). */
  beyondUk?: boolean;
  phone?: string;
  text?: { number: string; message?: string };
  email?: string;
  hours: OpeningHours;
  /** Always shown, and never hidden. */
  emergency?: boolean;
  source: string;
}

const everyDay = (from: string, to: string): OpenSpan[] =>
  [0, 1, 2, 3, 4, 5, 6].map((day) => ({ fromDay: day, from, toDay: day, to }));

export const HELP_LINES: readonly HelpLine[] = [
  {
    id: 'emergency',
    hours: 'always',
    name: '999',
    nations: 'uk',
    phone: '999',
    emergency: true,
    source: 'https://www.nhs.uk/',
  },
  {
    id: 'samaritans',
    hours: 'always',
    beyondUk: true,
    name: 'Samaritans',
    nations: 'uk',
    phone: '116123',
    email: 'jo@samaritans.org',
    source: 'https://www.samaritans.org/',
  },
  {
    id: 'shout',
    hours: 'always',
    name: 'Shout',
    nations: 'uk',
    text: { number: '85258', message: 'SHOUT' },
    source: 'https://giveusashout.org/',
  },
  {
    id: 'nhs111England',
    hours: 'always',
    name: 'NHS 111',
    nations: ['england'],
    phone: '111',
    source:
      'https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/',
  },
  {
    id: 'nhs111Wales',
    hours: 'always',
    name: 'NHS 111 Wales',
    nations: ['wales'],
    phone: '111',
    source: 'https://111.wales.nhs.uk/',
  },
  {
    id: 'nhs24',
    hours: 'always',
    name: 'NHS 24',
    nations: ['scotland'],
    phone: '111',
    source: 'https://www.nhs24.scot/',
  },
  {
    id: 'breathingSpace',
    // Monday to Thursday 6pm to 2am the next morning; Friday 6pm right through to Monday 6am.
    hours: [
      { fromDay: 1, from: '18:00', toDay: 2, to: '02:00' },
      { fromDay: 2, from: '18:00', toDay: 3, to: '02:00' },
      { fromDay: 3, from: '18:00', toDay: 4, to: '02:00' },
      { fromDay: 4, from: '18:00', toDay: 5, to: '02:00' },
      { fromDay: 5, from: '18:00', toDay: 1, to: '06:00' },
    ],
    name: 'Breathing Space',
    nations: ['scotland'],
    phone: '0800838587',
    source: 'https://breathingspace.scot/',
  },
  {
    id: 'lifeline',
    hours: 'always',
    name: 'Lifeline',
    nations: ['northernIreland'],
    phone: '08088088000',
    source: 'https://www.lifelinehelpline.info/',
  },
  {
    id: 'calm',
    hours: everyDay('17:00', '24:00'),
    name: 'CALM',
    nations: 'uk',
    phone: '0800585858',
    source: 'https://www.thecalmzone.net/',
  },
  {
    id: 'papyrus',
    hours: 'always',
    name: 'PAPYRUS HOPELINE247',
    nations: 'uk',
    phone: '08000684141',
    text: { number: '88247' },
    source: 'https://www.papyrus-uk.org/',
  },
  {
    id: 'childline',
    hours: 'always',
    name: 'Childline',
    nations: 'uk',
    phone: '08001111',
    source: 'https://www.childline.org.uk/',
  },
];

/**
 * The lines to show for where the person lives, minus those they hid (never emergency ones),
 * round-the-clock lines first, each group in the order above.
 */
export function helpLinesFor(nation: Nation | '', hidden: readonly string[]): HelpLine[] {
  const shown = HELP_LINES.filter((line) => {
    if (line.emergency) return true;
    if (hidden.includes(line.id)) return false;
    // Outside the UK most lines may not answer: the person adds their own, and those that do
    // answer beyond the UK stay.
    if (nation === 'elsewhere') return line.beyondUk === true;
    if (line.nations === 'uk') return true;
    // Before a nation is chosen, show every UK line rather than guess.
    return nation === '' || line.nations.includes(nation);
  });
  return [
    ...shown.filter((line) => line.hours === 'always'),
    ...shown.filter((line) => line.hours !== 'always'),
  ];
}

/** The lines that answer at any hour, for a card or a page that must work at 3am. */
export function roundTheClockLines(nation: Nation | ''): HelpLine[] {
  return helpLinesFor(nation, []).filter((line) => line.hours === 'always');
}

export const EMERGENCY_LINE = HELP_LINES.find((line) => line.emergency) as HelpLine;

const WEEK = 7 * 24 * 60;
const minutes = (day: number, time: string) => {
  const [hours = 0, mins = 0] = time.split(':').map(Number);
  return day * 24 * 60 + hours * 60 + mins;
};

export type OpenNow =
  { open: true; always: boolean } | { open: false; opensDay: number; opensAt: string };

/** Whether a line answers at a moment, and if not, when it next opens (UK day and time). */
export function openNow(hours: OpeningHours, at: Date): OpenNow {
  if (hours === 'always') return { open: true, always: true };
  const now = ukMinuteOfWeek(at);
  let next: OpenSpan | undefined;
  let wait = Infinity;
  for (const span of hours) {
    const start = minutes(span.fromDay, span.from);
    let end = minutes(span.toDay, span.to);
    if (end <= start) end += WEEK;
    // The span as it falls this week, or the one that began last week and runs on.
    if ((now >= start && now < end) || (now + WEEK >= start && now + WEEK < end)) {
      return { open: true, always: false };
    }
    const until = (start - now + WEEK) % WEEK;
    if (until < wait) {
      wait = until;
      next = span;
    }
  }
  return next
    ? { open: false, opensDay: next.fromDay, opensAt: next.from }
    : { open: false, opensDay: 0, opensAt: '00:00' };
}

/** Spaces a number the way it is usually written, for reading aloud: 116 123, 0800 58 58 58. */
export function displayNumber(digits: string): string {
  const known: Record<string, string> = {
    '116123': '116 123',
    '0800838587': '0800 83 85 87',
    '08088088000': '0808 808 8000',
    '0800585858': '0800 58 58 58',
    '08000684141': '0800 068 4141',
    '08001111': '0800 1111',
  };
  return known[digits] ?? digits;
}
