import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { readPlan } from '../../src/db/planStore';
import { saveAboutMe } from '../../src/db/repositories/aboutMe';
import { saveCrisisTexts } from '../../src/db/repositories/crisisTexts';
import { goalsRepository, stepsRepository } from '../../src/db/repositories/goals';
import { hopesRepository } from '../../src/db/repositories/hopes';
import { peopleRepository, resourcesRepository } from '../../src/db/repositories/people';
import { planSection } from '../../src/db/repositories/planItems';
import { updateSettings } from '../../src/db/repositories/settings';
import { strengthsRepository } from '../../src/db/repositories/strengths';
import { planView, toPlanView } from '../../src/domain/planView';
import { crisisCardContent } from '../../src/features/print/CrisisCard';
import { CrisisCardScreen } from '../../src/features/print/CrisisCardScreen';
import { PrintScreen } from '../../src/features/print/PrintScreen';
import { PlanDocument } from '../../src/features/print';

beforeEach(async () => {
  await openDatabase();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** A small plan with something in every part. */
async function seedPlan() {
  await saveAboutMe({
    preferredName: 'Sam',
    pronouns: 'they/them',
    recoveryMeans: 'Living a life I choose',
  });
  await strengthsRepository.add({ title: 'Good listener', kind: 'quality', howItHelps: 'Friends' });
  await hopesRepository.add({ title: 'See the sea', area: 'leisure' });
  const goal = await goalsRepository.add({ title: 'Go swimming again', area: 'physicalHealth' });
  const found = await stepsRepository.add(goal.id, { title: 'Find the pool times' });
  await stepsRepository.add(goal.id, { title: 'Buy a swimsuit' });
  await stepsRepository.setAchieved(found.id, true);
  const letGo = await goalsRepository.add({ title: 'Run a marathon' });
  await goalsRepository.setStatus(letGo.id, 'letGo');
  const mo = await peopleRepository.add({
    name: 'Aunt Mo',
    relationship: 'family',
    phone: '07700 900123',
    email: 'mo@example.org',
  });
  await resourcesRepository.add({ name: 'Tuesday walking group', when: 'Tuesdays, 10 till 12' });
  await planSection('toolbox').add({ text: 'A walk by the canal', detail: 'It clears my head' });
  await planSection('earlySigns').add({ text: 'I sleep badly', actions: ['Call Jo', 'Rest'] });
  await planSection('helps').add({ text: 'Speak slowly and calmly' });
  await planSection('helps').add({ text: '   ' }); // empty: never shown
  await planSection('doesNotHelp').add({ text: 'Lots of questions at once' });
  await planSection('involved').add({ personIds: [mo.id], detail: 'Feed the cat' });
  await planSection('careAvoid').add({
    text: 'Being moved far from home',
    detail: 'I need my people',
  });
  await saveCrisisTexts({ crisisOver: 'I start cooking again' });
}

const preview = () => screen.getByRole('region', { name: 'How it will look' });
const partHeadings = () =>
  within(preview())
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);

async function openPrint() {
  render(<PrintScreen />);
  await screen.findByRole('heading', { level: 1, name: 'Print your plan' });
  await within(preview()).findByText('Sam’s plan');
}

describe('Print: choosing parts and previewing', () => {
  it('offers every part of the plan, all chosen, with the crisis plan first in the preview', async () => {
    await seedPlan();
    await openPrint();
    const parts = screen.getByRole('group', { name: 'Parts to include' });
    expect(
      within(parts)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual([
      'Crisis plan',
      'About me',
      'Strengths',
      'Hopes and dreams',
      'Goals',
      'Staying well',
      'Advance statement',
      'People and places',
    ]);
    for (const box of within(parts).getAllByRole('checkbox')) expect(box).toBeChecked();
    expect(partHeadings()).toEqual([
      'How it will look',
      'My crisis plan',
      'About me',
      'Strengths',
      'Hopes and dreams',
      'Goals',
      'Staying well',
      'Advance statement',
      'People and places',
      'If you need help now',
    ]);
    expect(within(preview()).getByText('This copy is from', { exact: false })).toBeVisible();
  });

  it('shows the crisis plan in urgent order, leaving out empty sections and empty items', async () => {
    await seedPlan();
    await openPrint();
    const crisis = within(preview())
      .getByRole('heading', { level: 2, name: 'My crisis plan' })
      .closest('section')!;
    expect(
      within(crisis)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual([
      'What helps me',
      'What does not help me',
      'Who I want involved',
      'Care and treatment I would rather avoid',
      'How you’ll know the crisis is over',
    ]);
    expect(within(crisis).queryByText('Signs I need you to step in')).not.toBeInTheDocument();
    const helps = within(crisis).getByRole('heading', { name: 'What helps me' }).parentElement!;
    expect(within(helps).getAllByRole('listitem')).toHaveLength(1);
    expect(within(crisis).getByText('I like to be called Sam.')).toBeVisible();
    expect(within(crisis).getByText('Why: I need my people')).toBeVisible();
  });

  it('links phone numbers and email addresses, so a helper can call straight from a shared copy', async () => {
    await seedPlan();
    await openPrint();
    const crisis = within(preview())
      .getByRole('heading', { level: 2, name: 'My crisis plan' })
      .closest('section')!;
    expect(within(crisis).getByRole('link', { name: '07700 900123' })).toHaveAttribute(
      'href',
      'tel:07700900123',
    );
    expect(within(crisis).getByRole('link', { name: 'mo@example.org' })).toHaveAttribute(
      'href',
      'mailto:mo@example.org',
    );
    expect(within(crisis).getByText('Feed the cat')).toBeVisible();
  });

  it('shows goals with their small steps and status in kind words', async () => {
    await seedPlan();
    await openPrint();
    const goals = within(preview())
      .getByRole('heading', { level: 2, name: 'Goals' })
      .closest('section')!;
    const swimming = within(goals)
      .getByRole('heading', { level: 3, name: 'Go swimming again' })
      .closest('section')!;
    expect(within(swimming).getByText('Now: Working on it')).toBeVisible();
    expect(within(swimming).getByText('Physical health')).toBeVisible();
    const steps = within(swimming).getAllByRole('listitem');
    expect(steps[0]).toHaveTextContent(/Find the pool times\s*Achieved on \d+ \w+ \d{4}/);
    expect(steps[1]).toHaveTextContent('Buy a swimsuit');
    expect(steps[1]).toHaveTextContent('Still to come');
    expect(within(goals).getByText('Now: Let go')).toBeVisible();
    expect(preview().textContent).not.toMatch(/\b(failed|overdue|relapse)\b/i);
  });

  it('leaves parts that are not chosen out of the page entirely', async () => {
    await seedPlan();
    const user = userEvent.setup();
    await openPrint();
    await user.click(screen.getByRole('checkbox', { name: 'Crisis plan' }));
    await user.click(screen.getByRole('checkbox', { name: 'Goals' }));
    await waitFor(() =>
      expect(partHeadings()).toEqual([
        'How it will look',
        'About me',
        'Strengths',
        'Hopes and dreams',
        'Staying well',
        'Advance statement',
        'People and places',
        'If you need help now',
      ]),
    );
    expect(preview().textContent).not.toMatch(/Speak slowly|Go swimming|crisis plan/i);

    await user.click(screen.getByRole('checkbox', { name: 'Crisis plan' }));
    await waitFor(() => expect(partHeadings()[1]).toBe('My crisis plan'));
    expect(within(preview()).getByText('Speak slowly and calmly')).toBeVisible();
  });

  it('asks for a part when none is chosen', async () => {
    await seedPlan();
    const user = userEvent.setup();
    await openPrint();
    for (const box of screen.getAllByRole('checkbox')) await user.click(box);
    expect(await screen.findByText('Choose at least one part to see it here.')).toBeVisible();
    expect(within(preview()).queryByText('Sam’s plan')).not.toBeInTheDocument();
  });

  it('prints with the browser, and puts the page words where print.css finds them', async () => {
    await seedPlan();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const { unmount } = render(<PrintScreen />);
    await within(await screen.findByRole('region', { name: 'How it will look' })).findByText(
      'Sam’s plan',
    );
    const root = document.documentElement.style;
    expect(root.getPropertyValue('--print-page')).toBe(
      '"Page " counter(page) " of " counter(pages)',
    );
    expect(root.getPropertyValue('--print-top-left')).toBe('"Sam’s plan"');
    expect(root.getPropertyValue('--print-top-right')).toMatch(
      /^"This copy is from \d+ \w+ \d{4}\."$/,
    );
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    unmount();
    expect(root.getPropertyValue('--print-page')).toBe('');
  });

  it('shows an empty part kindly on screen, and says it is left off the paper', async () => {
    render(<PrintScreen />);
    const paper = await screen.findByRole('region', { name: 'How it will look' });
    await within(paper).findByText('My plan');
    expect(within(paper).getAllByText('Nothing is written in this part yet.').length).toBe(7);
    expect(
      within(paper).getAllByText(
        'It is left off the printed pages until you write something in it.',
      ).length,
    ).toBe(7);
  });

  it('ends with the help lines for where the person lives: 999 first, numbers and hours', async () => {
    await seedPlan();
    await updateSettings({
      nation: 'northernIreland',
      hiddenHelpLines: ['childline'],
      ownHelpLines: [{ id: 'own1', name: 'My crisis team', phone: '028 9000 0000', notes: '' }],
    });
    await openPrint();
    const help = within(preview())
      .getByRole('heading', { level: 2, name: 'If you need help now' })
      .closest('section')!;
    expect(
      await within(help).findByText('These help lines are for Northern Ireland.'),
    ).toBeVisible();
    expect(within(help).getByText('If a life is at risk now, call 999.')).toBeVisible();
    const lines = within(help)
      .getAllByRole('listitem')
      .map((line) => line.firstElementChild?.textContent);
    expect(lines.slice(0, 2)).toEqual(['999', 'Samaritans: 116 123']);
    expect(lines).toContain('Lifeline: 0808 808 8000');
    expect(lines).toContain('Shout: text SHOUT to 85258');
    expect(lines).toContain('CALM: 0800 58 58 58');
    expect(lines.at(-1)).toBe('My crisis team: 028 9000 0000');
    // Only the lines for where they live, and none they chose to hide.
    expect(help.textContent).not.toMatch(/NHS 24|Breathing Space|Childline/);
    const samaritans = within(help).getByText('Samaritans: 116 123').parentElement!;
    expect(samaritans).toHaveTextContent('When: Any time, day or night');
    const calm = within(help).getByText('CALM: 0800 58 58 58').parentElement!;
    expect(calm).toHaveTextContent(/When: 5pm/);
  });
});

describe('Print: the document on its own', () => {
  it('renders any subset of parts, with nothing from the others', async () => {
    await seedPlan();
    const view = toPlanView(await readPlan(), { parts: ['people', 'strengths'] });
    render(<PlanDocument view={view} name="" date="2026-05-03" />);
    expect(screen.getByText('My plan')).toBeVisible();
    expect(screen.getByText('This copy is from 3 May 2026.')).toBeVisible();
    expect(
      screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent),
    ).toEqual(['Strengths', 'People and places']);
    expect(screen.getByText('Tuesday walking group')).toBeVisible();
    expect(screen.getByRole('link', { name: '07700 900123' })).toHaveAttribute(
      'href',
      'tel:07700900123',
    );
    expect(document.body.textContent).not.toMatch(/Speak slowly|swimming|See the sea|Sam/);
  });

  it('lets the person’s own words take their own direction on a right-to-left page', () => {
    const view = planView.parse({
      strengths: [{ title: 'صبر', kind: 'own', ownKind: 'Patience', howItHelps: 'I wait' }],
      goals: [{ title: 'Swim again', status: 'active', steps: [{ title: 'Find the pool' }] }],
      aboutMe: { story: 'Born by the sea' },
    });
    render(
      <div dir="rtl">
        <PlanDocument view={view} name="Sam" date="2026-05-03" />
      </div>,
    );
    expect(screen.getByText('صبر')).toHaveAttribute('dir', 'auto');
    expect(screen.getByText('I wait').closest('dd')).toHaveAttribute('dir', 'auto');
    expect(screen.getByRole('heading', { name: 'Swim again' })).toHaveAttribute('dir', 'auto');
    expect(screen.getByText('Find the pool')).toHaveAttribute('dir', 'auto');
    expect(screen.getByText('Born by the sea')).toHaveAttribute('dir', 'auto');
    // The app's own words follow the page.
    expect(screen.getByRole('heading', { name: 'Strengths' })).not.toHaveAttribute('dir');
    expect(screen.getByText('Now: Working on it')).not.toHaveAttribute('dir');
  });

  it('takes a date already in words as it is', () => {
    render(<PlanDocument view={{}} name="Sam" date="yesterday" />);
    expect(screen.getByText('This copy is from yesterday.')).toBeVisible();
  });
});

describe('Print: plain text', () => {
  it('copies the chosen parts as Markdown', async () => {
    await seedPlan();
    const user = userEvent.setup();
    await openPrint();
    await user.click(screen.getByRole('checkbox', { name: 'Goals' }));
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    expect(await screen.findByText('Copied. You can paste it wherever you like.')).toBeVisible();
    const text = await navigator.clipboard.readText();
    expect(text).toMatch(/^# Sam’s plan\n\nThis copy is from .+\.\n\n## My crisis plan\n/);
    expect(text).toContain('### What helps me\n\n- Speak slowly and calmly');
    expect(text).toContain(
      '- **Aunt Mo**\n  - Who they are to me: Family\n  - Phone: 07700 900123',
    );
    expect(text).toContain('## People and places');
    expect(text).toMatch(
      /\n## If you need help now\n\nIf a life is at risk now, call 999\.\nThese help lines are for anywhere in the UK\.\n\n- \*\*999\*\*\n/,
    );
    expect(text).toContain('- **Samaritans: 116 123**\n');
    expect(text).not.toContain('## Goals');
    expect(text).not.toContain('swimming');
  });

  it('saves the chosen parts as a text file', async () => {
    await seedPlan();
    const user = userEvent.setup();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:plan';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    await openPrint();
    await user.click(screen.getByRole('button', { name: 'Save as a text file' }));
    expect(click).toHaveBeenCalledOnce();
    const file = created[0] as File;
    expect(file.name).toMatch(/^my-plan-\d{4}-\d{2}-\d{2}\.md$/);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(file);
    });
    expect(text).toContain('## Staying well');
    expect(await screen.findByText(`Your text file is ready: ${file.name}`)).toBeVisible();
  });
});

describe('Print: the wallet crisis card', () => {
  it('shows the name, who to contact with their numbers, what helps and where the plan is', async () => {
    await seedPlan();
    const user = userEvent.setup();
    render(<CrisisCardScreen />);
    const card = await screen.findByRole('group', { name: /Your card/ });
    await within(card).findByText('I like to be called Sam (they/them)');
    expect(within(card).getByText('Please contact')).toBeVisible();
    expect(within(card).getByText('Aunt Mo')).toBeVisible();
    expect(within(card).getByText('Family')).toBeVisible();
    expect(within(card).getByText('07700 900123')).toBeVisible();
    expect(within(card).getByText('Speak slowly and calmly')).toBeVisible();
    expect(within(card).getByText('Lots of questions at once')).toBeVisible();
    expect(within(card).queryByText('My full plan is')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Where my full plan is'), 'In the drawer by my bed');
    expect(within(card).getByText('My full plan is')).toBeVisible();
    expect(within(card).getByText('In the drawer by my bed')).toBeVisible();
    // Typed for this card only: nothing about it reaches the plan.
    expect(JSON.stringify(await readPlan())).not.toContain('drawer');
  });

  it('carries the signs to step in, and the lines at any hour for where the person lives', async () => {
    await seedPlan();
    await planSection('stepIn').add({ text: 'I stop eating' });
    await updateSettings({ nation: 'scotland' });
    render(<CrisisCardScreen />);
    const card = await screen.findByRole('group', { name: /Your card/ });
    expect(await within(card).findByText('NHS 24: 111')).toBeVisible();
    expect(within(card).getByText('Signs I need you to step in')).toBeVisible();
    expect(within(card).getByText('I stop eating')).toBeVisible();
    const lines = within(card).getByText('Help at any hour').parentElement!;
    expect(
      within(lines)
        .getAllByRole('listitem')
        .map((line) => line.textContent),
    ).toEqual(['999', 'Samaritans: 116 123', 'NHS 24: 111']);
  });

  it('before the person says where they live, shows 999 and Samaritans and no nation’s line', async () => {
    await seedPlan();
    render(<CrisisCardScreen />);
    const card = await screen.findByRole('group', { name: /Your card/ });
    const lines = (await within(card).findByText('Help at any hour')).parentElement!;
    expect(
      within(lines)
        .getAllByRole('listitem')
        .map((line) => line.textContent),
    ).toEqual(['999', 'Samaritans: 116 123']);
  });

  it('never offers someone under “do not involve” as a contact: names them, without their number', async () => {
    const dad = await peopleRepository.add({
      name: 'Dad',
      relationship: 'family',
      phone: '07700 900999',
    });
    await peopleRepository.add({ name: 'Jo', relationship: 'friend', phone: '01632 960000' });
    await planSection('notInvolved').add({ personIds: [dad.id], detail: 'It makes things worse' });
    await planSection('notInvolved').add({ text: 'Uncle Pete 07700 900555' });
    render(<CrisisCardScreen />);
    const card = await screen.findByRole('group', { name: /Your card/ });
    const contacts = (await within(card).findByText('Please contact')).parentElement!;
    expect(within(contacts).getByText('Jo')).toBeVisible();
    expect(within(contacts).queryByText('Dad')).not.toBeInTheDocument();
    const notInvolved = within(card).getByText('Please do not involve').parentElement!;
    expect(notInvolved).toHaveTextContent(/^Please do not involveDad, Uncle Pete$/);
    expect(card.textContent).not.toMatch(/900999|900555/);
  });

  it('checks again itself: a view that still names a kept-away person as a contact loses them', () => {
    const view = planView.parse({
      crisis: {
        texts: {},
        sections: { notInvolved: [{ text: '', people: ['Dad'] }] },
      },
      people: {
        people: [{ name: 'Dad', relationship: 'family', phone: '07700 900999' }],
        resources: [],
      },
    });
    const card = crisisCardContent(view);
    expect(card.contacts.shown).toEqual([]);
    expect(card.notInvolved.shown).toEqual(['Dad']);
  });

  it('cuts long lists cleanly, saying how many more are in the plan', async () => {
    await seedPlan();
    for (let n = 1; n <= 9; n++) {
      await planSection('stepIn').add({ text: `A sign that I need you, number ${n}` });
      await planSection('helps').add({
        text: `Something that helps me a lot when things are hard, number ${n}`,
      });
    }
    render(<CrisisCardScreen />);
    const card = await screen.findByRole('group', { name: /Your card/ });
    const stepIn = (await within(card).findByText('Signs I need you to step in')).parentElement!;
    const shown = within(stepIn).getAllByRole('listitem').length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(9);
    expect(within(stepIn).getByText(`and ${9 - shown} more in my plan`)).toBeVisible();
    const helps = within(card).getByText('What helps me').parentElement!;
    const helpsShown = within(helps).getAllByRole('listitem').length;
    // The seeded plan has one thing that helps already, so ten in all.
    expect(within(helps).getByText(`and ${10 - helpsShown} more in my plan`)).toBeVisible();
  });

  it('falls back to people with a phone number, and suggests the crisis plan when it is thin', async () => {
    await peopleRepository.add({ name: 'Jo', relationship: 'friend', phone: '01632 960000' });
    await peopleRepository.add({ name: 'No phone' });
    render(<CrisisCardScreen />);
    const card = await screen.findByRole('group', { name: /Your card/ });
    expect(await within(card).findByText('Jo')).toBeVisible();
    expect(within(card).queryByText('No phone')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your crisis plan' })).toHaveAttribute(
      'href',
      '/crisis-plan',
    );
  });
});
