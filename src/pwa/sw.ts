/// <reference lib="webworker" />
/**
 * The service worker: a copy of the whole app kept on the device, so every screen — the crisis
 * plan and Help now first — opens with no network once the copy is whole.
 *
 * Workbox's precaching, with one change: its copy is fetched a few files at a time. Workbox
 * fetches one file at a time (workbox#2528: Chrome ran out of request slots when hundreds were
 * asked for at once), and the app is about 150 files — 24 s to offline-ready at 100 ms a round
 * trip, a phone's everyday network. A person who opens Waymark once and loses signal soon after
 * should still have it.
 */
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare let self: ServiceWorkerGlobalScope;

/** As many as a browser opens to one server over HTTP/1.1: never more requests than it can hold. */
const FILES_AT_ONCE = 6;

const manifest = self.__WB_MANIFEST;
const precache = new PrecacheController();
precache.addToCacheList(manifest);

/**
 * Workbox's own rule: a file whose name carries its content's hash may come from the browser's
 * cache (the page may just have loaded it); one with a revision is asked of the server afresh.
 */
const cacheModes = new Map<string, RequestCache>(
  manifest.map((entry) =>
    typeof entry === 'string'
      ? [new URL(entry, self.location.href).href, 'default']
      : [new URL(entry.url, self.location.href).href, entry.revision ? 'reload' : 'default'],
  ),
);

/** Fetches the whole copy; any file that fails fails the install, as Workbox's own does. */
async function fetchTheCopy(event: ExtendableEvent): Promise<void> {
  const waiting = [...precache.getURLsToCacheKeys()];
  const fetchInTurn = async () => {
    for (let next = waiting.shift(); next; next = waiting.shift()) {
      const [url, cacheKey] = next;
      const request = new Request(url, {
        integrity: precache.getIntegrityForCacheKey(cacheKey),
        cache: cacheModes.get(url) ?? 'default',
        credentials: 'same-origin',
      });
      await Promise.all(precache.strategy.handleAll({ params: { cacheKey }, request, event }));
    }
  };
  await Promise.all(Array.from({ length: FILES_AT_ONCE }, fetchInTurn));
}

self.addEventListener('install', (event) => event.waitUntil(fetchTheCopy(event)));
// Removes what the previous version kept and this one does not.
self.addEventListener('activate', (event) => void precache.activate(event));
cleanupOutdatedCaches();

registerRoute(new PrecacheRoute(precache));
// Every address is the app's one page (Help now's page is precached and found by its address).
registerRoute(new NavigationRoute(precache.createHandlerBoundToURL('/index.html')));

// The new version takes over only when the person says so (src/pwa/serviceWorker.ts).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
