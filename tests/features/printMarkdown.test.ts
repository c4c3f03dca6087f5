import type { TFunction } from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { planView, type PlanView } from '../../src/domain/planView';
import { planViewToMarkdown } from '../../src/features/print';
import { shownHelpLines } from '../../src/features/print/documentParts';
import { i18next } from '../../src/i18n';

const t = i18next.t;
const OPTIONS = { name: 'Sam', date: '2026-05-03', locale: 'en-GB' };

const view: PlanView = planView.parse({
  aboutMe: { preferredName: 'Sam', pronouns: 'they/them', story: '# not a heading\n- nor a list' },
  strengths: [{ title: 'Good listener', kind: 'quality', howItHelps: 'Friends\ntrust me' }],
  hopes: [{ title: 'See the sea', area: 'own', ownArea: 'Adventures' }],
  goals: [
    {
      title: 'Go swimming again',
      status: 'active',
      area: 'physicalHealth',
      targetDate: '2026-08-01',
      helpers: ['Aunt Mo', 'Leisure centre'],
      steps: [
        { title: 'Find the pool times', achievedAt: '2026-05-03T10:00:00.000Z' },
        { title: 'Buy a swimsuit' },
      ],
    },
    { title: '', status: 'paused' },
    { title: 'Marathon', status: 'letGo' },
    { title: 'Cook for friends', status: 'achieved', achievedAt: '2026-04-10T18:00:00.000Z' },
  ],
  stayingWell: {
    toolbox: [{ text: 'A walk by the canal', detail: 'It clears my head' }],
    earlySigns: [{ text: 'I sleep badly', actions: ['Call Jo', 'Rest'], people: ['Jo'] }],
  },
  crisis: {
    texts: { crisisOver: 'I start cooking again', afterwards: '' },
    sections: {
      stepIn: [{ text: '' }],
      helps: [{ text: 'Speak slowly' }],
      involved: [
        {
          detail: 'Feed the cat',
          contact: { name: 'Aunt Mo', relationship: 'family', phone: '07700 900123', email: '' },
        },
      ],
      careAvoid: [{ text: 'Being moved far away', detail: 'I need my people' }],
    },
  },
  people: {
    people: [{ name: 'Jo', relationship: 'own', ownRelationship: 'My neighbour', phone: '0161' }],
    resources: [{ name: 'Walking group', when: 'Tuesdays' }],
  },
});

describe('planViewToMarkdown', () => {
  let text = '';
  // i18n is ready once the shared set-up has run.
  beforeEach(() => {
    text = planViewToMarkdown(view, t, OPTIONS);
  });

  it('starts with the title and date, then each part, the crisis plan first', () => {
    expect(
      text.startsWith('# Sam’s plan\n\nThis copy is from 3 May 2026.\n\n## My crisis plan\n'),
    ).toBe(true);
    const parts = [...text.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(parts).toEqual([
      'My crisis plan',
      'About me',
      'Strengths',
      'Hopes and dreams',
      'Goals',
      'Staying well',
      'People and places',
    ]);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('writes the crisis plan most urgent first and leaves out empty sections', () => {
    const crisis = text.slice(text.indexOf('## My crisis plan'), text.indexOf('## About me'));
    expect([...crisis.matchAll(/^### (.+)$/gm)].map((match) => match[1])).toEqual([
      'What helps me',
      'Who I want involved',
      'Care and treatment I would rather avoid',
      'How you’ll know the crisis is over',
    ]);
    expect(crisis).toContain('I like to be called Sam.\nMy pronouns are they/them.');
    expect(crisis).toContain(
      '- **Aunt Mo**\n  - Who they are to me: Family\n  - Phone: 07700 900123\n  - What I’d like them to do: Feed the cat',
    );
    expect(crisis).toContain('- Being moved far away\n  Why: I need my people');
    expect(crisis).not.toContain('Email');
  });

  it('writes goals with status in kind words and steps as a checklist', () => {
    expect(text).toContain(
      '### Go swimming again\n\nNow: Working on it\n\n- Part of my life: Physical health\n' +
        '- Who and what can help: Aunt Mo, Leisure centre\n' +
        '- A date I’m aiming for (optional): 1 August 2026\n\n' +
        '#### Small steps\n\n- [x] Find the pool times — Achieved on 3 May 2026\n- [ ] Buy a swimsuit',
    );
    expect(text).toContain('### A goal with no name yet\n\nNow: Resting for now');
    expect(text).toContain('### Marathon\n\nNow: Let go');
    expect(text).toContain('### Cook for friends\n\nAchieved on 10 April 2026');
    expect(text).not.toMatch(/\b(failed|overdue)\b/i);
  });

  it('keeps the person’s words, line breaks and all, without turning them into Markdown', () => {
    expect(text).toContain('### My story\n\n\\# not a heading\n\\- nor a list');
    expect(text).toContain('  - How it helps me: Friends\n    trust me');
    expect(text).toContain('- **See the sea**\n  - Part of my life: Adventures');
    expect(text).toContain('- **Jo**\n  - Who they are to me: My neighbour\n  - Phone: 0161');
  });

  it('lists a staying-well item’s actions and the people who can help', () => {
    expect(text).toContain(
      '- I sleep badly\n  - What I’ll do if I notice it\n    - Call Jo\n    - Rest\n  - People who can help: Jo',
    );
    expect(text).toContain('- A walk by the canal\n  - How it helps me: It clears my head');
  });

  it('holds only the parts in the view, and says so kindly when a chosen part is empty', () => {
    const some = planViewToMarkdown(planView.parse({ hopes: [], people: view.people }), t);
    expect(some).toBe(
      '# My plan\n\n## Hopes and dreams\n\nNothing is written in this part yet.\n\n' +
        '## People and places\n\n### My people\n\n- **Jo**\n  - Who they are to me: My neighbour\n' +
        '  - Phone: 0161\n\n### Groups and places I turn to\n\n- **Walking group**\n' +
        '  - When it’s on or open: Tuesdays\n',
    );
  });

  it('ends with the help lines for where the person lives, 999 first, with numbers and hours', () => {
    const help = shownHelpLines(t, { nation: 'england' });
    const withHelp = planViewToMarkdown(view, t, { ...OPTIONS, help });
    expect(withHelp.startsWith(text.trimEnd())).toBe(true);
    const lines = withHelp.slice(withHelp.indexOf('## If you need help now'));
    expect(lines).toMatch(
      /^## If you need help now\n\nIf a life is at risk now, call 999\.\nThese help lines are for England\.\n\n/,
    );
    expect(lines).toContain(
      '- **999**\n  Ambulance or police, when a life is at risk now.\n  When: Any time, day or night\n' +
        '- **Samaritans: 116 123**\n',
    );
    expect(lines).toContain('- **NHS 111**\n  Urgent mental health help in England.');
    expect(lines).toContain('- **PAPYRUS HOPELINE247: 0800 068 4141, or text 88247**');
    expect(lines).not.toMatch(/NHS 24|Lifeline|Breathing Space/);
    expect(withHelp.endsWith('When: 5pm to midnight, every day\n')).toBe(true);
  });

  it('takes every word it adds from the translations', () => {
    const marked = ((key: string, options?: Record<string, unknown>) =>
      `⟦${key}${options && 'detail' in options ? `:${String(options.detail)}` : ''}⟧`) as TFunction;
    const words = planViewToMarkdown(view, marked, OPTIONS)
      .replace(/⟦[^⟧]*⟧/g, '')
      .replace(/\[x\]/g, '') // Markdown's own mark for a ticked step
      .replace(
        /Sam|Good listener|See the sea|Go swimming again|Find the pool times|Buy a swimsuit|Marathon|Cook for friends|A walk by the canal|I sleep badly|Call Jo|Rest|Speak slowly|Aunt Mo|Being moved far away|I start cooking again|they\/them|not a heading|nor a list|Jo|Walking group|Tuesdays|Friends|trust me|It clears my head|Feed the cat|07700 900123|0161|Leisure centre|My neighbour|Adventures/g,
        '',
      );
    expect(words).not.toMatch(/\p{L}/u);
  });
});
