import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { getSettings } from '../../src/db/repositories/settings';
import { SettingsScreen } from '../../src/features/settings/SettingsScreen';

beforeEach(async () => {
  await openDatabase();
});

const addLineForm = () => screen.findByRole('form', { name: 'Add a line of your own' });

describe('Settings: the phone number of a line of your own', () => {
  it('shows the number call buttons will dial, and reads it out once typing pauses', async () => {
    const user = userEvent.setup();
    render(<SettingsScreen />);
    const form = await addLineForm();
    const phone = within(form).getByLabelText('Phone number');
    expect(within(form).getByRole('status')).toBeEmptyDOMElement();

    await user.type(phone, '0044 (0)29 2000 0000 x 4');
    expect(phone).toHaveAccessibleDescription(
      'Call buttons will dial +44 29 2000 0000, then ask for extension 4.',
    );
    await waitFor(
      () =>
        expect(within(form).getByRole('status')).toHaveTextContent(
          'Call buttons will dial +44 29 2000 0000, then ask for extension 4.',
        ),
      { timeout: 3000 },
    );
  });

  it('says kindly when letters cannot be dialled, and still adds the line as typed', async () => {
    const user = userEvent.setup();
    render(<SettingsScreen />);
    const form = await addLineForm();
    await user.type(within(form).getByLabelText('Name'), 'Flower line');
    const phone = within(form).getByLabelText('Phone number');
    await user.type(phone, '0800 FLOWERS');
    expect(phone).toHaveAccessibleDescription(
      'Letters can’t be dialled — please write the number in digits. What you typed is kept.',
    );
    expect(phone).not.toHaveAttribute('aria-invalid');

    await user.click(within(form).getByRole('button', { name: 'Add this line' }));
    await waitFor(async () =>
      expect((await getSettings()).ownHelpLines).toMatchObject([
        { name: 'Flower line', phone: '0800 FLOWERS' },
      ]),
    );
  });
});
