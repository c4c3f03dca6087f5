import { screenShown } from '../../ui/screenShown';
import { FIRST_VISIT_ATTRIBUTE, PLAN_OPENED_KEY, type FirstVisitAsked } from './script';

/**
 * If the app has not shown its first screen by then (something went wrong before it could),
 * the written page makes way anyway: its buttons do nothing until the app has taken over.
 */
const HAND_OVER_WITHIN_MS = 8000;

/** The control in `within` that looks like `control` (the same kind, words and address). */
function twinOf(control: Element, within: Element): HTMLElement | null {
  for (const candidate of within.querySelectorAll<HTMLElement>(control.tagName)) {
    if (
      candidate.textContent === control.textContent &&
      candidate.getAttribute('href') === control.getAttribute('href')
    )
      return candidate;
  }
  return null;
}

/**
 * Carries out what the person asked of the written page before the app could (./script.ts kept
 * it): the language they chose, then the button they pressed, on the app's own twins. Links
 * need nothing: they simply load their page.
 */
function doWhatWasAsked(
  { chosen, pressed }: FirstVisitAsked,
  page: HTMLElement,
  app: HTMLElement,
): void {
  if (chosen && page.contains(chosen.select)) {
    const twin = twinOf(chosen.select, app);
    if (twin instanceof HTMLSelectElement) {
      // React hears a change only through the element's own value setter and a change event.
      const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
      setValue.call(twin, chosen.value);
      twin.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  if (pressed && page.contains(pressed)) twinOf(pressed, app)?.click();
}

/**
 * Where the app renders. Usually the page's #root, which React simply takes over. On a first
 * visit that shows a written first screen (./script.ts), the app renders beside it, hidden, and
 * the two change places in the frame in which the app's own first screen is complete — so the
 * person sees no blink, no "Opening your plan…", and keeps their place, their focus, and what
 * they pressed or chose meanwhile.
 */
export function containerForTheApp(): HTMLElement {
  const page = document.getElementById('root')!;
  if (!document.documentElement.hasAttribute(FIRST_VISIT_ATTRIBUTE)) return page;
  const app = document.createElement('div');
  app.hidden = true;
  // Before the page, so anything the app looks up in the document finds its own part first.
  page.before(app);
  const handOver = () => {
    stop();
    clearTimeout(timer);
    const focused = page.contains(document.activeElement) ? document.activeElement : null;
    const asked = window.waymarkFirstVisit;
    asked?.stop();
    delete window.waymarkFirstVisit;
    page.remove();
    app.id = 'root';
    app.hidden = false;
    document.documentElement.removeAttribute(FIRST_VISIT_ATTRIBUTE);
    if (focused) twinOf(focused, app)?.focus();
    // Once this frame's work is over, so the app's own handlers are in place to act on it.
    if (asked) setTimeout(() => doWhatWasAsked(asked, page, app));
  };
  const stop = screenShown.subscribe(() => {
    if (screenShown.get()) handOver();
  });
  const timer = setTimeout(handOver, HAND_OVER_WITHIN_MS);
  return app;
}

/**
 * Called before the database is first opened (which creates it): from then on this device
 * never gets a first-visit page again, even with no service worker.
 */
export function rememberThePlanIsHere(): void {
  try {
    localStorage.setItem(PLAN_OPENED_KEY, new Date().toISOString());
  } catch {
    // Storage refused: the service worker still keeps first-visit pages away (./script.ts).
  }
}
