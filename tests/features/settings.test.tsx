import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { requestPersistenceOnce } from '../../src/db/persistence';
import { getSettings, updateSettings } from '../../src/db/repositories/settings';
import { SettingsScreen } from '../../src/features/settings/SettingsScreen';
import { stubStorage, unstubStorage } from '../helpers/storage';

beforeEach(async () => {
  await openDatabase();
});

afterEach(() => {
  unstubStorage();
});

const renderSettings = () => render(<SettingsScreen />);

/** The "About your data" part of Settings. */
const dataSection = () => screen.findByRole('region', { name: 'About your data' });

const GRANTED = /This browser has agreed to keep your plan’s storage/;
const DENIED = /This browser has not agreed to keep your plan’s storage for sure/;
const NOT_ASKED = /Waymark will ask the browser to keep your plan safe after you first save/;
const UNKNOWN = /This browser does not say whether it will keep your plan’s storage/;
const USAGE_UNKNOWN = 'This browser does not say how much space Waymark uses.';

describe('Settings: keeping the plan safe', () => {
  it('says the browser has agreed to keep the plan, and how much space it uses', async () => {
    stubStorage({ persisted: true, estimate: { usage: 1_234_567, quota: 10_000_000_000 } });
    renderSettings();
    const data = await dataSection();
    expect(
      within(data).getByRole('heading', { name: 'Keeping your plan safe' }),
    ).toBeInTheDocument();
    expect(await within(data).findByText(GRANTED)).toBeInTheDocument();
    expect(within(data).getByText('Space used on this device: 1.2 MB.')).toBeInTheDocument();
    expect(within(data).queryByText(DENIED)).not.toBeInTheDocument();
  });

  it('before the first save, says Waymark has not asked yet rather than that the browser said no', async () => {
    stubStorage({ persisted: false, estimate: { usage: 45_000 } });
    renderSettings();
    const data = await dataSection();
    expect(await within(data).findByText(NOT_ASKED)).toBeInTheDocument();
    expect(within(data).getByText('Space used on this device: 45 kB.')).toBeInTheDocument();
  });

  it('says kindly what it means when the browser did not agree, once Waymark has asked', async () => {
    stubStorage({ persisted: false, persist: false, estimate: { usage: 45_000 } });
    await requestPersistenceOnce();
    expect(await getSettings()).toMatchObject({ persistGranted: false });
    renderSettings();
    const data = await dataSection();
    expect(await within(data).findByText(DENIED)).toBeInTheDocument();
    expect(within(data).getByText(DENIED)).toHaveTextContent(/Installing Waymark .* usually helps/);
  });

  it('updates while open when the browser agrees after the first save', async () => {
    let granted = false;
    stubStorage({ estimate: { usage: 45_000 } });
    Object.assign(navigator.storage, {
      persisted: () => Promise.resolve(granted),
      persist: () => {
        granted = true;
        return Promise.resolve(true);
      },
    });
    renderSettings();
    const data = await dataSection();
    expect(await within(data).findByText(NOT_ASKED)).toBeInTheDocument();

    await requestPersistenceOnce();
    expect(await within(data).findByText(GRANTED)).toBeInTheDocument();
    expect(within(data).queryByText(NOT_ASKED)).not.toBeInTheDocument();
  });

  it('says the browser does not tell, when it has no storage manager at all', async () => {
    stubStorage('missing');
    renderSettings();
    const data = await dataSection();
    expect(await within(data).findByText(UNKNOWN)).toBeInTheDocument();
    expect(within(data).getByText(USAGE_UNKNOWN)).toBeInTheDocument();
    expect(within(data).queryByText(/Space used on this device/)).not.toBeInTheDocument();
  });

  it('says the browser does not tell, when its methods are missing or refuse', async () => {
    stubStorage({ persisted: 'rejects', estimate: 'missing' });
    renderSettings();
    const data = await dataSection();
    expect(await within(data).findByText(UNKNOWN)).toBeInTheDocument();
    expect(within(data).getByText(USAGE_UNKNOWN)).toBeInTheDocument();
  });

  it('shows the space used even when the browser does not say whether it will keep the plan', async () => {
    stubStorage({ persisted: 'missing', estimate: { usage: 3_400_000 } });
    renderSettings();
    const data = await dataSection();
    expect(await within(data).findByText(UNKNOWN)).toBeInTheDocument();
    expect(within(data).getByText('Space used on this device: 3.4 MB.')).toBeInTheDocument();
  });

  it('is honest about what Waymark cannot protect against', async () => {
    stubStorage({ persisted: true });
    renderSettings();
    const data = await dataSection();
    expect(
      within(data).getByText(/Your plan is kept only in this browser on this device/),
    ).toBeInTheDocument();
    expect(within(data).getByText(/cannot protect your plan from someone using/)).toBeVisible();
  });
});

describe('Settings: how Waymark looks', () => {
  it('starts at the standard text size and saves a new size as soon as it is chosen', async () => {
    const user = userEvent.setup();
    stubStorage({ persisted: true });
    renderSettings();
    const textSize = await screen.findByRole('combobox', { name: 'Text size' });
    expect(textSize).toHaveDisplayValue('Standard');
    expect(
      within(textSize)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Standard', 'Large', 'Larger', 'Largest (twice the size)']);

    await user.selectOptions(textSize, 'Larger');
    await waitFor(async () => expect((await getSettings()).textSize).toBe('larger'));
    // The choice shows what is saved, once the saved settings have come back from the database.
    await waitFor(() => expect(textSize).toHaveDisplayValue('Larger'));

    await user.selectOptions(textSize, 'Large');
    await waitFor(async () => expect((await getSettings()).textSize).toBe('large'));
  });

  it('shows the text size saved earlier', async () => {
    stubStorage({ persisted: true });
    await updateSettings({ textSize: 'large' });
    renderSettings();
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Text size' })).toHaveDisplayValue('Large'),
    );
  });

  it('keeps other settings when the text size changes', async () => {
    const user = userEvent.setup();
    stubStorage({ persisted: true });
    await updateSettings({ welcomeDismissed: true, checkInsEnabled: true });
    renderSettings();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Text size' }), 'Larger');
    await waitFor(async () =>
      expect(await getSettings()).toMatchObject({
        textSize: 'larger',
        welcomeDismissed: true,
        checkInsEnabled: true,
      }),
    );
  });
});
