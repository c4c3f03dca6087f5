/**
 * The places in the plan: every one listed beside the screen on a wide screen; on a phone, the
 * places used most in a bar and the rest behind Menu — so each is at most two taps away.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Navigation, ROOMY_QUERY, WIDE_QUERY } from '../../src/app/Navigation';
import { currentPath, navigate } from '../../src/ui/router';

const EVERY_PLACE = [
  'Your plan',
  'About me',
  'Strengths',
  'Hopes and dreams',
  'People and places',
  'Goals',
  'Check-ins',
  'Staying well',
  'Crisis plan',
  'Advance statement',
  'Share',
  'Print',
  'Back up and restore',
  'Your data and settings',
];

/** Answers media queries as a window of this kind would. */
function pretendWindow(kind: 'wide' | 'phone' | 'phone at 200% text') {
  const matches: Record<string, boolean> = {
    [WIDE_QUERY]: kind === 'wide',
    [ROOMY_QUERY]: kind !== 'phone at 200% text',
  };
  window.matchMedia = (query: string) =>
    ({
      matches: matches[query] ?? false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }) as unknown as MediaQueryList;
}

const nav = () => screen.getByRole('navigation', { name: 'Your plan’s parts' });
const names = (links: HTMLElement[]) => links.map((link) => link.textContent);
const menuButton = () => within(nav()).getByRole('button', { name: 'Menu' });
const menu = () => document.getElementById(menuButton().getAttribute('aria-controls')!)!;

const originalMatchMedia = window.matchMedia;

beforeEach(() => {
  currentPath.set('/');
});

afterEach(() => {
  window.matchMedia = originalMatchMedia;
  currentPath.set('/');
});

describe('on a wide screen', () => {
  it('lists every place, Back up and restore and Settings included, in named groups', () => {
    pretendWindow('wide');
    render(<Navigation />);
    expect(names(within(nav()).getAllByRole('link'))).toEqual(EVERY_PLACE);
    expect(within(nav()).queryByRole('button', { name: 'Menu' })).not.toBeInTheDocument();
    const keep = within(nav()).getByRole('list', { name: 'Print, share and keep safe' });
    expect(names(within(keep).getAllByRole('link'))).toEqual([
      'Share',
      'Print',
      'Back up and restore',
      'Your data and settings',
    ]);
    expect(within(nav()).getByRole('link', { name: 'Back up and restore' })).toHaveAttribute(
      'href',
      '/backup',
    );
  });

  it('marks the screen you are on', () => {
    pretendWindow('wide');
    currentPath.set('/crisis-plan');
    render(<Navigation />);
    expect(within(nav()).getByRole('link', { name: 'Crisis plan' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav()).getByRole('link', { name: 'Your plan' })).not.toHaveAttribute(
      'aria-current',
    );
  });
});

describe('on a phone', () => {
  it('keeps Your plan, Goals, Staying well and the crisis plan in the bar, the rest behind Menu', () => {
    pretendWindow('phone');
    render(<Navigation />);
    expect(names(within(nav()).getAllByRole('link'))).toEqual([
      'Your plan',
      'Goals',
      'Staying well',
      'Crisis plan',
    ]);
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    expect(menu()).not.toBeVisible();
  });

  it('opens the menu with focus on its first place, and puts every place within two taps', async () => {
    pretendWindow('phone');
    const user = userEvent.setup();
    render(<Navigation />);
    await user.click(menuButton());
    expect(menuButton()).toHaveAttribute('aria-expanded', 'true');
    expect(menu()).toBeVisible();
    const inMenu = within(menu()).getAllByRole('link');
    expect(inMenu[0]).toHaveFocus();
    expect(names(inMenu)).toEqual([
      'About me',
      'Strengths',
      'Hopes and dreams',
      'People and places',
      'Check-ins',
      'Advance statement',
      'Share',
      'Print',
      'Back up and restore',
      'Your data and settings',
    ]);
    // The bar (one tap) and the menu (two) hold every place between them, each once.
    expect(names(within(nav()).getAllByRole('link')).sort()).toEqual([...EVERY_PLACE].sort());
  });

  it('closes the menu with Escape and gives focus back to Menu', async () => {
    pretendWindow('phone');
    const user = userEvent.setup();
    render(<Navigation />);
    await user.click(menuButton());
    await user.keyboard('{Tab}');
    expect(within(menu()).getByRole('link', { name: 'Strengths' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    expect(menu()).not.toBeVisible();
    expect(menuButton()).toHaveFocus();
  });

  it('works from the keyboard alone: Enter opens the menu and a place in it', async () => {
    pretendWindow('phone');
    const user = userEvent.setup();
    render(<Navigation />);
    menuButton().focus();
    await user.keyboard('{Enter}');
    expect(menu()).toBeVisible();
    within(menu()).getByRole('link', { name: 'Back up and restore' }).focus();
    await user.keyboard('{Enter}');
    expect(currentPath.get()).toBe('/backup');
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes the menu on moving to another screen, and marks that screen in it', async () => {
    pretendWindow('phone');
    const user = userEvent.setup();
    render(<Navigation />);
    await user.click(menuButton());
    await user.click(within(menu()).getByRole('link', { name: 'Your data and settings' }));
    expect(currentPath.get()).toBe('/settings');
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    await user.click(menuButton());
    expect(within(menu()).getByRole('link', { name: 'Your data and settings' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    // Choosing the screen already shown just closes the menu, focus back on Menu.
    await user.click(within(menu()).getByRole('link', { name: 'Your data and settings' }));
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    expect(menuButton()).toHaveFocus();
    act(() => navigate('/goals'));
    expect(within(nav()).getByRole('link', { name: 'Goals' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('with text at 200%, keeps only Your plan and the crisis plan in the bar; Goals moves to Menu', async () => {
    pretendWindow('phone at 200% text');
    const user = userEvent.setup();
    render(<Navigation />);
    expect(names(within(nav()).getAllByRole('link'))).toEqual(['Your plan', 'Crisis plan']);
    await user.click(menuButton());
    const inMenu = names(within(menu()).getAllByRole('link'));
    expect(inMenu).toEqual(
      expect.arrayContaining(['Goals', 'Staying well', 'Back up and restore']),
    );
    expect(names(within(nav()).getAllByRole('link')).sort()).toEqual([...EVERY_PLACE].sort());
  });
});
