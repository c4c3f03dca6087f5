/**
 * The app's code is asked for once the page has painted what it already holds, not while the
 * page is still being read (decision 0010, stop 14).
 *
 * Every page starts with something whole to show before any of the app's code: the bar with Help
 * now, a first visit's first screen (./firstVisit/script.ts), or the whole of Help now. On a slow
 * line the app's 100 KB of code, asked for with the page, took the line's bandwidth from the
 * style sheet the first paint waits for. So the build takes the app's module out of the page
 * (scripts/vite/pageStart.ts) and this script, in the page's start script beside the first-visit
 * one, adds it back once the first contentful paint is reported — at once where paints are not
 * reported, and after FALLBACK_MS at the latest (a page opened in a background tab paints only
 * when shown). A shared plan's page (/view) has nothing of its own to paint first, so the build
 * writes it a page that asks for the app's code at once.
 *
 * Plain ES5 in a string for the same reasons as the first-visit script: it runs before any
 * module, from a file of its own, under a policy that allows no inline script.
 */

/** The attribute on the start script that names the app's module. */
export const APP_ATTRIBUTE = 'data-app';

/** The longest the app waits for the page's first paint. */
const FALLBACK_MS = 1000;

export const APP_AFTER_PAINT_SCRIPT = `(function () {
  var me = document.currentScript;
  var app = me && me.getAttribute('${APP_ATTRIBUTE}');
  if (!app) return;
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
  if (!types || types.indexOf('paint') < 0) return start();
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
