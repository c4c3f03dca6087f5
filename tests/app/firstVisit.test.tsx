/**
 * A first visit's first screen, written into the page (src/app/firstVisit): shown only where no
 * plan can be, the same as the app's own screen, and handed over to the app without a blink.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { containerForTheApp, rememberThePlanIsHere } from '../../src/app/firstVisit/handOver';
import { renderFirstVisitPages } from '../../src/app/firstVisit/pages';
import { screenShown } from '../../src/ui/screenShown';
import {
  FIRST_VISIT_ATTRIBUTE,
  FIRST_VISIT_SCRIPT,
  PLAN_OPENED_KEY,
} from '../../src/app/firstVisit/script';
import { openDatabase } from '../../src/db/connection';
import { saveAboutMe } from '../../src/db/repositories/aboutMe';
import { currentPath } from '../../src/ui/router';

const html = document.documentElement;

afterEach(() => {
  html.removeAttribute(FIRST_VISIT_ATTRIBUTE);
  localStorage.clear();
  screenShown.set(false);
  currentPath.set('/');
  history.replaceState(null, '', '/');
  window.waymarkFirstVisit?.stop();
  delete window.waymarkFirstVisit;
});

/** Runs the script as the page would, on `path`, with this browser's answers. */
function runOn(path: string, { languages = ['en-GB'], controlled = false } = {}): string | null {
  history.replaceState(null, '', path);
  vi.stubGlobal('navigator', {
    languages,
    language: languages[0],
    serviceWorker: controlled ? { controller: {} } : { controller: null },
  });
  // The page runs it as text, and so does this.
  new Function(FIRST_VISIT_SCRIPT)();
  vi.unstubAllGlobals();
  return html.getAttribute(FIRST_VISIT_ATTRIBUTE);
}

describe('the first-visit script', () => {
  it('shows Home or the crisis plan on a device that has never kept a plan', () => {
    expect(runOn('/')).toBe('home');
    html.removeAttribute(FIRST_VISIT_ATTRIBUTE);
    expect(runOn('/crisis-plan')).toBe('crisis-plan');
    html.removeAttribute(FIRST_VISIT_ATTRIBUTE);
    expect(runOn('/', { languages: ['en-US', 'cy'] })).toBe('home');
  });

  it('shows nothing on any other address', () => {
    expect(runOn('/goals')).toBeNull();
    expect(runOn('/help-now')).toBeNull();
    expect(runOn('/view')).toBeNull();
  });

  it('shows nothing once the app has opened a plan on this device', () => {
    rememberThePlanIsHere();
    expect(localStorage.getItem(PLAN_OPENED_KEY)).not.toBeNull();
    expect(runOn('/')).toBeNull();
    expect(runOn('/crisis-plan')).toBeNull();
  });

  it('shows nothing when a service worker controls the page, even with no mark in storage', () => {
    expect(runOn('/', { controlled: true })).toBeNull();
  });

  it('shows nothing when the person reads first in another language', () => {
    expect(runOn('/', { languages: ['cy', 'en-GB'] })).toBeNull();
    expect(runOn('/', { languages: ['pl'] })).toBeNull();
  });

  it('shows nothing when storage cannot be read', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(runOn('/')).toBeNull();
  });
});

/** The screen's markup without the ids React makes up, which differ from render to render. */
const comparable = (markup: string) =>
  markup.replace(/_[rR]_[0-9a-z]+_/g, 'ID').replace(/ selected=""/g, '');

describe('the written screens', () => {
  beforeEach(async () => {
    await act(async () => void (await openDatabase()));
  });

  it.each([
    ['/', 'home', 'Welcome to Waymark'],
    ['/crisis-plan', 'crisis-plan', 'There is nothing in your crisis plan yet'],
  ] as const)('are what the app shows at %s on a fresh device', async (path, page, words) => {
    const pages = await renderFirstVisitPages();
    currentPath.set(path);
    const { container } = render(<App />);
    await screen.findByText(words, { exact: false });
    const main = container.querySelector('main')!;
    expect(comparable(pages[page])).toBe(comparable(main.innerHTML));
  });

  it('are not what the app shows once something is written', async () => {
    const pages = await renderFirstVisitPages();
    await saveAboutMe({ preferredName: 'Robin' });
    const { container } = render(<App />);
    await screen.findByRole('heading', { name: /Robin/ });
    expect(comparable(pages.home)).not.toBe(comparable(container.querySelector('main')!.innerHTML));
  });
});

describe('handing the written screen over to the app', () => {
  function writtenPage(): HTMLElement {
    document.body.innerHTML =
      '<div id="root"><main id="main"><a href="/about-me">Start your plan</a></main></div>';
    return document.getElementById('root')!;
  }

  it('lets the app take the page over at once when no screen was written', () => {
    const page = writtenPage();
    expect(containerForTheApp()).toBe(page);
  });

  it('renders the app hidden beside the page, and swaps them once its screen is shown', () => {
    const page = writtenPage();
    html.setAttribute(FIRST_VISIT_ATTRIBUTE, 'home');
    page.querySelector('a')!.focus();
    const app = containerForTheApp();
    expect(app).not.toBe(page);
    expect(app.hidden).toBe(true);
    app.innerHTML = '<main><a href="/about-me">Start your plan</a></main>';

    screenShown.set(true);
    expect(page.isConnected).toBe(false);
    expect(app.hidden).toBe(false);
    expect(app.id).toBe('root');
    expect(html.hasAttribute(FIRST_VISIT_ATTRIBUTE)).toBe(false);
    // The person's place is kept: focus moves to the same link in the app.
    expect(document.activeElement).toBe(app.querySelector('a'));
  });

  it('carries out a button pressed and a language chosen on the written page, in the app', async () => {
    document.body.innerHTML =
      '<div id="root"><main id="main"><select><option>en-GB</option><option>cy</option></select>' +
      '<button type="button">Got it, let’s start</button></main></div>';
    const page = document.getElementById('root')!;
    expect(runOn('/')).toBe('home');
    const app = containerForTheApp();
    app.innerHTML =
      '<main><select><option>en-GB</option><option>cy</option></select>' +
      '<button type="button">Got it, let’s start</button></main>';
    const pressed = vi.fn();
    const chosen = vi.fn();
    app.querySelector('button')!.addEventListener('click', pressed);
    app
      .querySelector('select')!
      .addEventListener('change', (event) => chosen((event.target as HTMLSelectElement).value));

    const select = page.querySelector('select')!;
    select.value = 'cy';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    page.querySelector('button')!.click();
    expect(pressed).not.toHaveBeenCalled();

    screenShown.set(true);
    await vi.waitFor(() => expect(pressed).toHaveBeenCalledTimes(1));
    expect(chosen).toHaveBeenCalledWith('cy');
    // Only what was asked before the app took over: its own buttons act for themselves.
    app.querySelector('button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(pressed).toHaveBeenCalledTimes(2);
  });

  it('makes way for the app anyway if its screen never says it is shown', () => {
    vi.useFakeTimers();
    try {
      const page = writtenPage();
      html.setAttribute(FIRST_VISIT_ATTRIBUTE, 'home');
      const app = containerForTheApp();
      vi.advanceTimersByTime(7999);
      expect(page.isConnected).toBe(true);
      vi.advanceTimersByTime(1);
      expect(page.isConnected).toBe(false);
      expect(app.hidden).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('hears from the screen only once its own content is on the page', async () => {
    currentPath.set('/');
    await act(async () => void (await openDatabase()));
    render(<App />);
    await screen.findByRole('heading', { name: 'Welcome to Waymark' });
    await waitFor(() => expect(screenShown.get()).toBe(true));
  });
});
