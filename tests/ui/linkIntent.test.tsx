/**
 * A link fetches the screen it leads to as soon as someone shows they may follow it, and a click
 * waits briefly for that screen, so it appears whole instead of after "Loading…".
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLICK_WAIT_MS, Link, prefetchOnIntent } from '../../src/ui/Link';
import { currentPath } from '../../src/ui/router';

afterEach(() => {
  prefetchOnIntent(undefined);
  currentPath.set('/');
  vi.useRealTimers();
});

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('links that fetch ahead', () => {
  it('moves at once when the app asks for no fetching (as in tests)', () => {
    render(<Link href="/goals">Goals</Link>);
    fireEvent.click(screen.getByRole('link', { name: 'Goals' }));
    expect(currentPath.get()).toBe('/goals');
  });

  it('fetches on a pointer over it, a finger on it, or the keyboard on it', () => {
    const prefetch = vi.fn(() => Promise.resolve());
    prefetchOnIntent(prefetch);
    const onFocus = vi.fn();
    render(
      <Link href="/goals" onFocus={onFocus}>
        Goals
      </Link>,
    );
    const link = screen.getByRole('link', { name: 'Goals' });
    fireEvent.pointerEnter(link);
    fireEvent.touchStart(link);
    fireEvent.focus(link);
    expect(prefetch.mock.calls).toEqual([['/goals'], ['/goals'], ['/goals']]);
    expect(onFocus).toHaveBeenCalledOnce(); // the link's own handlers still run
    expect(currentPath.get()).toBe('/');
  });

  it('on a click, moves once the screen is here', async () => {
    const arrival = deferred();
    prefetchOnIntent(() => arrival.promise);
    render(<Link href="/goals">Goals</Link>);
    fireEvent.click(screen.getByRole('link', { name: 'Goals' }));
    await act(() => Promise.resolve());
    expect(currentPath.get()).toBe('/');
    await act(async () => arrival.resolve());
    expect(currentPath.get()).toBe('/goals');
  });

  it('moves anyway when the screen takes too long, or cannot be fetched', async () => {
    vi.useFakeTimers();
    prefetchOnIntent(() => new Promise(() => undefined));
    render(<Link href="/goals">Goals</Link>);
    fireEvent.click(screen.getByRole('link', { name: 'Goals' }));
    await act(() => vi.advanceTimersByTimeAsync(CLICK_WAIT_MS - 1));
    expect(currentPath.get()).toBe('/');
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(currentPath.get()).toBe('/goals');

    prefetchOnIntent(() => Promise.reject(new Error('offline')));
    render(<Link href="/people">People</Link>);
    fireEvent.click(screen.getByRole('link', { name: 'People' }));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(currentPath.get()).toBe('/people');
  });

  it('goes where the latest click asked, whichever screen arrives first', async () => {
    const goals = deferred();
    const people = deferred();
    prefetchOnIntent((href) => (href === '/goals' ? goals.promise : people.promise));
    render(
      <>
        <Link href="/goals">Goals</Link>
        <Link href="/people">People</Link>
      </>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Goals' }));
    fireEvent.click(screen.getByRole('link', { name: 'People' }));
    await act(async () => people.resolve());
    expect(currentPath.get()).toBe('/people');
    await act(async () => goals.resolve());
    expect(currentPath.get()).toBe('/people');
  });

  it('leaves modified clicks to the browser', () => {
    const prefetch = vi.fn(() => Promise.resolve());
    prefetchOnIntent(prefetch);
    render(<Link href="/goals">Goals</Link>);
    fireEvent.click(screen.getByRole('link', { name: 'Goals' }), { ctrlKey: true });
    expect(currentPath.get()).toBe('/');
  });
});
