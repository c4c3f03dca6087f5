/**
 * How each built page starts (decision 0010):
 * - index.html gets the first-visit screens (src/app/firstVisit/script.ts): Home and the crisis
 *   plan as the app draws them for a device with nothing written, hidden in <main> beside
 *   "Opening your plan…", rendered with the app's own components and words through a Vite
 *   server of their own (React on the server, as the build runs).
 * - In index.html and the Help now pages the app's module leaves the page, and the page's start
 *   script — the first-visit script and the app's loader (src/app/appAfterPaint.ts), one small
 *   file after the style sheet — names it and asks for it: once the page has painted where it is
 *   whole without the app (Help now; a first visit's screen), at once anywhere else.
 * - A shared plan's page (/view), nearly always opened on a device for the first time, is
 *   index.html as Vite wrote it, asking for the app's code with the page, written twice like
 *   Help now's so any static host serves it.
 */
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin } from 'vite';
import {
  APP_AFTER_PAINT_SCRIPT,
  APP_ATTRIBUTE,
  WHOLE_PAGE_ATTRIBUTE,
} from '../../src/app/appAfterPaint.ts';
import {
  FIRST_VISIT_SCREENS,
  FIRST_VISIT_SCRIPT,
  PAGE_ATTRIBUTE,
  type FirstVisitScreen,
} from '../../src/app/firstVisit/script.ts';
import { HELP_NOW_PAGES } from './helpNowPage.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGES_MODULE = '/src/app/firstVisit/pages.tsx';
export const VIEW_PAGES = ['view.html', 'view/index.html'] as const;
const APP_MODULE = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\s*/;
const STYLES = /<link rel="stylesheet"[^>]*>/;

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

/** The HTML of a page the build has already emitted. */
function pageSource(
  bundle: Record<string, { type: string; source?: unknown } | undefined>,
  fileName: string,
): string | undefined {
  const page = bundle[fileName];
  return page?.type === 'asset' && typeof page.source === 'string' ? page.source : undefined;
}

export function pageStart(): Plugin {
  let define: Record<string, unknown> = {};
  return {
    name: 'waymark-page-start',
    apply: 'build',
    configResolved(config) {
      define = config.define ?? {};
    },
    generateBundle: {
      // After the Help now pages are made from index.html, before the policy check reads every
      // page.
      order: 'post',
      async handler(_options, bundle) {
        const index = pageSource(bundle, 'index.html');
        const app = index && APP_MODULE.exec(index)?.[1];
        const opening = index && /<p data-opening="">[^<]*<\/p>/.exec(index)?.[0];
        if (!index || !app || !opening) {
          this.error('index.html has no app module or no "Opening your plan…" to start from.');
        }
        for (const fileName of VIEW_PAGES)
          this.emitFile({ type: 'asset', fileName, source: index });

        const script = this.getFileName(
          this.emitFile({
            type: 'asset',
            name: 'start.js',
            source: `${FIRST_VISIT_SCRIPT}\n${APP_AFTER_PAINT_SCRIPT}\n`,
          }),
        );
        // After the style sheet, so the browser asks for both side by side: placed first, it held
        // back the style sheet and cost every address about 0.2 s of first paint on a slow line.
        // It still runs before anything is painted.
        const paintFirst = (fileName: string, html: string, whole: boolean) => {
          const start = `<script src="/${script}" ${APP_ATTRIBUTE}="${app}"${whole ? ` ${WHOLE_PAGE_ATTRIBUTE}=""` : ''}></script>`;
          const styles = STYLES.exec(html)?.[0];
          if (!styles || !APP_MODULE.test(html)) {
            this.error(`${fileName} has no style sheet or no app module to start after it.`);
          }
          const page = bundle[fileName];
          if (page?.type === 'asset') {
            page.source = html.replace(APP_MODULE, '').replace(styles, `${styles}${start}`);
          }
        };

        const pages = await renderPages(define);
        const screens = Object.values(FIRST_VISIT_SCREENS)
          .map((screen) => `<div ${PAGE_ATTRIBUTE}="${screen}" hidden="">${pages[screen]}</div>`)
          .join('');
        paintFirst('index.html', index.replace(opening, `${opening}${screens}`), false);
        for (const fileName of HELP_NOW_PAGES) {
          const page = pageSource(bundle, fileName);
          if (!page) this.error(`The build emitted no ${fileName} to start.`);
          paintFirst(fileName, page, true);
        }
      },
    },
  };
}
