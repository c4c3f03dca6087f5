/**
 * Writes the first-visit screens into index.html (src/app/firstVisit/script.ts): Home and the
 * crisis plan as the app draws them for a device with nothing written, hidden in <main> beside
 * "Opening your plan…", and in <head> the small script that lets the page's style show one of
 * them before any module has arrived — only on a device where no plan can be. The
 * screens are rendered with the app's own components and words, through a Vite server of their
 * own (React on the server, as the build runs).
 */
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin } from 'vite';
import {
  FIRST_VISIT_SCREENS,
  FIRST_VISIT_SCRIPT,
  PAGE_ATTRIBUTE,
  type FirstVisitScreen,
} from '../../src/app/firstVisit/script.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGES_MODULE = '/src/app/firstVisit/pages.tsx';

async function renderPages(define: Record<string, unknown>) {
  const server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    define,
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const pages = (await server.ssrLoadModule(PAGES_MODULE)) as {
      renderFirstVisitPages(): Promise<Record<FirstVisitScreen, string>>;
    };
    return await pages.renderFirstVisitPages();
  } finally {
    await server.close();
  }
}

export function firstVisitPages(): Plugin {
  let define: Record<string, unknown> = {};
  return {
    name: 'waymark-first-visit-pages',
    apply: 'build',
    configResolved(config) {
      define = config.define ?? {};
    },
    generateBundle: {
      // After the Help now pages are made from index.html (they need none of this), before the
      // policy check reads every page.
      order: 'post',
      async handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset' || typeof index.source !== 'string') {
          this.error('The build emitted no index.html to write the first-visit pages into.');
        }
        const opening = /<p data-opening="">[^<]*<\/p>/.exec(index.source);
        const styles = /<link rel="stylesheet"[^>]*>/.exec(index.source);
        if (!opening || !styles) {
          this.error('index.html has no "Opening your plan…" or no style sheet to go after.');
        }
        const pages = await renderPages(define);
        const script = this.getFileName(
          this.emitFile({ type: 'asset', name: 'first-visit.js', source: FIRST_VISIT_SCRIPT }),
        );
        const screens = Object.values(FIRST_VISIT_SCREENS)
          .map((screen) => `<div ${PAGE_ATTRIBUTE}="${screen}" hidden="">${pages[screen]}</div>`)
          .join('');
        const written = index.source
          .replace(opening[0], `${opening[0]}${screens}`)
          // After the style sheet and the app's (deferred) module, so the browser asks for both
          // before it stops to fetch this one: placed first, it cost every address about 0.2 s
          // of first paint on a slow line. It still runs before anything is painted, and before
          // the app's code.
          .replace(styles[0], `${styles[0]}<script src="/${script}"></script>`);
        index.source = written;
      },
    },
  };
}
