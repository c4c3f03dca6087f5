/**
 * A first visit's first screen, painted from the page itself (decision 0010, stop 13).
 *
 * The build writes Home and the crisis plan, as they look on a device where no plan has ever been
 * kept, into index.html's <main>, hidden (scripts/vite/firstVisitPages.ts). This script, in the
 * page's <head> after the style sheet, marks <html> so that the page's own style shows one of
 * them in place of "Opening your plan…" — before any module has arrived — only when all of these
 * hold, so nobody with a plan is ever shown an empty one:
 * - the address is `/` or `/crisis-plan`;
 * - no service worker controls the page (every device that has kept a plan with Waymark has one
 *   from its first visit on, so only a first visit, or a load that bypassed it, gets this far);
 * - this device's storage has no PLAN_OPENED_KEY, which the app sets before it ever opens (and so
 *   creates) the database, and never removes;
 * - the person's first language is English, the language the pages are written in.
 * Anything unexpected (storage blocked, say) leaves the page as it was.
 *
 * While the written screen shows, its buttons and its language list cannot act yet: the script
 * keeps the last button pressed and the language chosen (window.waymarkFirstVisit), for the app
 * to carry out once it takes over (./handOver.ts), so no tap made meanwhile is lost.
 *
 * It is plain ES5 in a string because it runs before any module, exactly as written, from a file
 * of its own the build writes (the policy allows no inline script). It is a classic script, so
 * the page waits for it — fetched side by side with the style sheet the page waits for anyway,
 * and run before the app's module, which is deferred — and it touches nothing but one attribute
 * and two listeners.
 */

/** Set in localStorage before the database is first opened on this device (never removed). */
export const PLAN_OPENED_KEY = 'waymark:plan-opened';

/** Which first-visit page each address has. */
export const FIRST_VISIT_SCREENS = { '/': 'home', '/crisis-plan': 'crisis-plan' } as const;
export type FirstVisitScreen = (typeof FIRST_VISIT_SCREENS)[keyof typeof FIRST_VISIT_SCREENS];

/** The attribute on <html> that says a first-visit page is on screen, and which. */
export const FIRST_VISIT_ATTRIBUTE = 'data-first-visit';

/** The attribute on each hidden first-visit screen in <main>, naming it. */
export const PAGE_ATTRIBUTE = 'data-first-visit-page';

/** What the person asked of the written screen before the app could act on it. */
export interface FirstVisitAsked {
  pressed: Element | null;
  chosen: { select: HTMLSelectElement; value: string } | null;
  stop(): void;
}

declare global {
  interface Window {
    waymarkFirstVisit?: FirstVisitAsked;
  }
}

export const FIRST_VISIT_SCRIPT = `(function () {
  try {
    var screen = ${JSON.stringify(FIRST_VISIT_SCREENS)}[location.pathname];
    var worker = navigator.serviceWorker;
    var language = (navigator.languages && navigator.languages[0]) || navigator.language || '';
    if (!screen || (worker && worker.controller)) return;
    if (localStorage.getItem('${PLAN_OPENED_KEY}') !== null) return;
    if (language.split('-')[0].toLowerCase() !== 'en') return;
    var asked = { pressed: null, chosen: null };
    var press = function (event) {
      var button = event.target.closest && event.target.closest('button');
      if (button) asked.pressed = button;
    };
    var choose = function (event) {
      if (event.target.tagName === 'SELECT') asked.chosen = { select: event.target, value: event.target.value };
    };
    asked.stop = function () {
      document.removeEventListener('click', press, true);
      document.removeEventListener('change', choose, true);
    };
    document.addEventListener('click', press, true);
    document.addEventListener('change', choose, true);
    window.waymarkFirstVisit = asked;
    document.documentElement.setAttribute('${FIRST_VISIT_ATTRIBUTE}', screen);
  } catch (error) {}
})();`;
