import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { openDatabase } from '../../src/db/connection';
import { peopleRepository } from '../../src/db/repositories/people';
import { planSection } from '../../src/db/repositories/planItems';
import { updateSettings } from '../../src/db/repositories/settings';
import { followHelpNow } from '../../src/features/help-now/followHelpNow';
import { HelpNowButton } from '../../src/features/help-now/HelpNowButton';
import { helpNowData } from '../../src/features/help-now/helpNowData';
import { navigate } from '../../src/ui/router';

vi.mock('../../src/features/goals/GoalScreen', () => ({
  GoalScreen: () => {
    throw new Error('A screen that breaks');
  },
}));

const initial = helpNowData.get();
afterEach(() => helpNowData.set(initial));

async function openHelpNow() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Help now' }));
  return { user, dialog: screen.getByRole('dialog', { name: 'Help now' }) };
}

describe('Help now', () => {
  it('always offers 999, and every UK line until the person says where they live', async () => {
    render(<HelpNowButton />);
    const { dialog } = await openHelpNow();
    expect(within(dialog).getByRole('link', { name: 'Call 999' })).toHaveAttribute(
      'href',
      'tel:999',
    );
    const samaritans = within(dialog).getByRole('link', { name: 'Call Samaritans' });
    expect(samaritans).toHaveAttribute('href', 'tel:116123');
    // The number is written out beside the button, for a laptop or someone reading it aloud.
    expect(samaritans).toHaveAccessibleDescription('116 123');
    expect(within(dialog).getByText('116 123')).toBeVisible();
    expect(within(dialog).getByRole('link', { name: 'Text SHOUT to 85258' })).toHaveAttribute(
      'href',
      'sms:85258',
    );
    expect(within(dialog).getByText('Breathing Space')).toBeInTheDocument();
    expect(within(dialog).getByText('Lifeline')).toBeInTheDocument();
    // Hours stay visible rather than a line disappearing outside them.
    expect(within(dialog).getByText(/5pm to midnight, every day/)).toBeInTheDocument();
  });

  it('opens with 999 and the lines in it even when tapped before it was filled', async () => {
    // The closed dialog is filled after the first screen, when the browser is idle: here it
    // never is.
    vi.stubGlobal('requestIdleCallback', () => 1);
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    try {
      render(<HelpNowButton />);
      expect(screen.queryByRole('link', { hidden: true, name: 'Call 999' })).toBeNull();
      const { dialog } = await openHelpNow();
      expect(within(dialog).getByRole('link', { name: 'Call 999' })).toHaveAttribute(
        'href',
        'tel:999',
      );
      expect(within(dialog).getByRole('link', { name: 'Call Samaritans' })).toBeVisible();
    } finally {
      cleanup();
      vi.unstubAllGlobals();
    }
  });

  it('shows the lines for the person’s nation, without the ones they hid', async () => {
    helpNowData.set({ ...initial, nation: 'scotland', hiddenHelpLines: ['calm', 'emergency'] });
    render(<HelpNowButton />);
    const { dialog } = await openHelpNow();
    expect(within(dialog).getByText('Showing lines for: Scotland.')).toBeInTheDocument();
    expect(within(dialog).getByText('NHS 24')).toBeInTheDocument();
    expect(within(dialog).getByText('Breathing Space')).toBeInTheDocument();
    expect(within(dialog).queryByText('NHS 111 Wales')).not.toBeInTheDocument();
    expect(within(dialog).queryByText('Lifeline')).not.toBeInTheDocument();
    expect(within(dialog).queryByText('CALM')).not.toBeInTheDocument();
    // Emergency numbers cannot be hidden.
    expect(within(dialog).getByRole('link', { name: 'Call 999' })).toBeInTheDocument();
  });

  it('puts the person’s own crisis contacts first, with call and text links', async () => {
    await openDatabase();
    const mo = await peopleRepository.add({ name: 'Aunt Mo', phone: '07700 900123' });
    await peopleRepository.add({ name: 'Sam', phone: '07700 900456' });
    await planSection('involved').add({
      personIds: [mo.id],
      detail: 'Come round and sit with me.',
    });
    followHelpNow();
    render(<HelpNowButton />);
    const { dialog } = await openHelpNow();
    expect(await within(dialog).findByRole('link', { name: 'Call Aunt Mo' })).toHaveAttribute(
      'href',
      'tel:07700900123',
    );
    expect(within(dialog).getByRole('link', { name: 'Text Aunt Mo' })).toHaveAttribute(
      'href',
      'sms:07700900123',
    );
    expect(within(dialog).getByText('Come round and sit with me.')).toBeInTheDocument();
    expect(within(dialog).getByText('07700 900123')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Call Aunt Mo' })).toHaveAccessibleDescription(
      '07700 900123',
    );
    expect(
      within(dialog).getByText('People your crisis plan asks to be involved.'),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText('Sam')).not.toBeInTheDocument();
    const headings = within(dialog)
      .getAllByRole('heading')
      .map((h) => h.textContent);
    expect(headings.indexOf('Your people')).toBeLessThan(headings.indexOf('Help lines'));
    // 999 comes before everyone, however many contacts there are.
    expect(headings[1]).toBe('If a life is at risk now');
    const links = within(dialog).getAllByRole('link');
    expect(links[0]).toHaveAccessibleName('Call 999');
  });

  it('never offers anyone the crisis plan says not to involve, picked or written by name', async () => {
    await openDatabase();
    await peopleRepository.add({ name: 'Sam', phone: '07700 900456' });
    const dad = await peopleRepository.add({ name: 'Dad', phone: '07700 900111' });
    await peopleRepository.add({ name: 'Jo Bloggs', phone: '07700 900222' });
    await planSection('notInvolved').add({ personIds: [dad.id], detail: 'We do not talk' });
    await planSection('notInvolved').add({ text: '  jo   BLOGGS ' });
    followHelpNow();
    render(<HelpNowButton />);
    const { dialog } = await openHelpNow();
    // Nobody is under "Who I want involved", so Help now offers people with phone numbers…
    expect(await within(dialog).findByRole('link', { name: 'Call Sam' })).toBeInTheDocument();
    // …but never the ones the plan keeps away.
    expect(within(dialog).queryByText('Dad')).not.toBeInTheDocument();
    expect(within(dialog).queryByText('Jo Bloggs')).not.toBeInTheDocument();
    expect(within(dialog).queryByText('07700 900111')).not.toBeInTheDocument();
    expect(within(dialog).queryByText('07700 900222')).not.toBeInTheDocument();
  });

  it('shows each number exactly as it will be dialled, and one it cannot dial only to read', async () => {
    await openDatabase();
    await peopleRepository.add({ name: 'Priya', phone: '+44 (0)7700 900123 ext 12' });
    await peopleRepository.add({ name: 'Mum', phone: '07700 900456 (mobile)' });
    followHelpNow();
    render(<HelpNowButton />);
    const { dialog } = await openHelpNow();
    const call = await within(dialog).findByRole('link', { name: 'Call Priya' });
    expect(call).toHaveAttribute('href', 'tel:+447700900123');
    expect(call).toHaveAccessibleDescription('+44 7700 900123');
    expect(within(dialog).getByText('Then ask for extension 12.')).toBeInTheDocument();
    // Still offered, to read out, with no button that would dial the wrong number.
    expect(within(dialog).getByText('07700 900456 (mobile)')).toBeInTheDocument();
    expect(within(dialog).queryByRole('link', { name: 'Call Mum' })).not.toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'The call button can’t dial this number as it is written, but you can read it from here.',
      ),
    ).toBeInTheDocument();
  });

  it('keeps someone away even when they are also listed as wanted', async () => {
    await openDatabase();
    const dad = await peopleRepository.add({ name: 'Dad', phone: '07700 900111' });
    await planSection('involved').add({ personIds: [dad.id] });
    await planSection('notInvolved').add({ personIds: [dad.id] });
    followHelpNow();
    render(<HelpNowButton />);
    const { dialog } = await openHelpNow();
    await waitFor(() =>
      expect(
        within(dialog).getByText(
          'When you add people with phone numbers to your plan, they will show here.',
        ),
      ).toBeInTheDocument(),
    );
    expect(within(dialog).queryByRole('link', { name: 'Call Dad' })).not.toBeInTheDocument();
  });

  it('says the person’s own people are behind the lock, not that there are none', async () => {
    const { lockView } = await import('../../src/lock/state');
    lockView.set({ state: 'locked', hasPasskey: false });
    render(<HelpNowButton />);
    const { dialog } = await openHelpNow();
    expect(
      within(dialog).getByText(
        /Your plan is locked, so the people in it show here once you unlock it/,
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Call 999' })).toBeInTheDocument();
    lockView.set({ state: 'off' });
  });

  it('keeps Samaritans for someone outside the UK: 116 123 answers in Ireland too', async () => {
    helpNowData.set({ ...initial, nation: 'elsewhere' });
    render(<HelpNowButton />);
    const { dialog } = await openHelpNow();
    expect(within(dialog).getByRole('link', { name: 'Call Samaritans' })).toBeInTheDocument();
    expect(within(dialog).queryByText('NHS 111')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Call 999' })).toBeInTheDocument();
  });

  it('says which lines are open now in UK time, round-the-clock lines first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // A Tuesday at 11am in winter (GMT).
    vi.setSystemTime(new Date('2026-12-01T11:00:00Z'));
    helpNowData.set({ ...initial, nation: 'scotland' });
    render(<HelpNowButton />);
    const { dialog } = await openHelpNow();
    const names = [...dialog.querySelectorAll('.help-now__name')].map((n) => n.textContent);
    expect(names.indexOf('Samaritans')).toBeLessThan(names.indexOf('Breathing Space'));
    expect(names.indexOf('NHS 24')).toBeLessThan(names.indexOf('CALM'));
    expect(names.indexOf('PAPYRUS HOPELINE247')).toBeLessThan(names.indexOf('Breathing Space'));
    expect(
      within(dialog).getByText('Closed now. Opens Tuesday at 18:00, UK time.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Closed now. Opens Tuesday at 17:00, UK time.')).toBeVisible();
    expect(
      within(dialog).getByText(
        'Monday to Thursday, 6pm to 2am the next morning. From Friday 6pm right through the weekend to Monday 6am.',
        { exact: false },
      ),
    ).toBeInTheDocument();
    vi.useRealTimers();
  });

  it('points to the person’s crisis plan and reasons for living', async () => {
    await openDatabase();
    await planSection('reasonsForLiving').add({ text: 'My son' });
    followHelpNow();
    render(<HelpNowButton />);
    const { dialog } = await openHelpNow();
    expect(
      await within(dialog).findByRole('link', { name: 'Your reasons for living' }),
    ).toHaveAttribute('href', '/crisis-plan#crisis-read-reasonsForLiving');
    expect(within(dialog).getByRole('link', { name: 'Read your crisis plan' })).toHaveAttribute(
      'href',
      '/crisis-plan',
    );
  });

  it('speaks to someone reading a shared plan about the person whose plan it is', async () => {
    const { helpNowForSharedPlan } = await import('../../src/features/help-now');
    helpNowData.set({
      ...initial,
      contacts: [{ id: 'me', name: 'My own friend', phone: '07700 900999', role: '' }],
    });
    // As the viewer has it: parsed from the link, every section there even when empty.
    const { planView } = await import('../../src/domain/planView');
    helpNowForSharedPlan(
      planView.parse({
        aboutMe: { preferredName: 'Sam' },
        crisis: {
          texts: {},
          sections: {
            involved: [
              {
                detail: 'Sit with Sam',
                people: ['Aunt Mo'],
                contact: { name: 'Aunt Mo', relationship: '', phone: '07700 900123', email: '' },
              },
            ],
            notInvolved: [{ text: 'Dad' }],
          },
        },
      }),
    );
    render(<HelpNowButton forRecipient />);
    const { dialog } = await openHelpNow();
    expect(
      within(dialog).getByText(
        'If Sam is in danger now, call 999 for an ambulance or the police. 112 works too.',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('heading', { name: 'People Sam wants involved' }),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Call Aunt Mo' })).toBeInTheDocument();
    // Not this device's people, and nothing that reads as if the plan were the reader's.
    expect(within(dialog).queryByText('My own friend')).not.toBeInTheDocument();
    expect(within(dialog).queryByText('Your people')).not.toBeInTheDocument();
    helpNowForSharedPlan(null);
  });

  it('falls back to people with phone numbers, and shows lines the person added', async () => {
    await openDatabase();
    await peopleRepository.add({ name: 'Sam', phone: '07700 900456' });
    await updateSettings({
      ownHelpLines: [
        { id: 'x', name: 'Crisis team', phone: '0141 000 0000', notes: 'Ask for the duty worker' },
      ],
    });
    followHelpNow();
    render(<HelpNowButton />);
    const { dialog } = await openHelpNow();
    expect(await within(dialog).findByRole('link', { name: 'Call Sam' })).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Call Crisis team' })).toHaveAttribute(
      'href',
      'tel:01410000000',
    );
    expect(within(dialog).getByText('0141 000 0000')).toBeInTheDocument();
  });

  it('opens and closes by keyboard', async () => {
    render(<HelpNowButton />);
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Help now' }).focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Help now' });
    await user.click(within(dialog).getByRole('button', { name: 'Close Help now' }));
    expect(dialog).not.toHaveAttribute('open');
  });

  it('still works when a screen has broken', async () => {
    await openDatabase();
    render(<App />);
    act(() => navigate('/goals/some-goal'));
    expect(
      await screen.findByRole('heading', { name: 'Something went wrong on this screen' }),
    ).toBeInTheDocument();
    const { dialog } = await openHelpNow();
    expect(within(dialog).getByRole('link', { name: 'Call 999' })).toBeInTheDocument();
    act(() => navigate('/'));
  });

  it('shows the Help now page even when the plan’s database cannot open', async () => {
    const { dbStatus } = await import('../../src/db/status');
    act(() => navigate('/help-now'));
    dbStatus.set({ state: 'failed', reason: 'unavailable' });
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Help now' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Call 999' })[0]).toHaveAttribute('href', 'tel:999');
    act(() => navigate('/'));
  });
});

describe('help line settings', () => {
  it('remembers where the person lives, lines they hide, and lines they add', async () => {
    const { SettingsScreen } = await import('../../src/features/settings/SettingsScreen');
    const { getSettings } = await import('../../src/db/repositories/settings');
    await openDatabase();
    const user = userEvent.setup();
    render(<SettingsScreen />);
    await user.selectOptions(await screen.findByLabelText('Where I live'), 'wales');
    await user.click(screen.getByRole('checkbox', { name: 'CALM' }));
    await waitFor(async () =>
      expect(await getSettings()).toMatchObject({ nation: 'wales', hiddenHelpLines: ['calm'] }),
    );

    await user.click(screen.getByRole('button', { name: 'Add this line' }));
    expect(screen.getByText('Please give the line a name and a phone number.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Name'), 'Crisis team');
    await user.type(screen.getByLabelText('Phone number'), '029 0000 0000');
    await user.click(screen.getByRole('button', { name: 'Add this line' }));
    await waitFor(async () => expect((await getSettings()).ownHelpLines).toHaveLength(1));
    await user.click(await screen.findByRole('button', { name: 'Remove Crisis team' }));
    await waitFor(async () => expect((await getSettings()).ownHelpLines).toEqual([]));
  });
});
