import { act, render, screen, waitFor, within } from '@testing-library/react';
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
    expect(
      within(dialog).getByRole('link', { name: 'Call Samaritans on 116 123' }),
    ).toHaveAttribute('href', 'tel:116123');
    expect(within(dialog).getByRole('link', { name: 'Text SHOUT to 85258' })).toHaveAttribute(
      'href',
      'sms:85258',
    );
    expect(within(dialog).getByText('Breathing Space')).toBeInTheDocument();
    expect(within(dialog).getByText('Lifeline')).toBeInTheDocument();
    // Hours stay visible rather than a line disappearing outside them.
    expect(within(dialog).getByText(/5pm to midnight, every day/)).toBeInTheDocument();
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
    expect(
      within(dialog).getByText('People your crisis plan asks to be involved.'),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText('Sam')).not.toBeInTheDocument();
    const headings = within(dialog)
      .getAllByRole('heading')
      .map((h) => h.textContent);
    expect(headings.indexOf('Your people')).toBeLessThan(headings.indexOf('Help lines'));
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
    expect(
      within(dialog).getByRole('link', { name: 'Call Crisis team on 0141 000 0000' }),
    ).toHaveAttribute('href', 'tel:01410000000');
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
