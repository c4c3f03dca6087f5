import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { checkInAreasRepository, checkInsRepository } from '../../src/db/repositories/checkIns';
import { planSection } from '../../src/db/repositories/planItems';
import { getSettings, updateSettings } from '../../src/db/repositories/settings';
import { CheckInsScreen } from '../../src/features/check-ins/CheckInsScreen';
import { announcement } from '../../src/ui/announcer';

beforeEach(async () => {
  await openDatabase();
});

const renderScreen = () => render(<CheckInsScreen />);

/** The check-in form, where each area is a group of numbers named after it. */
const checkInForm = () => screen.findByRole('region', { name: 'How are things now?' });

/** Words a check-in must never use about a number. */
const JUDGING = /\b(worse|declin(ed|ing)|bad|fail(ed|ure)?|warning|poor)\b/i;

async function turnedOnWith(...areas: Parameters<typeof checkInAreasRepository.add>[0][]) {
  await updateSettings({ checkInsEnabled: true });
  const added = [];
  for (const fields of areas) added.push(await checkInAreasRepository.add(fields));
  return added;
}

describe('check-ins are optional', () => {
  it('are off by default, and explain gently what they are', async () => {
    renderScreen();
    expect(await screen.findByRole('button', { name: 'Turn on check-ins' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Check-ins' })).toBeInTheDocument();
    const text = document.body.textContent ?? '';
    expect(text).toMatch(/optional/i);
    expect(text).toMatch(/parts of your life that matter to you/);
    expect(text).toMatch(/from 1 to 10/);
    expect(text).toMatch(/No score is ever a verdict/);
    expect(text).toMatch(/stay on this device/);
    expect(screen.queryByRole('button', { name: 'Save this check-in' })).not.toBeInTheDocument();
    expect((await getSettings()).checkInsEnabled).toBe(false);
  });

  it('turn on when the person asks, and offer a way to turn them off again', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Turn on check-ins' }));
    expect(
      await screen.findByRole('heading', { name: 'Parts of life that matter to you' }),
    ).toHaveFocus();
    expect((await getSettings()).checkInsEnabled).toBe(true);
    expect(announcement.get().message).toBe('Check-ins are on.');
    expect(screen.getByRole('button', { name: 'Turn off check-ins' })).toBeInTheDocument();
    expect(document.body.textContent).toMatch(/Nothing is deleted/);
  });

  it('turning off hides check-ins but keeps every one of them', async () => {
    const user = userEvent.setup();
    const [home] = await turnedOnWith({ area: 'home' });
    await checkInsRepository.add(
      [{ areaId: home!.id, score: 6, note: 'Settled in' }],
      '2026-03-01T12:00:00.000Z',
    );
    await checkInsRepository.add(
      [{ areaId: home!.id, score: 7, note: '' }],
      '2026-03-02T12:00:00.000Z',
    );
    renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Turn off check-ins' }));

    const turnOn = await screen.findByRole('button', { name: 'Turn on check-ins' });
    await waitFor(() => expect(turnOn).toHaveFocus());
    expect((await getSettings()).checkInsEnabled).toBe(false);
    expect(await checkInsRepository.list()).toHaveLength(2);
    expect(await checkInAreasRepository.list()).toHaveLength(1);
    expect(
      await screen.findByText(/You have 2 check-ins saved from before. They are still here/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();

    await user.click(turnOn);
    expect(await screen.findByRole('article', { name: 'Home' })).toBeInTheDocument();
  });
});

describe('choosing the parts of life that matter', () => {
  it('adds standard areas and the person’s own, in their order', async () => {
    const user = userEvent.setup();
    await updateSettings({ checkInsEnabled: true });
    renderScreen();
    expect(await screen.findByText(/No parts of life chosen yet/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add a part of life' }));
    await waitFor(() => expect(screen.getByLabelText('Part of life')).toHaveFocus());
    await user.selectOptions(screen.getByLabelText('Part of life'), 'community');

    await user.click(screen.getByRole('button', { name: 'Add a part of life' }));
    await waitFor(() => expect(screen.getAllByLabelText('Part of life')[1]).toHaveFocus());
    await user.selectOptions(screen.getAllByLabelText('Part of life')[1]!, 'own');
    await user.type(await screen.findByLabelText('Part of life, in my own words'), 'Sleep');

    await waitFor(async () =>
      expect(
        (await checkInAreasRepository.list()).map(({ area, ownArea }) => ({ area, ownArea })),
      ).toEqual([
        { area: 'community', ownArea: '' },
        { area: 'own', ownArea: 'Sleep' },
      ]),
    );

    // Each chosen area is ready to check in on, by its name.
    const form = await screen.findByRole('region', { name: 'How are things now?' });
    expect(within(form).getByRole('group', { name: 'Friends and community' })).toBeInTheDocument();
    expect(await within(form).findByRole('group', { name: 'Sleep' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Move up: Sleep' }));
    await waitFor(async () =>
      expect((await checkInAreasRepository.list()).map((a) => a.ownArea)).toEqual(['Sleep', '']),
    );
  });
});

describe('checking in', () => {
  it('saves a number and a note for each area rated, as one check-in, and says thank you', async () => {
    const user = userEvent.setup();
    const [home, sleep] = await turnedOnWith(
      { area: 'home' },
      { area: 'own', ownArea: 'Sleep' },
      { area: 'money' },
    );
    renderScreen();

    const form = await checkInForm();
    const homeGroup = within(form).getByRole('group', { name: 'Home' });
    const radios = within(homeGroup).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    await user.click(within(homeGroup).getByRole('radio', { name: '3' }));
    await user.type(screen.getByLabelText('A note about Home (optional)'), 'Boiler broke');

    const sleepGroup = within(form).getByRole('group', { name: 'Sleep' });
    await user.click(within(sleepGroup).getByRole('radio', { name: '8' }));
    // Money is skipped, and that is fine.
    await user.click(screen.getByRole('button', { name: 'Save this check-in' }));

    expect(
      await screen.findByText('Thank you for checking in. It is saved on this device.'),
    ).toBeInTheDocument();
    expect(announcement.get().message).toBe(
      'Thank you for checking in. It is saved on this device.',
    );
    const saved = await checkInsRepository.list();
    // One save, one moment: the repository keeps no order among ratings saved together.
    const byScore = [...saved].sort((a, b) => a.score - b.score);
    expect(byScore.map(({ areaId, score, note }) => ({ areaId, score, note }))).toEqual([
      { areaId: home!.id, score: 3, note: 'Boiler broke' },
      { areaId: sleep!.id, score: 8, note: '' },
    ]);
    expect(saved[0]!.at).toBe(saved[1]!.at);

    // The form is ready for next time, and nothing judges the numbers.
    expect(
      within(within(form).getByRole('group', { name: 'Home' })).getByRole('radio', { name: '3' }),
    ).not.toBeChecked();
    expect(document.body.textContent).not.toMatch(JUDGING);
  });

  it('lets the person leave an area out again after picking a number', async () => {
    const user = userEvent.setup();
    const [home] = await turnedOnWith({ area: 'home' }, { area: 'work' });
    renderScreen();
    const homeGroup = within(await checkInForm()).getByRole('group', { name: 'Home' });
    await user.click(within(homeGroup).getByRole('radio', { name: '5' }));
    await user.click(screen.getByRole('button', { name: 'Leave out Home' }));
    expect(within(homeGroup).getByRole('radio', { name: '1' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Save this check-in' }));
    expect(
      await screen.findByText('Pick a number for at least one part of life, then save.'),
    ).toBeInTheDocument();
    expect(await checkInsRepository.list()).toEqual([]);

    await user.click(within(homeGroup).getByRole('radio', { name: '6' }));
    await user.click(screen.getByRole('button', { name: 'Save this check-in' }));
    await waitFor(async () =>
      expect((await checkInsRepository.list()).map((c) => [c.areaId, c.score])).toEqual([
        [home!.id, 6],
      ]),
    );
  });
});

describe('how things have been', () => {
  it('shows each area’s check-ins as a chart and as a table', async () => {
    const user = userEvent.setup();
    const [home, sleep] = await turnedOnWith({ area: 'home' }, { area: 'own', ownArea: 'Sleep' });
    await checkInsRepository.add(
      [
        { areaId: home!.id, score: 4, note: 'Moving week' },
        { areaId: sleep!.id, score: 6, note: '' },
      ],
      '2026-03-01T12:00:00.000Z',
    );
    await checkInsRepository.add(
      [{ areaId: home!.id, score: 7, note: 'Unpacked at last' }],
      '2026-03-15T12:00:00.000Z',
    );
    renderScreen();

    const homeCard = await screen.findByRole('article', { name: 'Home' });
    const chart = within(homeCard).getByRole('img');
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart).toHaveAccessibleName(
      'Home: 2 check-ins from 1 March 2026 to 15 March 2026. Your numbers were between 4 and 7 out of 10. The latest is 7.',
    );
    expect(chart.querySelector('path.check-in-chart__line')).not.toBeNull();
    expect(chart.querySelectorAll('circle')).toHaveLength(2);
    expect(
      within(homeCard).getByText('Latest: 7 out of 10, on 15 March 2026.'),
    ).toBeInTheDocument();

    const sleepChart = within(screen.getByRole('article', { name: 'Sleep' })).getByRole('img');
    expect(sleepChart).toHaveAccessibleName(
      'Sleep: one check-in, on 1 March 2026. You picked 6 out of 10.',
    );

    expect(within(homeCard).queryByRole('table')).not.toBeInTheDocument();
    await user.click(within(homeCard).getByText('Show as a table'));
    const table = within(homeCard).getByRole('table', { name: 'Your check-ins for Home' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['4', 'Moving week', 'Remove'],
      ['7', 'Unpacked at last', 'Remove'],
    ]);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toMatch(/^1 March 2026/);
    expect(within(rows[1]!).getByRole('rowheader').textContent).toMatch(/^15 March 2026/);
  });

  it('says nothing yet when there are no check-ins', async () => {
    await turnedOnWith({ area: 'home' });
    renderScreen();
    expect(
      await screen.findByText('Your check-ins will show here once you have saved one.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('offers "What might help?" only once the latest number is lower than the one before', async () => {
    const [home, work] = await turnedOnWith({ area: 'home' }, { area: 'work' });
    await checkInsRepository.add(
      [
        { areaId: home!.id, score: 5, note: '' },
        { areaId: work!.id, score: 8, note: '' },
      ],
      '2026-03-01T12:00:00.000Z',
    );
    await checkInsRepository.add(
      [
        { areaId: home!.id, score: 7, note: '' },
        { areaId: work!.id, score: 8, note: '' },
      ],
      '2026-03-02T12:00:00.000Z',
    );
    renderScreen();
    const homeCard = await screen.findByRole('article', { name: 'Home' });
    expect(screen.queryByText('What might help?')).not.toBeInTheDocument();

    await checkInsRepository.add(
      [
        { areaId: home!.id, score: 4, note: '' },
        { areaId: work!.id, score: 9, note: '' },
      ],
      '2026-03-03T12:00:00.000Z',
    );
    const help = (await within(homeCard).findByRole('heading', { name: 'What might help?' }))
      .parentElement!;
    expect(help).toHaveTextContent('Things that have helped you before might help now.');
    expect(within(help).getByRole('link', { name: 'Look at your strengths' })).toHaveAttribute(
      'href',
      '/strengths',
    );
    expect(
      within(help).getByRole('link', { name: 'Look at your staying-well plan' }),
    ).toHaveAttribute('href', '/staying-well');
    expect(within(help).getByRole('link', { name: 'Open Help now' })).toHaveAttribute(
      'href',
      '/help-now',
    );
    const workCard = screen.getByRole('article', { name: 'Work and volunteering' });
    expect(within(workCard).queryByText('What might help?')).not.toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(JUDGING);

    await checkInsRepository.add(
      [{ areaId: home!.id, score: 6, note: '' }],
      '2026-03-04T12:00:00.000Z',
    );
    await waitFor(() => expect(screen.queryByText('What might help?')).not.toBeInTheDocument());
  });

  it('after a drop, points to what the person wrote they would do, and to Help now, gently', async () => {
    await planSection('earlySigns').add({
      text: 'I stop answering messages',
      actions: ['Reply to one person', 'Call Jo'],
    });
    await planSection('earlySigns').add({ text: 'A sign with nothing to do yet' });
    for (let n = 1; n <= 4; n++) {
      await planSection('earlySigns').add({ text: `Another sign ${n}`, actions: [`Idea ${n}`] });
    }
    const [sleep] = await turnedOnWith({ area: 'own', ownArea: 'Sleep' });
    await checkInsRepository.add(
      [{ areaId: sleep!.id, score: 7, note: '' }],
      '2026-03-01T12:00:00.000Z',
    );
    await checkInsRepository.add(
      [{ areaId: sleep!.id, score: 3, note: '' }],
      '2026-03-02T12:00:00.000Z',
    );
    renderScreen();
    const card = await screen.findByRole('article', { name: 'Sleep' });
    const help = (await within(card).findByRole('heading', { name: 'What might help?' }))
      .parentElement!;
    expect(
      await within(help).findByText(
        'In your staying-well plan, you wrote what you would do if you noticed early signs:',
      ),
    ).toBeVisible();
    const sign = within(help).getByText('I stop answering messages').closest('li')!;
    expect(
      within(sign)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Reply to one person', 'Call Jo']);
    // A sign with nothing written to do is not offered as an idea; a few are enough.
    expect(within(help).queryByText('A sign with nothing to do yet')).not.toBeInTheDocument();
    expect(within(help).getByText('Another sign 2')).toBeVisible();
    expect(within(help).queryByText('Another sign 3')).not.toBeInTheDocument();
    expect(within(help).getByText('There are 2 more in your staying-well plan.')).toBeVisible();
    expect(
      within(help).getByRole('link', { name: 'Look at your staying-well plan' }),
    ).toHaveAttribute('href', '/staying-well');
    expect(help).toHaveTextContent('you do not have to wait');
    const helpNow = within(help).getByRole('link', { name: 'Open Help now' });
    expect(helpNow).toHaveAttribute('href', '/help-now');
    expect(help.textContent).not.toMatch(JUDGING);
  });

  it('after a drop with no staying-well ideas yet, still offers the plan and Help now', async () => {
    const [home] = await turnedOnWith({ area: 'home' });
    await checkInsRepository.add(
      [{ areaId: home!.id, score: 6, note: '' }],
      '2026-03-01T12:00:00.000Z',
    );
    await checkInsRepository.add(
      [{ areaId: home!.id, score: 5, note: '' }],
      '2026-03-02T12:00:00.000Z',
    );
    renderScreen();
    const card = await screen.findByRole('article', { name: 'Home' });
    const help = (await within(card).findByRole('heading', { name: 'What might help?' }))
      .parentElement!;
    expect(within(help).queryByText(/you wrote what you would do/)).not.toBeInTheDocument();
    expect(
      within(help).getByRole('link', { name: 'Look at your staying-well plan' }),
    ).toHaveAttribute('href', '/staying-well');
    expect(within(help).getByRole('link', { name: 'Open Help now' })).toHaveAttribute(
      'href',
      '/help-now',
    );
  });

  it('removes a past check-in from the table, and Undo puts it back', async () => {
    const user = userEvent.setup();
    const [home] = await turnedOnWith({ area: 'home' });
    await checkInsRepository.add(
      [{ areaId: home!.id, score: 4, note: 'First' }],
      '2026-03-01T12:00:00.000Z',
    );
    const [second] = await checkInsRepository.add(
      [{ areaId: home!.id, score: 6, note: 'Second' }],
      '2026-03-02T12:00:00.000Z',
    );
    renderScreen();
    const homeCard = await screen.findByRole('article', { name: 'Home' });
    await user.click(within(homeCard).getByText('Show as a table'));
    const remove = within(homeCard).getByRole('button', {
      name: /^Remove the check-in from 2 March 2026/,
    });
    await user.click(remove);

    expect(await screen.findByText(/^Removed the check-in from 2 March 2026/)).toBeInTheDocument();
    await waitFor(async () =>
      expect((await checkInsRepository.list()).map((c) => c.note)).toEqual(['First']),
    );
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
    await waitFor(() => expect(within(homeCard).queryByText('Second')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await checkInsRepository.list()).toContainEqual(second));
    expect(await within(homeCard).findByText('Second')).toBeInTheDocument();
    expect(announcement.get().message).toMatch(/^Put back the check-in from 2 March 2026/);
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    await waitFor(() => expect(within(homeCard).getByText('Show as a table')).toHaveFocus());
  });

  it('still offers Undo after removing the only check-in there was', async () => {
    const user = userEvent.setup();
    const [home] = await turnedOnWith({ area: 'home' });
    const [only] = await checkInsRepository.add(
      [{ areaId: home!.id, score: 5, note: 'Just one' }],
      '2026-03-01T12:00:00.000Z',
    );
    renderScreen();
    await user.click(
      within(await screen.findByRole('article', { name: 'Home' })).getByText('Show as a table'),
    );
    await user.click(
      screen.getByRole('button', { name: /^Remove the check-in from 1 March 2026/ }),
    );
    expect(
      await screen.findByText('Your check-ins will show here once you have saved one.'),
    ).toBeInTheDocument();
    expect(await checkInsRepository.list()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await checkInsRepository.list()).toEqual([only]));
    const homeCard = await screen.findByRole('article', { name: 'Home' });
    await waitFor(() => expect(within(homeCard).getByText('Show as a table')).toHaveFocus());
  });

  it('keeps showing the check-ins of an area taken off the list', async () => {
    const user = userEvent.setup();
    const [home] = await turnedOnWith({ area: 'home' });
    await checkInsRepository.add(
      [{ areaId: home!.id, score: 5, note: '' }],
      '2026-03-01T12:00:00.000Z',
    );
    renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Remove: Home' }));
    expect(
      await screen.findByRole('article', { name: 'A part of life you took off your list' }),
    ).toBeInTheDocument();
    expect(await checkInsRepository.list()).toHaveLength(1);
  });

  it('has nothing axe can find to trip up a screen reader or keyboard', async () => {
    const user = userEvent.setup();
    const [home, sleep] = await turnedOnWith({ area: 'home' }, { area: 'own', ownArea: 'Sleep' });
    await checkInsRepository.add(
      [
        { areaId: home!.id, score: 7, note: 'Good week' },
        { areaId: sleep!.id, score: 5, note: '' },
      ],
      '2026-03-01T12:00:00.000Z',
    );
    await checkInsRepository.add(
      [
        { areaId: home!.id, score: 5, note: '' },
        { areaId: sleep!.id, score: 6, note: '' },
      ],
      '2026-03-02T12:00:00.000Z',
    );
    renderScreen();
    const homeCard = await screen.findByRole('article', { name: 'Home' });
    await user.click(within(homeCard).getByText('Show as a table'));
    const form = await checkInForm();
    await user.click(
      within(within(form).getByRole('group', { name: 'Sleep' })).getByRole('radio', { name: '4' }),
    );
    expect(within(homeCard).getByRole('heading', { name: 'What might help?' })).toBeInTheDocument();

    const results = await axe.run(document.body, {
      rules: {
        // jsdom cannot compute colours; the screen is rendered without the app's <main>.
        'color-contrast': { enabled: false },
        region: { enabled: false },
      },
    });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
