/**
 * Every help line Waymark shows, checked against a list kept here by hand from the services'
 * own pages — not derived from the app's data — so a slip in either shows up as a failure.
 */
import { describe, expect, it } from 'vitest';
import coreWords from '../../src/i18n/locales/en-GB/core.json';
import {
  displayNumber,
  HELP_LINES,
  helpLinesFor,
  openNow,
  roundTheClockLines,
} from '../../src/domain/helpLines';

/** Checked on 2026-11-30 against shared/product/help-lines.md and each service's website. */
const CHECKED_ON = '2026-11-30';
const EXPECTED = [
  { id: 'emergency', name: '999', call: '999', shown: '999', when: 'Any time, day or night' },
  {
    id: 'samaritans',
    name: 'Samaritans',
    call: '116123',
    shown: '116 123',
    email: 'jo@samaritans.org',
    when: 'Any time, day or night',
  },
  { id: 'shout', name: 'Shout', text: '85258', message: 'SHOUT', when: 'Any time, day or night' },
  {
    id: 'nhs111England',
    name: 'NHS 111',
    call: '111',
    shown: '111',
    when: 'Any time, day or night',
  },
  {
    id: 'nhs111Wales',
    name: 'NHS 111 Wales',
    call: '111',
    shown: '111',
    when: 'Any time, day or night',
  },
  { id: 'nhs24', name: 'NHS 24', call: '111', shown: '111', when: 'Any time, day or night' },
  {
    id: 'breathingSpace',
    name: 'Breathing Space',
    call: '0800838587',
    shown: '0800 83 85 87',
    when: 'Monday to Thursday, 6pm to 2am the next morning. From Friday 6pm right through the weekend to Monday 6am.',
  },
  {
    id: 'lifeline',
    name: 'Lifeline',
    call: '08088088000',
    shown: '0808 808 8000',
    when: 'Any time, day or night',
  },
  {
    id: 'calm',
    name: 'CALM',
    call: '0800585858',
    shown: '0800 58 58 58',
    when: '5pm to midnight, every day',
  },
  {
    id: 'papyrus',
    name: 'PAPYRUS HOPELINE247',
    call: '08000684141',
    shown: '0800 068 4141',
    text: '88247',
    when: 'Any time, day or night',
  },
  {
    id: 'childline',
    name: 'Childline',
    call: '08001111',
    shown: '0800 1111',
    when: 'Any time, day or night',
  },
];

const lineWords = coreWords.helpNow.lines as Record<string, { when: string }>;

describe(`help lines (checked ${CHECKED_ON})`, () => {
  it('lists exactly the lines that were checked', () => {
    expect(HELP_LINES.map((line) => line.id)).toEqual(EXPECTED.map((line) => line.id));
  });

  it.each(EXPECTED)('$name: number, text code, shown number and hours', (expected) => {
    const line = HELP_LINES.find((l) => l.id === expected.id)!;
    expect(line.name).toBe(expected.name);
    expect(line.phone).toBe(expected.call);
    if (expected.call) expect(displayNumber(expected.call)).toBe(expected.shown);
    expect(line.text?.number).toBe(expected.text);
    expect(line.text?.message).toBe(expected.message);
    expect(line.email).toBe(expected.email);
    expect(lineWords[expected.id]?.when).toBe(expected.when);
    // Hours in the data agree with the words: round-the-clock lines say so.
    expect(line.hours === 'always').toBe(expected.when === 'Any time, day or night');
  });
});

describe('which lines are shown', () => {
  it('always shows 999, first, and never lets it be hidden', () => {
    for (const nation of [
      '',
      'england',
      'wales',
      'scotland',
      'northernIreland',
      'elsewhere',
    ] as const) {
      const lines = helpLinesFor(nation, ['emergency', 'samaritans']);
      expect(lines[0]?.id).toBe('emergency');
    }
  });

  it('keeps Samaritans outside the UK, since 116 123 answers in Ireland too', () => {
    expect(helpLinesFor('elsewhere', []).map((l) => l.id)).toEqual(['emergency', 'samaritans']);
  });

  it('puts round-the-clock lines before lines with hours', () => {
    const ids = helpLinesFor('scotland', []).map((l) => l.id);
    expect(ids.slice(-2)).toEqual(['breathingSpace', 'calm']);
  });

  it('gives the nation’s own 24/7 line for a card or a page at 3am', () => {
    expect(roundTheClockLines('northernIreland').map((l) => l.id)).toContain('lifeline');
    expect(roundTheClockLines('scotland').map((l) => l.id)).toContain('nhs24');
    expect(roundTheClockLines('scotland').map((l) => l.id)).not.toContain('breathingSpace');
  });
});

describe('open now, in UK time', () => {
  const breathingSpace = HELP_LINES.find((l) => l.id === 'breathingSpace')!.hours;
  const calm = HELP_LINES.find((l) => l.id === 'calm')!.hours;

  it.each([
    // [moment (UTC), open?]
    ['2026-12-01T17:59:00Z', false], // Tuesday 17:59 GMT
    ['2026-12-01T18:00:00Z', true], // Tuesday 18:00 GMT
    ['2026-12-02T01:59:00Z', true], // Wednesday 01:59, still Tuesday night's span
    ['2026-12-02T02:00:00Z', false],
    ['2026-12-05T12:00:00Z', true], // Saturday noon: the weekend runs right through
    ['2026-12-07T05:59:00Z', true], // Monday 05:59
    ['2026-12-07T06:00:00Z', false], // Monday 06:00
    ['2026-07-07T17:30:00Z', true], // Tuesday 18:30 BST (summer time)
    ['2026-07-07T16:30:00Z', false], // Tuesday 17:30 BST
  ] as const)('Breathing Space at %s is open: %s', (at, open) => {
    expect(openNow(breathingSpace, new Date(at)).open).toBe(open);
  });

  it('follows the clock change: CALM opens at 5pm UK time either side of it', () => {
    // Clocks went forward on 29 March 2026.
    expect(openNow(calm, new Date('2026-03-27T16:30:00Z')).open).toBe(false); // 16:30 GMT
    expect(openNow(calm, new Date('2026-03-30T16:30:00Z')).open).toBe(true); // 17:30 BST
    expect(openNow(calm, new Date('2026-03-30T23:30:00Z')).open).toBe(false); // 00:30 BST
  });

  it('says when a closed line next opens', () => {
    expect(openNow(breathingSpace, new Date('2026-12-01T11:00:00Z'))).toEqual({
      open: false,
      opensDay: 2,
      opensAt: '18:00',
    });
    expect(openNow(breathingSpace, new Date('2026-12-07T09:00:00Z'))).toEqual({
      open: false,
      opensDay: 1,
      opensAt: '18:00',
    });
  });
});
