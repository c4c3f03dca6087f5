/**
 * Sharing on the person's terms: they choose the parts and who it is for, the link carries just
 * those parts (never who it is for), and the sharing record on this device says what went when.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb, openDatabase } from '../../src/db/connection';
import { replacePlan } from '../../src/db/planStore';
import { listShares } from '../../src/db/repositories/shares';
import { isStrongEnough } from '../../src/domain/passphrase';
import { planData, PLAN_TABLE_NAMES } from '../../src/domain/plan';
import { qrImageSrc, renderQr } from '../../src/features/share/qr';
import { ShareScreen } from '../../src/features/share/ShareScreen';
import { decodeShareLink, QR_MAX_LINK_LENGTH, readShareFile } from '../../src/formats/shareLink';
import { announcement } from '../../src/ui/announcer';
import { readFileText } from '../../src/ui/readFileText';
import { LEAK_FIELD, LEAK_MARKER, planWithStatement, rawLinkText } from '../helpers/leakyPlan';
import { samplePlan } from '../helpers/samplePlan';

beforeEach(async () => {
  await openDatabase();
  await replacePlan(samplePlan(), 'beforeRestore');
  files.length = 0;
  URL.createObjectURL = vi.fn((file: Blob) => {
    files.push(file);
    return 'blob:waymark-test';
  });
  URL.revokeObjectURL = vi.fn();
});

/** Every file the screen made, newest last. */
const files: Blob[] = [];

const parts = () => screen.getByRole('group', { name: /What would you like to share/ });
const lockBox = () => screen.getByRole('checkbox', { name: 'Lock it with a passphrase' });
const passphraseField = () =>
  screen.getByLabelText('Passphrase', { selector: 'input' }) as HTMLInputElement;

/** Waits for the passphrase Waymark suggests when the lock comes on, and returns it. */
async function suggestedPassphrase(): Promise<string> {
  await waitFor(() => expect(passphraseField().value).not.toBe(''));
  return passphraseField().value;
}

async function choose(user: UserEvent, ...labels: string[]) {
  for (const label of labels) await user.click(within(parts()).getByLabelText(label));
}

async function makeLink(user: UserEvent): Promise<string> {
  await user.click(screen.getByRole('button', { name: 'Make the link' }));
  const link = await screen.findByRole('textbox', { name: 'The link' }, { timeout: 15_000 });
  return (link as HTMLTextAreaElement).value;
}

describe('the share screen', () => {
  it('says honestly what a link is before anything is made', async () => {
    render(<ShareScreen />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Share your plan' })).toBeVisible();
    expect(document.title).toBe('Share your plan — Waymark');
    expect(screen.getByText(/never send that part to any server/)).toBeInTheDocument();
    expect(
      screen.getByText(/Anyone who has a link without a passphrase can open it/),
    ).toBeVisible();
    expect(screen.getByText(/tell it to them another way/)).toBeVisible();
    expect(screen.getByText(/can’t stop someone keeping a copy, a screenshot/)).toBeVisible();
    expect(await screen.findByText(/The link will say it is from Jo/)).toBeVisible();
    expect(await screen.findByText('You haven’t shared anything yet.')).toBeVisible();
  });

  it('offers every part of the plan, and asks for at least one', async () => {
    const user = userEvent.setup();
    render(<ShareScreen />);
    await screen.findByRole('heading', { level: 1 });
    expect(
      within(parts())
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual([
      'Crisis plan',
      'About me',
      'Strengths',
      'Hopes and dreams',
      'Goals',
      'Staying well plan',
      'Advance statement',
      'People and places',
    ]);
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one part to share.');
    expect(screen.queryByRole('textbox', { name: 'The link' })).not.toBeInTheDocument();
    expect(await listShares()).toEqual([]);
  });

  it('makes a link of just the chosen parts, leaving out a goal and a person', async () => {
    const user = userEvent.setup();
    render(<ShareScreen />);
    await screen.findByRole('heading', { level: 1 });
    // The lists of goals and people to leave out appear once a part that holds them is chosen.
    expect(screen.queryByRole('group', { name: /Leave out any goals/ })).not.toBeInTheDocument();
    await choose(user, 'Goals', 'People and places');
    const goals = await screen.findByRole('group', { name: /Leave out any goals/ });
    await user.click(within(goals).getByLabelText('Cook for friends once a month'));
    const people = screen.getByRole('group', { name: /Leave out any people or places/ });
    await user.click(within(people).getByLabelText('Chris'));
    await user.type(screen.getByLabelText('Who is it for?'), 'Sam, my care coordinator');

    const url = await makeLink(user);
    expect(url).toMatch(/^http:\/\/localhost(:\d+)?\/view#v2\.p\./);
    const shared = await decodeShareLink(url);
    expect(Object.keys(shared.view).sort()).toEqual(['goals', 'people']);
    expect(shared.view.goals?.map((goal) => goal.title)).toEqual([
      'Get back to the allotment every week',
      'Do a course at the Recovery College',
      'Find out about volunteering with dogs',
    ]);
    expect(shared.view.people?.people.map((person) => person.name)).not.toContain('Chris');
    expect(shared.sharedBy).toBe('Jo');
    expect(url).not.toContain('Sam');
    expect(JSON.stringify(shared)).not.toContain('care coordinator');

    expect(screen.getByRole('heading', { name: 'Your link is ready' })).toHaveFocus();
    expect(
      screen.getByText(`It is ${url.length} characters long.`, { exact: false }),
    ).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Save as a .waymark file' }).getAttribute('download'),
    ).toMatch(/^waymark-share-\d{4}-\d{2}-\d{2}\.waymark$/);

    const [record] = await listShares();
    expect(record).toMatchObject({
      recipient: 'Sam, my care coordinator',
      parts: ['goals', 'people'],
      withPassphrase: false,
      until: '',
      linkLength: url.length,
    });
    const entry = await screen.findByText('For Sam, my care coordinator');
    const item = entry.closest('li')!;
    expect(within(item).getByText('What: Goals and People and places')).toBeVisible();
    expect(within(item).getByText('Without a passphrase')).toBeVisible();
  });

  it('shows a QR code only for a link short enough to scan', async () => {
    const user = userEvent.setup();
    render(<ShareScreen />);
    await screen.findByRole('heading', { level: 1 });
    await choose(user, 'About me');
    const short = await makeLink(user);
    expect(short.length).toBeLessThanOrEqual(QR_MAX_LINK_LENGTH);
    const qr = screen.getByRole('img', { name: 'A QR code of the link' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;/);
    expect(decodeURIComponent(qr.getAttribute('src')!)).toContain('<path fill="#000" d="M');
    expect((await listShares())[0]?.via).toBe('qr');

    await choose(user, 'Goals', 'Staying well plan', 'Crisis plan');
    await suggestedPassphrase();
    const long = await makeLink(user);
    await waitFor(() =>
      expect(
        screen.getByText(`It is ${long.length} characters long.`, { exact: false }),
      ).toBeVisible(),
    );
    expect(long.length).toBeGreaterThan(QR_MAX_LINK_LENGTH);
    expect(screen.queryByRole('img', { name: 'A QR code of the link' })).not.toBeInTheDocument();
    expect(screen.getByText(/too long for a QR code/)).toBeVisible();
    expect((await listShares())[0]?.via).toBe('link');
  });

  it('copies the link, and records a file saved instead', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ShareScreen />);
    await screen.findByRole('heading', { level: 1 });
    await choose(user, 'Strengths');
    const url = await makeLink(user);
    await user.click(screen.getByRole('button', { name: 'Copy the link' }));
    expect(writeText).toHaveBeenCalledWith(url);
    expect(announcement.get().message).toMatch(/The link is copied/);
    fireEvent.click(screen.getByRole('link', { name: 'Save as a .waymark file' }));
    await waitFor(async () => expect((await listShares())[0]?.via).toBe('file'));
    expect(await listShares()).toHaveLength(1);
  });

  it('locks a link with a passphrase, and says to send the passphrase another way', async () => {
    const user = userEvent.setup();
    render(<ShareScreen />);
    await screen.findByRole('heading', { level: 1 });
    await choose(user, 'Crisis plan');
    await suggestedPassphrase();
    await user.clear(passphraseField());
    await user.type(passphraseField(), 'kite over the grey sea at dawn');
    fireEvent.change(screen.getByLabelText(/^Please don’t show after/), {
      target: { value: '2099-12-31' },
    });
    const url = await makeLink(user);
    expect(url).toMatch(/#v2\.e\./);
    expect(url).not.toContain('Biscuit');
    expect(screen.getByText(/locked with your passphrase/)).toBeVisible();
    const shared = await decodeShareLink(url, 'kite over the grey sea at dawn');
    expect(shared).toMatchObject({ until: '2099-12-31', encrypted: true });
    expect(shared.view.crisis?.sections.reasonsForLiving[0]?.text).toBe('Biscuit, who needs me.');
    expect(await listShares()).toMatchObject([{ withPassphrase: true, until: '2099-12-31' }]);
    const item = (await screen.findByText('With a passphrase')).closest('li')!;
    expect(within(item).getByText('Please don’t show after 31 December 2099')).toBeVisible();
  }, 30_000);

  it('turns the lock on for the crisis plan and the advance statement, with five words suggested', async () => {
    const user = userEvent.setup();
    for (const part of ['Advance statement', 'Crisis plan']) {
      cleanup();
      render(<ShareScreen />);
      await screen.findByRole('heading', { level: 1 });
      await choose(user, 'About me', 'Strengths');
      expect(lockBox()).not.toBeChecked();
      expect(screen.queryByLabelText('Passphrase', { selector: 'input' })).not.toBeInTheDocument();
      await choose(user, part);
      expect(lockBox(), part).toBeChecked();
      const suggested = await suggestedPassphrase();
      expect(suggested.split(' '), part).toHaveLength(5);
      expect(isStrongEnough(suggested)).toBe(true);
      // Shown, so it can be read out or written down; the browser may offer to save it.
      expect(passphraseField()).toHaveAttribute('type', 'text');
      expect(passphraseField()).toHaveAttribute('autocomplete', 'new-password');
      expect(screen.getByText(/Here are five random words/)).toBeVisible();
      expect(passphraseField()).toHaveAccessibleDescription(/How hard to guess: (very )?hard/);
    }
    // "Suggest another" gives different words.
    const first = passphraseField().value;
    await user.click(screen.getByRole('button', { name: 'Suggest another' }));
    await waitFor(() => expect(passphraseField().value).not.toBe(first));
    const second = passphraseField().value;
    expect(second.split(' ')).toHaveLength(5);
    // The person can still turn the lock off, and on again: their passphrase is kept.
    await user.click(lockBox());
    expect(screen.queryByLabelText('Passphrase', { selector: 'input' })).not.toBeInTheDocument();
    await user.click(lockBox());
    expect(passphraseField()).toHaveValue(second);

    const url = await makeLink(user);
    expect(url).toMatch(/#v2\.e\./);
    const shared = await decodeShareLink(url, passphraseField().value);
    expect(shared.view.crisis?.sections.stepIn[0]?.text).toMatch(/answering my phone/);
  }, 30_000);

  it('refuses a passphrase that is easy to guess, kindly, and makes nothing', async () => {
    const user = userEvent.setup();
    render(<ShareScreen />);
    await screen.findByRole('heading', { level: 1 });
    await choose(user, 'Crisis plan');
    await suggestedPassphrase();
    await user.clear(passphraseField());
    await user.type(passphraseField(), 'ok');
    expect(passphraseField()).toHaveAccessibleDescription(/How hard to guess: easy/);
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    expect(passphraseField()).toHaveAccessibleDescription(
      /quite easy for someone to guess. Please add a few more words/,
    );
    expect(passphraseField()).toHaveAttribute('aria-invalid', 'true');
    await user.clear(passphraseField());
    await user.type(passphraseField(), 'kite over the sea');
    expect(passphraseField()).toHaveAccessibleDescription(/How hard to guess: nearly there/);
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    expect(passphraseField()).toHaveAccessibleDescription(/quite easy for someone to guess/);
    await user.clear(passphraseField());
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    expect(passphraseField()).toHaveAccessibleDescription(/Please type a passphrase/);
    expect(screen.queryByRole('textbox', { name: 'The link' })).not.toBeInTheDocument();
    expect(await listShares()).toEqual([]);
  });

  it('masks the passphrase until Show is pressed, and lets it be pasted', async () => {
    const user = userEvent.setup();
    render(<ShareScreen />);
    await screen.findByRole('heading', { level: 1 });
    await choose(user, 'Hopes and dreams');
    await user.click(lockBox());
    // A suggested passphrase starts shown, to be read out or written down; Show hides it again.
    await suggestedPassphrase();
    const show = screen.getByRole('button', { name: 'Show passphrase' });
    expect(show).toHaveAttribute('aria-pressed', 'true');
    expect(passphraseField()).toHaveAttribute('type', 'text');
    await user.click(show);
    expect(show).toHaveAttribute('aria-pressed', 'false');
    expect(passphraseField()).toHaveAttribute('type', 'password');
    await user.clear(passphraseField());
    await user.click(passphraseField());
    await user.paste('meadow pebble violin harbour lantern');
    expect(passphraseField()).toHaveValue('meadow pebble violin harbour lantern');
    expect(passphraseField()).toHaveAttribute('type', 'password');
    await user.click(show);
    expect(show).toHaveAttribute('aria-pressed', 'true');
    expect(passphraseField()).toHaveAttribute('type', 'text');
    const url = await makeLink(user);
    expect((await decodeShareLink(url, 'meadow pebble violin harbour lantern')).encrypted).toBe(
      true,
    );
  }, 30_000);

  it('says plainly where a link without a passphrase stays, and suggests a file', async () => {
    const user = userEvent.setup();
    render(<ShareScreen />);
    await screen.findByRole('heading', { level: 1 });
    expect(
      screen.getByText(/^A link stays in the browser history of whoever opens it/),
    ).toBeVisible();
    expect(screen.getByText(/you can also save a .waymark file/)).toBeVisible();
    await choose(user, 'Crisis plan');
    await suggestedPassphrase();
    await user.click(lockBox());
    expect(lockBox()).toHaveAccessibleDescription(
      /anyone who gets this link can read it. It stays in the browser history of whoever opens it, and in any message it is forwarded in. .* save a .waymark file instead/,
    );
    const url = await makeLink(user);
    expect(url).toMatch(/#v2\.p\./);
    expect(screen.getByText(/It will stay in their browser history/)).toBeVisible();
    expect(await listShares()).toMatchObject([{ withPassphrase: false }]);
  });

  it('never puts a field it does not name into the link, the QR code or the file (promise 22)', async () => {
    // Every record of every table carries a field Waymark has never heard of, as a field added
    // in a later release would, straight in the database.
    await replacePlan(planWithStatement(), 'beforeRestore');
    const db = getDb();
    for (const table of PLAN_TABLE_NAMES) {
      await db
        .table(table)
        .toCollection()
        .modify((record: Record<string, unknown>) => {
          const mark = (value: unknown): void => {
            if (Array.isArray(value)) value.forEach(mark);
            else if (typeof value === 'object' && value !== null) {
              Object.values(value).forEach(mark);
              (value as Record<string, unknown>)[LEAK_FIELD] = LEAK_MARKER;
            }
          };
          mark(record);
        });
    }
    const user = userEvent.setup();
    render(<ShareScreen />);
    await screen.findByRole('heading', { level: 1 });
    await choose(user, 'Crisis plan', 'About me', 'Strengths', 'Hopes and dreams');
    await choose(user, 'Goals', 'Staying well plan', 'Advance statement', 'People and places');
    const passphrase = await suggestedPassphrase();

    const check = async (url: string, key?: string) => {
      const raw = await rawLinkText(url, key);
      for (const words of ['Biscuit', 'Joanna Reid', 'Green fingers', 'Riverside Recovery'])
        expect(raw).toContain(words);
      expect(raw).not.toContain(LEAK_MARKER);
      expect(raw).not.toContain(LEAK_FIELD);
      const file = await readFileText(files[files.length - 1]!);
      expect(file).not.toContain(LEAK_MARKER);
      expect(url.endsWith(readShareFile(file))).toBe(true);
    };
    await check(await makeLink(user), passphrase);

    // A short link, plain, with its QR code: the code holds exactly the link and nothing more.
    for (const part of ['Goals', 'Staying well plan', 'Advance statement', 'People and places'])
      await choose(user, part);
    await choose(user, 'Crisis plan', 'Strengths', 'Hopes and dreams');
    await user.click(lockBox());
    const url = await makeLink(user);
    const raw = await rawLinkText(url);
    expect(raw).toContain('Jo');
    expect(raw).not.toContain(LEAK_MARKER);
    expect(raw).not.toContain(LEAK_FIELD);
    const qr = screen.getByRole('img', { name: 'A QR code of the link' });
    expect(qr.getAttribute('src')).toBe(qrImageSrc(renderQr(url)!));
    expect((await readFileText(files[files.length - 1]!)).includes(LEAK_MARKER)).toBe(false);
  }, 60_000);

  it('will not make a link whose "don’t show after" day has already gone', async () => {
    const user = userEvent.setup();
    render(<ShareScreen />);
    await screen.findByRole('heading', { level: 1 });
    await choose(user, 'Hopes and dreams');
    const until = screen.getByLabelText(/^Please don’t show after/);
    fireEvent.change(until, { target: { value: '2020-01-01' } });
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    expect(until).toHaveAccessibleDescription(/That day has already passed/);
    expect(await listShares()).toEqual([]);
  });

  it('says kindly when a plan is too large for one link', async () => {
    const at = '2026-10-01T09:00:00.000Z';
    let seed = 11;
    const noise = () =>
      Array.from({ length: 200 }, () => {
        seed = (seed * 48271) % 2147483647;
        return String.fromCharCode(97 + (seed % 26));
      }).join('');
    await replacePlan(
      planData.parse({
        strengths: Array.from({ length: 600 }, (_, i) => ({
          id: `s${i}`,
          order: i,
          title: noise(),
          createdAt: at,
          updatedAt: at,
        })),
      }),
      'beforeRestore',
    );
    const user = userEvent.setup();
    render(<ShareScreen />);
    await screen.findByRole('heading', { level: 1 });
    await choose(user, 'Strengths');
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That is more than one link can carry',
    );
    expect(await listShares()).toEqual([]);
  });

  it('removes a share from the record, with Undo', async () => {
    const user = userEvent.setup();
    render(<ShareScreen />);
    await screen.findByRole('heading', { level: 1 });
    await choose(user, 'About me');
    await user.type(screen.getByLabelText('Who is it for?'), 'Maya');
    await makeLink(user);
    const remove = await screen.findByRole('button', {
      name: /^Remove from the list: For Maya, Shared on /,
    });
    await user.click(remove);
    await waitFor(async () => expect(await listShares()).toEqual([]));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(screen.getByText(/Removed from your sharing record: For Maya/)).toBeVisible();
    await waitFor(() => expect(undo).toHaveFocus());
    await user.click(undo);
    await waitFor(async () => expect(await listShares()).toHaveLength(1));
    expect(await screen.findByText('For Maya')).toBeVisible();
    expect(announcement.get().message).toMatch(/Put back in your sharing record/);
  });

  it('has nothing axe can find to trip up a screen reader or keyboard', async () => {
    const user = userEvent.setup();
    render(<ShareScreen />);
    await screen.findByRole('heading', { level: 1 });
    await choose(user, 'Goals', 'Crisis plan');
    await suggestedPassphrase();
    await makeLink(user);
    const results = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
