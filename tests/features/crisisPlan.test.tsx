import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { saveAboutMe } from '../../src/db/repositories/aboutMe';
import { getCrisisTexts, saveCrisisTexts } from '../../src/db/repositories/crisisTexts';
import { peopleRepository } from '../../src/db/repositories/people';
import { planSection } from '../../src/db/repositories/planItems';
import { CrisisPlanScreen } from '../../src/features/crisis-plan/CrisisPlanScreen';

beforeEach(async () => {
  await openDatabase();
});

const section = (name: string) => screen.findByRole('region', { name });
const h2s = () =>
  screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

/** The plan opens as others will read it: writing is one deliberate tap away. */
async function startEditing() {
  await userEvent.click(await screen.findByRole('button', { name: 'Edit your crisis plan' }));
}
async function showRead(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Show as others will read it' }));
}

describe('crisis plan: writing it', () => {
  it('lists every section in the order a reader needs, with the single answers last', async () => {
    render(<CrisisPlanScreen />);
    await startEditing();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Crisis plan' }),
    ).toBeInTheDocument();
    await screen.findByRole('heading', { level: 2, name: 'Making my surroundings safer' });
    expect(h2s()).toEqual([
      'Signs that I need others to step in',
      'What helps me in a crisis',
      'What does not help me',
      'Who I want involved',
      'Who I do not want involved',
      'Care and treatment I prefer',
      'Care and treatment I would rather avoid',
      'Practical things to sort',
      'Making my surroundings safer',
      'My reasons for living',
      'When I’m well, and after a crisis',
    ]);
    expect(document.body.textContent).not.toMatch(
      /\b(WRAP|relapse|patient|compliance|suffering|failed)\b/i,
    );
  });

  it('adds signs, what helps and what does not, saving as the person types', async () => {
    const user = userEvent.setup();
    render(<CrisisPlanScreen />);
    await startEditing();
    const stepIn = await section('Signs that I need others to step in');
    await user.click(await within(stepIn).findByRole('button', { name: 'Add a sign' }));
    await waitFor(() =>
      expect(within(stepIn).getByLabelText('A sign that I need others to step in')).toHaveFocus(),
    );
    await user.keyboard('I stop eating');

    const helps = await section('What helps me in a crisis');
    await user.click(
      await within(helps).findByRole('button', { name: 'Add something that helps' }),
    );
    await waitFor(() =>
      expect(within(helps).getByLabelText('Something that helps me')).toHaveFocus(),
    );
    await user.keyboard('Speak slowly');

    const notHelp = await section('What does not help me');
    await user.click(
      await within(notHelp).findByRole('button', { name: 'Add something that does not help' }),
    );
    await waitFor(() =>
      expect(within(notHelp).getByLabelText('Something that does not help me')).toHaveFocus(),
    );
    await user.keyboard('Lots of questions');

    await waitFor(async () =>
      expect((await planSection('stepIn').list()).map((item) => item.text)).toEqual([
        'I stop eating',
      ]),
    );
    await waitFor(async () =>
      expect((await planSection('helps').list()).map((item) => item.text)).toEqual([
        'Speak slowly',
      ]),
    );
    await waitFor(async () =>
      expect((await planSection('doesNotHelp').list()).map((item) => item.text)).toEqual([
        'Lots of questions',
      ]),
    );
  });

  it('picks one person to involve, and says what I’d like them to do', async () => {
    const user = userEvent.setup();
    const mo = await peopleRepository.add({ name: 'Aunt Mo', phone: '07700 900123' });
    await peopleRepository.add({ name: '' }); // not offered until it has a name
    render(<CrisisPlanScreen />);
    await startEditing();
    const involved = await section('Who I want involved');
    await user.click(
      await within(involved).findByRole('button', { name: 'Add someone I want involved' }),
    );
    const who = await within(involved).findByLabelText('Someone from People and places');
    await waitFor(() => expect(who).toHaveFocus());
    expect(
      within(who)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Not chosen', 'Aunt Mo']);
    await user.selectOptions(who, 'Aunt Mo');
    await user.type(within(involved).getByLabelText('What I’d like them to do'), 'Feed the cat');
    await waitFor(async () =>
      expect(await planSection('involved').list()).toMatchObject([
        { personIds: [mo.id], detail: 'Feed the cat' },
      ]),
    );
    // The item takes the person's name.
    expect(await within(involved).findByRole('group', { name: 'Aunt Mo' })).toBeInTheDocument();
  });

  it('says who not to involve by picking someone or writing a name, and why', async () => {
    const user = userEvent.setup();
    await peopleRepository.add({ name: 'Aunt Mo' });
    render(<CrisisPlanScreen />);
    await startEditing();
    const notInvolved = await section('Who I do not want involved');
    await user.click(
      await within(notInvolved).findByRole('button', {
        name: 'Add someone I do not want involved',
      }),
    );
    await waitFor(() =>
      expect(within(notInvolved).getByLabelText('Someone from People and places')).toHaveFocus(),
    );
    await user.type(within(notInvolved).getByLabelText('Or write who it is'), 'My ex');
    await user.type(within(notInvolved).getByLabelText('Why (optional)'), 'It upsets me');
    await waitFor(async () =>
      expect(await planSection('notInvolved').list()).toMatchObject([
        { personIds: [], text: 'My ex', detail: 'It upsets me' },
      ]),
    );
  });

  it('keeps care I prefer and avoid with reasons, and practical things to sort', async () => {
    const user = userEvent.setup();
    render(<CrisisPlanScreen />);
    await startEditing();
    const prefer = await section('Care and treatment I prefer');
    await user.click(await within(prefer).findByRole('button', { name: 'Add care I prefer' }));
    await waitFor(() =>
      expect(within(prefer).getByLabelText('Care or treatment I would like')).toHaveFocus(),
    );
    await user.keyboard('Home treatment team');
    await user.type(within(prefer).getByLabelText('Why'), 'I can stay with my kids');

    const practical = await section('Practical things to sort');
    await user.click(
      await within(practical).findByRole('button', { name: 'Add something to sort' }),
    );
    await waitFor(() =>
      expect(within(practical).getByLabelText('What needs sorting')).toHaveFocus(),
    );
    await user.keyboard('Feed the cat');
    await user.type(within(practical).getByLabelText('Who could do it, and how'), 'Jo has a key');

    await waitFor(async () =>
      expect(await planSection('carePrefer').list()).toMatchObject([
        { text: 'Home treatment team', detail: 'I can stay with my kids' },
      ]),
    );
    await waitFor(async () =>
      expect(await planSection('practical').list()).toMatchObject([
        { text: 'Feed the cat', detail: 'Jo has a key' },
      ]),
    );
  });

  it('offers a way to add people when there is nobody to choose yet', async () => {
    render(<CrisisPlanScreen />);
    await startEditing();
    const involved = await section('Who I want involved');
    expect(
      within(involved).getByRole('link', { name: 'Add someone to People and places' }),
    ).toHaveAttribute('href', '/people');
  });

  it('saves the single answers as the person types', async () => {
    const user = userEvent.setup();
    await saveCrisisTexts({ afterwards: 'Quiet days' });
    render(<CrisisPlanScreen />);
    await startEditing();
    expect(await screen.findByLabelText('What helps me afterwards')).toHaveValue('Quiet days');
    expect(screen.getByLabelText('What I’m like when I’m well')).toHaveAccessibleDescription(
      /what you wrote in About me/,
    );
    await user.type(screen.getByLabelText('What I’m like when I’m well'), 'Chatty');
    await user.type(screen.getByLabelText('How others will know the crisis is over'), 'I cook');
    await waitFor(async () =>
      expect(await getCrisisTexts()).toEqual({
        whenWell: 'Chatty',
        crisisOver: 'I cook',
        afterwards: 'Quiet days',
      }),
    );
  });

  it('reorders by keyboard, and a removed item comes back with Undo', async () => {
    const user = userEvent.setup();
    const repo = planSection('reasonsForLiving');
    await repo.add({ text: 'My son' });
    await repo.add({ text: 'The sea' });
    render(<CrisisPlanScreen />);
    await startEditing();
    // Moving and removing are kept in each item's own menu.
    await user.click(await screen.findByRole('button', { name: 'More for My son' }));
    await user.click(screen.getByRole('button', { name: 'More for The sea' }));
    const moveDown = screen.getByRole('button', { name: 'Move down: My son' });
    moveDown.focus();
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect((await repo.list()).map((item) => item.text)).toEqual(['The sea', 'My son']),
    );

    await user.click(screen.getByRole('button', { name: 'Remove: The sea' }));
    expect(await screen.findByText('Removed “The sea”.')).toBeInTheDocument();
    expect((await repo.list()).map((item) => item.text)).toEqual(['My son']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect((await repo.list()).map((item) => item.text)).toEqual(['The sea', 'My son']),
    );
  });
});

describe('crisis plan: as others will read it', () => {
  async function fillWholePlan() {
    const mo = await peopleRepository.add({ name: 'Aunt Mo', phone: '07700 900123' });
    const dad = await peopleRepository.add({ name: 'Dad' });
    await planSection('stepIn').add({ text: 'I stop eating' });
    await planSection('helps').add({ text: 'Speak slowly' });
    await planSection('doesNotHelp').add({ text: 'Lots of questions' });
    await planSection('involved').add({ personIds: [mo.id], detail: 'Feed the cat' });
    await planSection('notInvolved').add({ personIds: [dad.id], detail: 'We do not talk' });
    await planSection('notInvolved').add({ text: 'My ex' });
    await planSection('carePrefer').add({ text: 'Home treatment', detail: 'My kids' });
    await planSection('careAvoid').add({ text: 'Being far from home', detail: 'I feel lost' });
    await planSection('practical').add({ text: 'Pay the rent', detail: 'My sister' });
    await planSection('saferSurroundings').add({ text: 'Keep my tablets at Mo’s' });
    await planSection('reasonsForLiving').add({ text: 'My son' });
    await saveCrisisTexts({
      whenWell: 'Chatty and busy',
      crisisOver: 'I cook again',
      afterwards: 'Quiet days',
    });
  }

  it('puts the most urgent parts first, in the person’s words', async () => {
    await fillWholePlan();
    render(<CrisisPlanScreen />);
    await screen.findByText('I stop eating');
    expect(h2s()).toEqual([
      'Signs I need you to step in',
      'What helps me',
      'What does not help me',
      'Who I want involved',
      'Please do not involve',
      'Care and treatment I prefer',
      'Care and treatment I would rather avoid',
      'Practical things to sort',
      'Making my surroundings safer',
      'My reasons for living',
      'What I’m like when I’m well',
      'How you’ll know the crisis is over',
      'What helps me afterwards',
    ]);
    // Nothing to edit in the read view.
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit your crisis plan' })).toBeInTheDocument();

    const careAvoid = screen.getByRole('region', {
      name: 'Care and treatment I would rather avoid',
    });
    expect(within(careAvoid).getByText('Being far from home')).toBeInTheDocument();
    expect(within(careAvoid).getByText('Why: I feel lost')).toBeInTheDocument();
    expect(screen.getByText('Who can help: My sister')).toBeInTheDocument();
    expect(screen.getByText('Chatty and busy')).toBeInTheDocument();
    expect(screen.queryByText(/About me part/)).not.toBeInTheDocument();
  });

  it('lets the reader call the people I want involved, and says what I’d like them to do', async () => {
    await fillWholePlan();
    render(<CrisisPlanScreen />);
    const involved = await section('Who I want involved');
    expect(
      within(involved).getByRole('heading', { level: 3, name: 'Aunt Mo' }),
    ).toBeInTheDocument();
    expect(within(involved).getByText('Feed the cat')).toBeInTheDocument();
    expect(within(involved).getByText('Phone: 07700 900123')).toBeInTheDocument();
    expect(within(involved).getByRole('link', { name: 'Call Aunt Mo' })).toHaveAttribute(
      'href',
      'tel:07700900123',
    );
    expect(within(involved).getByRole('link', { name: 'Text Aunt Mo' })).toHaveAttribute(
      'href',
      'sms:07700900123',
    );
  });

  it('shows who not to involve, whether picked or written, with the reason', async () => {
    await fillWholePlan();
    render(<CrisisPlanScreen />);
    const notInvolved = await section('Please do not involve');
    const items = within(notInvolved).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Dad');
    expect(items[0]).toHaveTextContent('Why: We do not talk');
    expect(items[1]).toHaveTextContent('My ex');
    expect(within(notInvolved).queryByRole('link')).not.toBeInTheDocument();
  });

  it('leaves out empty sections and empty items', async () => {
    await planSection('stepIn').add({ text: 'I stop eating' });
    await planSection('stepIn').add({ text: '   ' });
    await planSection('helps').add({ text: '' });
    await planSection('involved').add({ detail: '' });
    await planSection('practical').add({ text: 'Pay the rent' });
    render(<CrisisPlanScreen />);
    await screen.findByText('I stop eating');
    expect(h2s()).toEqual(['Signs I need you to step in', 'Practical things to sort']);
    const stepIn = screen.getByRole('region', { name: 'Signs I need you to step in' });
    expect(within(stepIn).getAllByRole('listitem')).toHaveLength(1);
  });

  it('uses what I wrote in About me when the crisis plan does not say what I’m like when well', async () => {
    await saveAboutMe({ whenWell: 'I sing in the kitchen', preferredName: 'Jas' });
    render(<CrisisPlanScreen />);
    const whenWell = await section('What I’m like when I’m well');
    expect(within(whenWell).getByText('I sing in the kitchen')).toBeInTheDocument();
    expect(
      within(whenWell).getByText('This comes from the About me part of my plan.'),
    ).toBeInTheDocument();
    expect(screen.getByText('I like to be called Jas.')).toBeInTheDocument();
    expect(h2s()).toEqual(['What I’m like when I’m well']);
  });

  it('says kindly when there is nothing to show yet, and goes back to editing', async () => {
    const user = userEvent.setup();
    render(<CrisisPlanScreen />);
    expect(await screen.findByText(/There is nothing in your crisis plan yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit your crisis plan' }));
    expect(await section('Signs that I need others to step in')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show as others will read it' })).toHaveFocus();
  });

  it('has no accessibility problems that axe can find, in either view', async () => {
    const user = userEvent.setup();
    await fillWholePlan();
    const { container } = render(<CrisisPlanScreen />);
    await screen.findByRole('link', { name: 'Call Aunt Mo' });
    const options = { rules: { 'color-contrast': { enabled: false } } };
    expect((await axe.run(container, options)).violations.map((v) => v.id)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Edit your crisis plan' }));
    await screen.findByRole('group', { name: 'Aunt Mo' });
    expect((await axe.run(container, options)).violations.map((v) => v.id)).toEqual([]);
    await showRead(user);
    await screen.findByRole('link', { name: 'Call Aunt Mo' });
    expect((await axe.run(container, options)).violations.map((v) => v.id)).toEqual([]);
  });
});
