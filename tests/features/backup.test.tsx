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
  it('makes a backup file, and counts it as a backup only once the file is saved', async () => {
    const user = userEvent.setup();
    render(<BackupScreen />);
    expect(await screen.findByText(/You have not made a backup yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Make a backup file' }));
    const link = await screen.findByRole('link', { name: 'Save the backup file' });
    expect(link.getAttribute('download')).toMatch(/^waymark-backup-\d{4}-\d{2}-\d{2}\.json$/);
    // Made, but not yet saved anywhere: nothing is recorded.
    expect((await getSettings()).lastBackupAt).toBeNull();
    expect(screen.getByText(/You have not made a backup yet/)).toBeInTheDocument();

    // The link is an ordinary download; following it saves the file.
    link.addEventListener('click', (event) => event.preventDefault());
    await user.click(link);
    await waitFor(async () => expect((await getSettings()).lastBackupAt).not.toBeNull());
    expect(await screen.findByText('Last backup: today.')).toBeInTheDocument();
  });

  it('counts a shared backup only once the share sheet has sent it', async () => {
    const user = userEvent.setup();
    const share = vi.fn<(data: ShareData) => Promise<void>>();
    vi.stubGlobal(
      'navigator',
      Object.assign(Object.create(navigator) as Navigator, {
        canShare: () => true,
        share,
      }),
    );
    try {
      render(<BackupScreen />);
      await user.click(await screen.findByRole('button', { name: 'Make a backup file' }));
      const button = await screen.findByRole('button', { name: 'Share or save the backup file' });
      expect((await getSettings()).lastBackupAt).toBeNull();

      // The person opens the share sheet, then closes it: nothing was saved.
      share.mockRejectedValueOnce(new DOMException('Share canceled', 'AbortError'));
      await user.click(button);
      await waitFor(() => expect(share).toHaveBeenCalledTimes(1));
      expect(share.mock.calls[0]?.[0].files?.[0]?.name).toMatch(/^waymark-backup-/);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await getSettings()).lastBackupAt).toBeNull();

      // While the sheet is open nothing is recorded; once it has sent the file, it counts.
      let sent = () => {};
      share.mockReturnValueOnce(new Promise<void>((resolve) => (sent = resolve)));
      await user.click(button);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await getSettings()).lastBackupAt).toBeNull();
      sent();
      await waitFor(async () => expect((await getSettings()).lastBackupAt).not.toBeNull());
      expect(await screen.findByText('Last backup: today.')).toBeInTheDocument();
    } finally {
      vi.unstubAllGlobals();
    }
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
    expect((await getSettings()).lastBackupAt).toBeNull(); // made, not yet saved
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

  it('lists everything a backup holds, About me and the advance statement too', async () => {
    const user = userEvent.setup();
    const version = (number: number, signedOn: string | null) => ({
      id: `v${number}`,
      createdAt: at,
      updatedAt: at,
      number,
      content: { fullName: 'Alex Morgan' },
      signing: signedOn && { signedOn, witnessName: 'Dr Lee', witnessCertified: true },
    });
    const fuller = planData.parse({
      ...otherPlan,
      aboutMe: [{ id: 'me', createdAt: at, updatedAt: at, preferredName: 'Alex' }],
      advanceStatements: [version(1, '2026-10-01'), version(2, null)],
    });
    render(<BackupScreen />);
    await user.upload(
      await screen.findByLabelText('Backup file'),
      fileOf(await encodeBackup(fuller, { exportedAt: at, appVersion: '0.1.0' })),
    );
    const heading = await screen.findByRole('heading', { name: 'What this backup holds' });
    const list = within(heading.parentElement!).getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'About me, as you wrote it',
      '2 strengths',
      '1 goal',
      'Your advance statement: 2 versions, including a signed one',
    ]);

    // A file without them says so, and a draft alone is not called signed.
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.upload(
      screen.getByLabelText('Backup file'),
      fileOf(
        await encodeBackup(
          planData.parse({ ...otherPlan, advanceStatements: [version(1, null)] }),
          { exportedAt: at, appVersion: '0.1.0' },
        ),
      ),
    );
    expect(await screen.findByText('Nothing in About me')).toBeInTheDocument();
    expect(
      screen.getByText('Your advance statement: 1 version, not yet signed'),
    ).toBeInTheDocument();
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

  it('keeps Delete everything in its own section, last, apart from Restore', async () => {
    const user = userEvent.setup();
    render(<BackupScreen />);
    // A restore keeps an earlier version, so the list of kept versions shows too.
    await user.upload(
      await screen.findByLabelText('Backup file'),
      fileOf(await encodeBackup(otherPlan, { exportedAt: at, appVersion: '0.1.0' })),
    );
    await user.click(
      await screen.findByRole('button', { name: 'Replace my plan with this backup' }),
    );
    await screen.findByRole('region', { name: 'Earlier versions kept on this device' });

    const regions = screen
      .getAllByRole('region')
      .map(
        (region) => region.getAttribute('aria-label') ?? region.querySelector('h2')?.textContent,
      );
    expect(regions).toEqual([
      'Make a backup file',
      'Restore from a backup file',
      'Earlier versions kept on this device',
      'Delete everything on this device',
    ]);
    const restore = screen.getByRole('region', { name: 'Restore from a backup file' });
    const deleting = screen.getByRole('region', { name: 'Delete everything on this device' });
    expect(within(deleting).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Delete everything on this device',
    );
    expect(within(deleting).getByRole('button', { name: 'Delete everything' })).toBeInTheDocument();
    expect(within(restore).queryByRole('button', { name: 'Delete everything' })).toBeNull();
    expect(within(deleting).queryByLabelText('Backup file')).toBeNull();
    expect(restore.contains(deleting) || deleting.contains(restore)).toBe(false);
  });
});
