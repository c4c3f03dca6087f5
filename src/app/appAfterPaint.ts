/**
 * The app's code is asked for once the page has painted what it already holds, not while the
 * page is still being read (decision 0010, stop 14).
 *
 * A first visit's first screen (./firstVisit/script.ts) and the Help now page are whole before
 * any of the app's code. On a slow line the app's 100 KB of code, asked for with the page, took
 * the line's bandwidth from the style sheet their first paint waits for. So the build takes the
 * app's module out of the page (scripts/vite/pageStart.ts), and this script, in the page's start
 * script after the first-visit one, adds it back: where the page is whole (a first-visit screen
 * on show, or the page marked WHOLE_PAGE_ATTRIBUTE), once the first contentful paint is reported
 * — at once where paints are not reported, after FALLBACK_MS at the latest (a page opened in a
 * background tab paints only when shown); anywhere else, at once. A shared plan's page (/view),
 * which nearly always meets a device for the first time, gets a page of its own that asks for the
 * code with the page, as Vite wrote it.
 *
 * Plain ES5 in a string for the same reasons as the first-visit script: it runs before any
 * module, from a file of its own, under a policy that allows no inline script.
 */

import { FIRST_VISIT_ATTRIBUTE } from './firstVisit/script';

/** The attribute on the start script that names the app's module. */
export const APP_ATTRIBUTE = 'data-app';
/** The attribute on the start script of a page that is whole without the app (Help now). */
export const WHOLE_PAGE_ATTRIBUTE = 'data-whole-page';

/** The longest the app waits for the page's first paint. */
const FALLBACK_MS = 1000;

export const APP_AFTER_PAINT_SCRIPT = `(function () {
  var me = document.currentScript;
  var app = me && me.getAttribute('${APP_ATTRIBUTE}');
  if (!app) return;
  var whole = me.hasAttribute('${WHOLE_PAGE_ATTRIBUTE}') ||
    document.documentElement.hasAttribute('${FIRST_VISIT_ATTRIBUTE}');
  var started = false;
  var start = function () {
    if (started) return;
    started = true;
    var module = document.createElement('script');
    module.type = 'module';
    module.src = app;
    document.head.appendChild(module);
  };
  var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (!whole || !types || types.indexOf('paint') < 0) return start();
  try {
    new PerformanceObserver(function (list, observer) {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      start();
    }).observe({ type: 'paint', buffered: true });
  } catch (error) {
    return start();
  }
  setTimeout(start, ${FALLBACK_MS});
})();`;
