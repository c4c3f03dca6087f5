/**
 * Help lines for "Help now", as data: one place to update. Facts from the services' own public
 * pages (late 2026), listed with their source in shared/product/help-lines.md. Names and numbers
 * are proper nouns and numbers, not prose; descriptions and hours are translated by id.
 */

export const NATIONS = ['england', 'wales', 'scotland', 'northernIreland', 'elsewhere'] as const;
export type Nation = (typeof NATIONS)[number];

export interface HelpLine {
  id: string;
  name: string;
  /** Where the line is for: everyone in the UK, or one nation. */
  nations: readonly Nation[] | 'uk';
  phone?: string;
  text?: { number: string; message?: string };
  email?: string;
  /** Always shown, and never hidden. */
  emergency?: boolean;
  source: string;
}

export const HELP_LINES: readonly HelpLine[] = [
  {
    id: 'emergency',
    name: '999',
    nations: 'uk',
    phone: '999',
    emergency: true,
    source: 'https://www.nhs.uk/',
  },
  {
    id: 'samaritans',
    name: 'Samaritans',
    nations: 'uk',
    phone: '116123',
    email: 'jo@samaritans.org',
    source: 'https://www.samaritans.org/',
  },
  {
    id: 'shout',
    name: 'Shout',
    nations: 'uk',
    text: { number: '85258', message: 'SHOUT' },
    source: 'https://giveusashout.org/',
  },
  {
    id: 'nhs111England',
    name: 'NHS 111',
    nations: ['england'],
    phone: '111',
    source:
      'https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/',
  },
  {
    id: 'nhs111Wales',
    name: 'NHS 111 Wales',
    nations: ['wales'],
    phone: '111',
    source: 'https://111.wales.nhs.uk/',
  },
  {
    id: 'nhs24',
    name: 'NHS 24',
    nations: ['scotland'],
    phone: '111',
    source: 'https://www.nhs24.scot/',
  },
  {
    id: 'breathingSpace',
    name: 'Breathing Space',
    nations: ['scotland'],
    phone: '0800838587',
    source: 'https://breathingspace.scot/',
  },
  {
    id: 'lifeline',
    name: 'Lifeline',
    nations: ['northernIreland'],
    phone: '08088088000',
    source: 'https://www.lifelinehelpline.info/',
  },
  {
    id: 'calm',
    name: 'CALM',
    nations: 'uk',
    phone: '0800585858',
    source: 'https://www.thecalmzone.net/',
  },
  {
    id: 'papyrus',
    name: 'PAPYRUS HOPELINE247',
    nations: 'uk',
    phone: '08000684141',
    text: { number: '88247' },
    source: 'https://www.papyrus-uk.org/',
  },
  {
    id: 'childline',
    name: 'Childline',
    nations: 'uk',
    phone: '08001111',
    source: 'https://www.childline.org.uk/',
  },
];

/** The lines to show for where the person lives, minus those they hid (never emergency ones). */
export function helpLinesFor(nation: Nation | '', hidden: readonly string[]): HelpLine[] {
  return HELP_LINES.filter((line) => {
    if (line.emergency) return true;
    if (hidden.includes(line.id)) return false;
    // Outside the UK these lines may not answer: the person adds their own instead.
    if (nation === 'elsewhere') return false;
    if (line.nations === 'uk') return true;
    // Before a nation is chosen, show every UK line rather than guess.
    return nation === '' || line.nations.includes(nation);
  });
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
