import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { planData } from '../../src/domain/plan';
import { getDb, openDatabase } from '../../src/db/connection';
import { readPlan } from '../../src/db/planStore';
import { getSettings } from '../../src/db/repositories/settings';
import { strengthsRepository } from '../../src/db/repositories/strengths';
import { BackupScreen } from '../../src/features/backup/BackupScreen';
import { BACKUP_VERSION, encodeBackup } from '../../src/formats/backup';
import { announcement } from '../../src/ui/announcer';

const at = '2026-11-01T10:00:00.000Z';
const otherPlan = planData.parse({
  strengths: [
    { id: 'a', order: 1, title: 'Kindness', createdAt: at, updatedAt: at },
    { id: 'b', order: 2, title: 'Humour', createdAt: at, updatedAt: at },
  ],
  goals: [{ id: 'g', order: 1, title: 'Swim', createdAt: at, updatedAt: at }],
});

beforeEach(async () => {
  await openDatabase();
  await strengthsRepository.add({ title: 'Patience' });
  URL.createObjectURL = vi.fn(() => 'blob:waymark-test');
  URL.revokeObjectURL = vi.fn();
});

/** A passphrase that clears the floor. */
const STRONG = 'kite over the grey sea at dawn';

const fileOf = (text: string, name = 'waymark-backup-2026-11-01.json') =>
  new File([text], name, { type: 'application/json' });

describe('backup and restore', () => {
  it('makes a backup file of the whole plan and remembers when', async () => {
    const user = userEvent.setup();
    render(<BackupScreen />);
    expect(await screen.findByText(/You have not made a backup yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Make a backup file' }));
    const link = await screen.findByRole('link', { name: 'Save the backup file' });
    expect(link.getAttribute('download')).toMatch(/^waymark-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect((await getSettings()).lastBackupAt).not.toBeNull();
    expect(await screen.findByText('Last backup: today.')).toBeInTheDocument();
  });

  it('asks for the passphrase twice when locking a backup', async () => {
    const user = userEvent.setup();
    render(<BackupScreen />);
    await user.type(await screen.findByLabelText(/^Passphrase \(optional/), STRONG);
    await user.type(screen.getByLabelText('Passphrase again'), `${STRONG}s`);
    await user.click(screen.getByRole('button', { name: 'Make a backup file' }));
    expect(screen.getByLabelText('Passphrase again')).toHaveAccessibleDescription(
      /The two passphrases are not the same/,
    );
    expect((await getSettings()).lastBackupAt).toBeNull();
  });

  it('refuses a passphrase that is easy to guess, kindly, and makes no file', async () => {
    const user = userEvent.setup();
    render(<BackupScreen />);
    const field = await screen.findByLabelText(/^Passphrase \(optional/);
    // Masked, for a new passphrase, with its strength in words.
    expect(field).toHaveAttribute('type', 'password');
    expect(field).toHaveAttribute('autocomplete', 'new-password');
    await user.type(field, 'ok');
    expect(field).toHaveAccessibleDescription(/How hard to guess: easy/);
    await user.type(screen.getByLabelText('Passphrase again'), 'ok');
    await user.click(screen.getByRole('button', { name: 'Make a backup file' }));
    expect(field).toHaveAccessibleDescription(/quite easy for someone to guess/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('link', { name: 'Save the backup file' })).not.toBeInTheDocument();
    expect((await getSettings()).lastBackupAt).toBeNull();

    // A suggested passphrase clears the floor; typed again, it locks the file.
    await user.click(screen.getByRole('button', { name: 'Suggest a passphrase' }));
    await waitFor(() => expect((field as HTMLInputElement).value.split(' ')).toHaveLength(5));
    expect(field).toHaveAttribute('type', 'text');
    expect(field).toHaveAccessibleDescription(/How hard to guess: (very )?hard/);
    const again = screen.getByLabelText('Passphrase again');
    await user.clear(again);
    await user.type(again, (field as HTMLInputElement).value);
    await user.click(screen.getByRole('button', { name: 'Make a backup file' }));
    expect(
      await screen.findByRole('link', { name: 'Save the backup file' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect((await getSettings()).lastBackupAt).not.toBeNull();
  }, 30_000);

  it('shows what a backup holds before changing anything, restores it, and can undo', async () => {
    const user = userEvent.setup();
    const before = await readPlan();
    render(<BackupScreen />);
    await user.upload(
      await screen.findByLabelText('Backup file'),
      fileOf(await encodeBackup(otherPlan, { exportedAt: at, appVersion: '0.1.0' })),
    );

    expect(
      await screen.findByRole('heading', { name: 'What this backup holds' }),
    ).toBeInTheDocument();
    expect(screen.getByText('2 strengths')).toBeInTheDocument();
    expect(screen.getByText('1 goal')).toBeInTheDocument();
    expect(await readPlan()).toEqual(before); // nothing changed yet

    await user.click(screen.getByRole('button', { name: 'Replace my plan with this backup' }));
    expect(
      await screen.findByText('Your plan has been restored from the backup.', { selector: 'p' }),
    ).toBeInTheDocument();
    expect((await strengthsRepository.list()).map((s) => s.title)).toEqual(['Kindness', 'Humour']);

    await user.click(screen.getByRole('button', { name: 'Undo the restore' }));
    await waitFor(async () =>
      expect((await strengthsRepository.list()).map((s) => s.title)).toEqual(['Patience']),
    );
  });

  it('says the plan is back only when the undo really worked', async () => {
    const user = userEvent.setup();
    render(<BackupScreen />);
    await user.upload(
      await screen.findByLabelText('Backup file'),
      fileOf(await encodeBackup(otherPlan, { exportedAt: at, appVersion: '0.1.0' })),
    );
    await user.click(
      await screen.findByRole('button', { name: 'Replace my plan with this backup' }),
    );
    const undo = await screen.findByRole('button', { name: 'Undo the restore' });

    const full = Object.assign(new Error('abort'), {
      name: 'AbortError',
      inner: Object.assign(new Error('full'), { name: 'QuotaExceededError' }),
    });
    vi.spyOn(getDb().table('strengths'), 'bulkAdd').mockRejectedValueOnce(full);
    await user.click(undo);
    expect(await screen.findByText(/This device is too full/)).toBeInTheDocument();
    expect(announcement.get().message).not.toBe('Your plan is back as it was before the restore.');
    expect((await strengthsRepository.list()).map((s) => s.title)).toEqual(['Kindness', 'Humour']);

    // It can be tried again, and then it says so.
    await user.click(screen.getByRole('button', { name: 'Undo the restore' }));
    await waitFor(() =>
      expect(announcement.get().message).toBe('Your plan is back as it was before the restore.'),
    );
    expect((await strengthsRepository.list()).map((s) => s.title)).toEqual(['Patience']);
  });

  it('unlocks a passphrase backup, and says kindly when the passphrase is wrong', async () => {
    const user = userEvent.setup();
    const locked = await encodeBackup(otherPlan, {
      exportedAt: at,
      appVersion: '0.1.0',
      passphrase: 'blue kite',
    });
    render(<BackupScreen />);
    await user.upload(await screen.findByLabelText('Backup file'), fileOf(locked));
    const field = await screen.findByLabelText('Passphrase for this backup');
    // Masked for opening, with a Show toggle; no strength hint, as any passphrase may be tried.
    expect(field).toHaveAttribute('type', 'password');
    expect(field).toHaveAttribute('autocomplete', 'current-password');
    expect(field).not.toHaveAccessibleDescription(/How hard to guess/);
    const restore = screen.getByRole('region', { name: 'Restore from a backup file' });
    const show = within(restore).getByRole('button', { name: 'Show passphrase' });
    await user.click(show);
    expect(show).toHaveAttribute('aria-pressed', 'true');
    expect(field).toHaveAttribute('type', 'text');
    await user.type(field, 'red kite');
    await user.click(screen.getByRole('button', { name: 'Open the backup' }));
    expect(
      await screen.findByText(/That passphrase does not open this backup/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Passphrase for this backup'));
    await user.type(screen.getByLabelText('Passphrase for this backup'), 'blue kite');
    await user.click(screen.getByRole('button', { name: 'Open the backup' }));
    expect(await screen.findByText('2 strengths', {}, { timeout: 10_000 })).toBeInTheDocument();
  }, 30_000);

  it('refuses a file that is not a Waymark backup, or is damaged, changing nothing', async () => {
    const user = userEvent.setup();
    const before = await readPlan();
    render(<BackupScreen />);
    await user.upload(
      await screen.findByLabelText('Backup file'),
      fileOf('{"recipes": []}', 'recipes.json'),
    );
    expect(await screen.findByText(/This is not a Waymark backup file/)).toBeInTheDocument();
    const good = await encodeBackup(otherPlan, { exportedAt: at, appVersion: '0.1.0' });
    await user.upload(screen.getByLabelText('Backup file'), fileOf(good.slice(0, 100)));
    expect(await screen.findByText(/seems to be damaged or incomplete/)).toBeInTheDocument();
    await user.upload(
      screen.getByLabelText('Backup file'),
      fileOf(good.replace(`"version":${BACKUP_VERSION}`, '"version":9')),
    );
    expect(await screen.findByText(/made with a newer version of Waymark/)).toBeInTheDocument();
    expect(await readPlan()).toEqual(before);
  });

  it('deletes everything only after the word is typed', async () => {
    const user = userEvent.setup();
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign });
    render(<BackupScreen />);
    await user.click(await screen.findByRole('button', { name: 'Delete everything' }));
    expect(screen.getByText('Please type delete in the box first.')).toBeInTheDocument();
    expect(await strengthsRepository.list()).toHaveLength(1);
    await user.type(screen.getByLabelText('To delete everything, type the word delete'), 'delete');
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/'));
    vi.unstubAllGlobals();
    const { resetConnection } = await import('../../src/db/connection');
    resetConnection();
    await openDatabase();
    expect(await strengthsRepository.list()).toEqual([]);
  });
});
