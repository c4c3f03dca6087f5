/**
 * The shared plan's viewer (promises 14–16): nothing is decoded before "Show plan", the title
 * stays generic, it is honest about what the copy is, every bad link gets a clear message and
 * never part of a plan, and it works without — and never opens — the database.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { dbStatus } from '../../src/db/status';
import { today } from '../../src/domain/dates';
import { toPlanView, VIEW_PARTS, type PlanView } from '../../src/domain/planView';
import { toBase64Url, utf8 } from '../../src/formats/bytes';
import { deflateRaw } from '../../src/formats/compression';
import * as shareLink from '../../src/formats/shareLink';
import { encodeShareFile, encodeShareLink } from '../../src/formats/shareLink';
import { ViewerScreen } from '../../src/features/viewer/ViewerScreen';
import { i18next, initI18n } from '../../src/i18n';
import { currentPath } from '../../src/ui/router';
import { samplePlan } from '../helpers/samplePlan';

vi.mock('../../src/formats/shareLink', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/formats/shareLink')>();
  return { ...actual, decodeShareLink: vi.fn(actual.decodeShareLink) };
});

const SHARED_AT = '2026-11-23T10:00:00.000Z';
const details = { sharedAt: SHARED_AT, sharedBy: 'Jo', until: '' };
const plan = samplePlan();
const crisisAndGoals = (leaveOut: string[] = []) =>
  toPlanView(plan, { parts: ['goals', 'crisis'], leaveOut: { goals: leaveOut } });

let openSpy: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  // A recipient's browser keeps nothing: the viewer never so much as opens a database.
  openSpy = vi.spyOn(indexedDB, 'open');
  vi.mocked(shareLink.decodeShareLink).mockClear();
});
afterEach(() => {
  expect(openSpy).not.toHaveBeenCalled();
  history.replaceState(null, '', '/');
});

/** Opens the viewer the way a link does: /view with the plan in the fragment. */
function visit(fragment: string) {
  history.replaceState(null, '', `/view${fragment}`);
  return render(<ViewerScreen />);
}

const text = () => document.body.textContent ?? '';
const showPlan = () => userEvent.setup().click(screen.getByRole('button', { name: 'Show plan' }));

describe('before "Show plan"', () => {
  it('holds no plan text, decodes nothing, and keeps a generic title', async () => {
    visit(await encodeShareLink(crisisAndGoals(), details));
    expect(screen.getByRole('heading', { level: 1, name: 'A shared plan' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Show plan' })).toBeVisible();
    for (const words of ['Jo', 'Biscuit', 'allotment', 'Maya', 'Recovery College']) {
      expect(text()).not.toContain(words);
    }
    expect(shareLink.decodeShareLink).not.toHaveBeenCalled();
    expect(document.title).toBe('A shared plan — Waymark');
    expect(location.hash).not.toBe('');
  });
});

describe('showing a shared plan', () => {
  it('shows the plan, crisis plan first, with an honest banner, and clears the address bar', async () => {
    visit(await encodeShareLink(crisisAndGoals(['goal-3']), details));
    await showPlan();
    const banner = await screen.findByRole('region', { name: 'About this shared plan' });
    expect(banner).toHaveTextContent(
      'Shared by Jo on 23 November 2026 — a copy, it does not update.',
    );
    expect(banner).toHaveTextContent('This link had no passphrase');
    expect(banner).toHaveTextContent(/can’t confirm who made it/);
    await waitFor(() => expect(banner).toHaveFocus());
    expect(location.hash).toBe('');
    expect(location.pathname).toBe('/view');
    expect(document.title).toBe('A shared plan — Waymark');

    const parts = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(parts.indexOf('Goals')).toBeGreaterThan(0);
    expect(parts[0]).toMatch(/crisis/i);
    expect(text()).toContain('I stop answering my phone and stay in bed for more than two days.');
    expect(text()).toContain('Get back to the allotment every week');
    // A goal left out is nowhere at all; parts not shared are not there either.
    expect(text()).not.toContain('Cook for friends once a month');
    expect(text()).not.toContain('I can usually find something to laugh at.');
    expect(screen.getByRole('link', { name: /07700 900123/ })).toHaveAttribute(
      'href',
      'tel:07700900123',
    );
  });

  it('prints with the Print button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    visit(await encodeShareLink(crisisAndGoals(), details));
    await showPlan();
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('asks for the passphrase, kindly says when it is wrong, and opens with the right one', async () => {
    const user = userEvent.setup();
    visit(await encodeShareLink(crisisAndGoals(), details, 'kite over the sea'));
    await showPlan();
    expect(await screen.findByRole('heading', { name: 'This plan is locked' })).toBeVisible();
    expect(text()).not.toContain('Biscuit');
    const field = screen.getByLabelText('Passphrase');
    await user.type(field, 'kite over the see');
    await user.click(screen.getByRole('button', { name: 'Open the plan' }));
    await waitFor(
      () =>
        expect(screen.getByLabelText('Passphrase')).toHaveAccessibleDescription(
          /That passphrase doesn’t open this plan/,
        ),
      { timeout: 10_000 },
    );
    expect(text()).not.toContain('Biscuit');
    await user.clear(screen.getByLabelText('Passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), 'kite over the sea');
    await user.click(screen.getByRole('button', { name: 'Open the plan' }));
    const banner = await screen.findByRole(
      'region',
      { name: 'About this shared plan' },
      { timeout: 10_000 },
    );
    expect(banner).toHaveTextContent('This link was locked with a passphrase.');
    expect(banner).not.toHaveTextContent(/can’t confirm/);
    expect(text()).toContain('Biscuit, who needs me.');
  }, 30_000);

  it('keeps to "please don’t show after": on the day it shows, after it a kind message', async () => {
    const day = (offset: number) => {
      const date = new Date();
      date.setDate(date.getDate() + offset);
      return today(date);
    };
    visit(await encodeShareLink(crisisAndGoals(), { ...details, until: day(0) }));
    await showPlan();
    expect(await screen.findByRole('region', { name: 'About this shared plan' })).toHaveTextContent(
      /They asked for it not to be shown after/,
    );

    history.replaceState(null, '', '/');
    document.body.innerHTML = '';
    visit(await encodeShareLink(crisisAndGoals(), { ...details, until: day(-1) }));
    await showPlan();
    const message = await screen.findByRole('alert');
    expect(message).toHaveTextContent('This plan is no longer shown');
    expect(message).toHaveTextContent(/asked for it not to be shown after/);
    expect(text()).not.toContain('Biscuit');
    expect(text()).not.toContain('allotment');
  });
});

describe('links that cannot be shown', () => {
  async function problemFor(fragment: string): Promise<string> {
    const view = visit(fragment);
    await showPlan();
    const alert = await screen.findByRole('alert');
    const message = alert.textContent ?? '';
    expect(text()).not.toContain('Biscuit');
    expect(screen.queryByRole('region', { name: 'About this shared plan' })).toBeNull();
    // There is always a way on: a .waymark file can still be opened.
    expect(screen.getByLabelText('A .waymark file')).toBeInTheDocument();
    view.unmount();
    return message;
  }

  it('gives each kind of problem its own clear message, never part of a plan', async () => {
    const good = await encodeShareLink(crisisAndGoals(), details);
    const deflated = async (value: unknown) =>
      `#v1.p.${toBase64Url(await deflateRaw(utf8.encode(JSON.stringify(value))))}`;
    const hostileGoal = {
      format: 'waymark-share',
      version: 1,
      ...details,
      view: { goals: [{ title: 'Biscuit', status: 'on fire' }] },
    };
    const cases: [string, RegExp][] = [
      [good.slice(0, good.length - 40), /damaged or cut short/],
      [good.replace('.p.', '.p.AAAA'), /damaged or cut short/],
      [good.replace('#v2.', '#v3.'), /made with a newer Waymark/],
      [`#v1.p.${'A'.repeat(70_000)}`, /larger than any Waymark plan/],
      [
        `#v1.p.${toBase64Url(await deflateRaw(new Uint8Array(8 * 1024 * 1024)))}`,
        /larger than any Waymark plan/,
      ],
      ['#section-2', /doesn’t look like a Waymark link/],
      [await deflated(hostileGoal), /something in it Waymark can’t show safely/],
    ];
    for (const [fragment, says] of cases) expect(await problemFor(fragment)).toMatch(says);
  });

  it('says so when a tampered locked link will not open', async () => {
    const locked = await encodeShareLink(crisisAndGoals(), details, 'blue kite');
    const tampered = locked.slice(0, -6) + (locked.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA');
    const user = userEvent.setup();
    visit(tampered);
    await showPlan();
    await user.type(await screen.findByLabelText('Passphrase'), 'blue kite');
    await user.click(screen.getByRole('button', { name: 'Open the plan' }));
    await waitFor(
      () =>
        expect(screen.getByLabelText('Passphrase')).toHaveAccessibleDescription(
          /doesn’t open this plan/,
        ),
      { timeout: 10_000 },
    );
    expect(text()).not.toContain('Biscuit');
  }, 30_000);

  it('renders hostile words as text only, with no script and no javascript: link', async () => {
    const hostile: PlanView = toPlanView(
      {
        ...plan,
        people: plan.people.map((person, index) =>
          index === 0
            ? {
                ...person,
                name: '<img src=x onerror=alert(1)>',
                phone: 'javascript:alert(1)',
                email: 'x@y.z"><script>alert(1)</script>',
              }
            : person,
        ),
      },
      { parts: [...VIEW_PARTS] },
    );
    visit(await encodeShareLink(hostile, { ...details, sharedBy: '<script>alert(1)</script>' }));
    await showPlan();
    await screen.findByRole('region', { name: 'About this shared plan' });
    expect(text()).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelectorAll('script, img[src="x"], iframe, object')).toHaveLength(0);
    for (const link of document.querySelectorAll('a[href]')) {
      expect(link.getAttribute('href')).toMatch(/^(tel:|sms:|mailto:|https:)/);
    }
  });
});

describe('opening without a link', () => {
  it('says there is no plan in the link, and opens a .waymark file instead', async () => {
    const user = userEvent.setup();
    visit('');
    expect(screen.getByText(/There is no plan in this link/)).toBeVisible();
    const fragment = await encodeShareLink(crisisAndGoals(), details);
    await user.upload(
      screen.getByLabelText('A .waymark file'),
      new File([encodeShareFile(fragment)], 'waymark-share-2026-11-23.waymark'),
    );
    expect(await screen.findByRole('region', { name: 'About this shared plan' })).toBeVisible();
    expect(text()).toContain('Biscuit, who needs me.');
    await user.click(screen.getByRole('button', { name: 'Open another plan' }));
    expect(text()).not.toContain('Biscuit');
  });

  it('says what is wrong with a file that is not a shared plan', async () => {
    const user = userEvent.setup();
    visit('');
    await user.upload(
      screen.getByLabelText('A .waymark file'),
      new File(['{"format":"waymark-backup","version":1}'], 'backup.waymark'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/doesn’t look like a Waymark/);
  });

  it('starts afresh with a new link pasted into the address bar', async () => {
    visit('');
    const fragment = await encodeShareLink(crisisAndGoals(), details);
    act(() => {
      history.replaceState(null, '', `/view${fragment}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByRole('button', { name: 'Show plan' })).toBeVisible();
    expect(shareLink.decodeShareLink).not.toHaveBeenCalled();
  });
});

describe('in the app', () => {
  it('shows the viewer even when this device’s database cannot be used', async () => {
    const fragment = await encodeShareLink(crisisAndGoals(), details);
    history.replaceState(null, '', `/view${fragment}`);
    currentPath.set('/view');
    dbStatus.set({ state: 'failed', reason: 'unavailable' });
    render(<App />);
    const main = screen.getByRole('main');
    expect(
      await within(main).findByRole('heading', { level: 1, name: 'A shared plan' }),
    ).toBeVisible();
    expect(within(main).queryByText(/can’t keep your plan in this browser/)).toBeNull();
    await showPlan();
    expect(await within(main).findByText('Biscuit, who needs me.')).toBeVisible();
    currentPath.set('/');
  });

  it('has nothing axe can find to trip up a screen reader or keyboard', async () => {
    const { container } = visit(await encodeShareLink(crisisAndGoals(), details));
    const options = { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } };
    expect((await axe.run(container, options)).violations.map((v) => v.id)).toEqual([]);
    await showPlan();
    await screen.findByRole('region', { name: 'About this shared plan' });
    expect((await axe.run(container, options)).violations.map((v) => v.id)).toEqual([]);
  });
});

describe('in the recipient’s own language', () => {
  afterEach(() => initI18n('en-GB'));

  it('a draft translation says so in the banner, with a way to read it in English; the plan’s words stay as written', async () => {
    await initI18n('cy');
    visit(await encodeShareLink(crisisAndGoals(), details));
    await userEvent.setup().click(screen.getByRole('button', { name: i18next.t('viewer.show') }));
    const banner = await screen.findByRole('region', { name: i18next.t('viewer.banner.label') });
    expect(banner).toHaveTextContent(i18next.t('translation.title'));
    expect(text()).toContain('Biscuit');
    await userEvent
      .setup()
      .click(within(banner).getByRole('button', { name: i18next.t('translation.useEnglish') }));
    expect(
      await screen.findByRole('region', { name: 'About this shared plan' }),
    ).not.toHaveTextContent('This translation is a draft');
  });
});
