/**
 * Writes Help now into the built pages as plain HTML (see src/features/help-now/staticPage.ts):
 * index.html starts with the bar and its Help now link, and /help-now's page holds 999 and every UK
 * help line, so Help now works before, and without, the JavaScript. The app replaces both once
 * it runs.
 */
import type { Plugin } from 'vite';
import core from '../../src/i18n/locales/en-GB/core.json' with { type: 'json' };
import {
  helpNowMain,
  loadingMain,
  staticShell,
  type StaticWords,
} from '../../src/features/help-now/staticPage.ts';

const ROOT = '<div id="root"></div>';
/**
 * The page twice, so any static host serves it at /help-now: beside index.html for hosts that
 * add ".html" themselves (Vite's preview), and in a folder of its own for those that look for a
 * folder's index.html (most others).
 */
export const HELP_NOW_PAGES = ['help-now.html', 'help-now/index.html'] as const;

export function helpNowPage(): Plugin {
  const words = core as unknown as StaticWords;
  return {
    name: 'waymark-help-now-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(ROOT)) throw new Error(`index.html has no ${ROOT} to put Help now in.`);
        return html.replace(ROOT, `<div id="root">${staticShell(words, loadingMain(words))}</div>`);
      },
    },
    generateBundle: {
      // After Vite has written index.html into the bundle, before the policy check reads it.
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset' || typeof index.source !== 'string') {
          this.error('The build emitted no index.html to make the Help now page from.');
        }
        const page = index.source.replace(
          /<div id="root">[\s\S]*?<\/main><\/div><\/div>/,
          `<div id="root">${staticShell(words, helpNowMain(words))}</div>`,
        );
        if (page === index.source) this.error('Help now could not be written into its page.');
        for (const fileName of HELP_NOW_PAGES)
          this.emitFile({ type: 'asset', fileName, source: page });
      },
    },
  };
}
