/**
 * Waymark's promise: a write never fails silently. When the device is full, the person is told
 * kindly, their words stay on screen, and "Try again" saves them once there is room.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { SaveStatusBar } from '../../src/app/SaveStatusBar';
import { getDb, openDatabase } from '../../src/db/connection';
import { getAboutMe, saveAboutMe } from '../../src/db/repositories/aboutMe';
import { strengthsRepository } from '../../src/db/repositories/strengths';
import { hasFailedWrites, saveStatus } from '../../src/db/writes';
import { AboutMeScreen } from '../../src/features/about-me/AboutMeScreen';
import { StrengthsScreen } from '../../src/features/strengths/StrengthsScreen';
import { chromiumQuotaError } from '../helpers/errors';
import { collectUnhandledRejections } from '../helpers/unhandled';

const QUOTA_MESSAGE =
  'This device is full, so your latest change is not saved yet. Your words are still on screen. Free up some space, then try again.';

beforeEach(async () => {
  await openDatabase();
  saveStatus.set({ state: 'idle' });
});

const renderAboutMeWithStatus = () =>
  render(
    <>
      <SaveStatusBar />
      <AboutMeScreen />
    </>,
  );

/** Makes every write of About me fail as Chromium does when the disk is full. */
const fillTheDisk = () => vi.spyOn(getDb().aboutMe, 'put').mockRejectedValue(chromiumQuotaError());

describe('when a save fails because the device is full', () => {
  it('says so kindly, keeps the words on screen, and Try again saves them once there is room', async () => {
    const user = userEvent.setup();
    renderAboutMeWithStatus();
    const story = await screen.findByLabelText('My story');
    const full = fillTheDisk();

    await user.type(story, 'Still here');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(QUOTA_MESSAGE);
    expect(story).toHaveValue('Still here');
    expect(await getAboutMe()).toBeUndefined();
    expect(screen.queryByText('Saved on this device')).not.toBeInTheDocument();

    // Space is freed up; the person asks to try again.
    full.mockRestore();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    await waitFor(async () => expect((await getAboutMe())?.story).toBe('Still here'));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('Saved on this device');
    expect(hasFailedWrites()).toBe(false);
  });

  it('keeps saying so while the device is still full, and Try again does not lose the words', async () => {
    const user = userEvent.setup();
    renderAboutMeWithStatus();
    const name = await screen.findByLabelText('The name I like to be called');
    const full = fillTheDisk();
    await user.type(name, 'Ash');
    const alert = await screen.findByRole('alert');

    const tries = full.mock.calls.length;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(full.mock.calls.length).toBeGreaterThan(tries));
    expect(screen.getByRole('alert')).toHaveTextContent(QUOTA_MESSAGE);
    expect(name).toHaveValue('Ash');

    full.mockRestore();
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }));
    await waitFor(async () => expect((await getAboutMe())?.preferredName).toBe('Ash'));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('saves every field that failed, not only the last one typed in', async () => {
    const user = userEvent.setup();
    renderAboutMeWithStatus();
    const full = fillTheDisk();
    await user.type(await screen.findByLabelText('My pronouns'), 'he/him');
    await user.type(screen.getByLabelText('What matters most to me'), 'Football');
    await screen.findByRole('alert');

    full.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(async () =>
      expect(await getAboutMe()).toMatchObject({ pronouns: 'he/him', mattersMost: 'Football' }),
    );
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('clears the message when the person carries on typing once there is room', async () => {
    const user = userEvent.setup();
    await saveAboutMe({ whenWell: 'Calm' });
    renderAboutMeWithStatus();
    await user.click(await screen.findByRole('button', { name: 'Change About me' }));
    const whenWell = await screen.findByLabelText('What I am like when I am well');
    await waitFor(() => expect(whenWell).toHaveValue('Calm'));
    const full = fillTheDisk();
    await user.type(whenWell, ' and');
    await screen.findByRole('alert');

    full.mockRestore();
    await user.type(whenWell, ' kind');
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect((await getAboutMe())?.whenWell).toBe('Calm and kind');
    expect(hasFailedWrites()).toBe(false);
  });
});

describe('when a change to a list fails because the device is full', () => {
  const renderStrengthsWithStatus = () =>
    render(
      <>
        <SaveStatusBar />
        <StrengthsScreen />
      </>,
    );

  /**
   * ListEditor does not catch a failed add or remove itself (the status bar reports it), so the
   * rejection goes unhandled; these tests expect that and keep it from failing the run.
   */
  const absorbUnhandledRejections = () => {
    const rejections = collectUnhandledRejections();
    onTestFinished(() => rejections.stop());
  };

  it('tells the person a removal was not saved, keeps the strength, and Try again removes it', async () => {
    absorbUnhandledRejections();
    const user = userEvent.setup();
    await strengthsRepository.add({ title: 'Patience' });
    renderStrengthsWithStatus();
    await user.click(await screen.findByRole('button', { name: 'More for Patience' }));
    const remove = screen.getByRole('button', { name: 'Remove: Patience' });
    const full = vi.spyOn(getDb().strengths, 'delete').mockRejectedValue(chromiumQuotaError());

    await user.click(remove);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(QUOTA_MESSAGE);
    expect(screen.getByRole('group', { name: 'Patience' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect(await strengthsRepository.list()).toHaveLength(1);

    full.mockRestore();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(async () => expect(await strengthsRepository.list()).toEqual([]));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(hasFailedWrites()).toBe(false);
  });

  it('Try again adds the strength once there is room', async () => {
    absorbUnhandledRejections();
    const user = userEvent.setup();
    renderStrengthsWithStatus();
    const add = await screen.findByRole('button', { name: 'Add a strength' });
    const full = vi.spyOn(getDb().strengths, 'add').mockRejectedValue(chromiumQuotaError());

    await user.click(add);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(QUOTA_MESSAGE);
    expect(await strengthsRepository.list()).toEqual([]);

    full.mockRestore();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument(), {
      timeout: 1000,
    });
    expect(await strengthsRepository.list()).toHaveLength(1);
  });

  // The move fails, the person simply presses Move down again once there is room (and it works):
  // that clears the failure, so Try again cannot repeat the move and put the strength last.
  it('does not move a strength a second time when the person already redid the move', async () => {
    absorbUnhandledRejections();
    const user = userEvent.setup();
    for (const title of ['Patience', 'Cooking', 'My sister']) {
      await strengthsRepository.add({ title });
    }
    renderStrengthsWithStatus();
    await user.click(await screen.findByRole('button', { name: 'More for Patience' }));
    const full = vi.spyOn(getDb().strengths, 'bulkPut').mockRejectedValue(chromiumQuotaError());
    screen.getByRole('button', { name: 'Move down: Patience' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('alert');

    full.mockRestore();
    screen.getByRole('button', { name: 'Move down: Patience' }).focus();
    await user.keyboard('{Enter}');
    const titles = async () => (await strengthsRepository.list()).map((s) => s.title);
    await waitFor(async () => expect(await titles()).toEqual(['Cooking', 'Patience', 'My sister']));

    // However the message is handled, the strength must stay where the person put it.
    const alert = screen.queryByRole('alert');
    if (alert) await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(await titles()).toEqual(['Cooking', 'Patience', 'My sister']);
  });
});
