/**
 * Puts the Content Security Policy into every page the build emits and ships the deployment
 * headers (`_headers`) beside them, all from src/app/securityPolicy.ts. The policy goes in as a
 * tag descriptor at the very start of <head>, so it does not depend on how index.html is
 * written; and the build fails if any page does not end up with exactly that one tag, first in
 * its <head>. Build only: Vite's dev server injects inline scripts of its own (hot reload),
 * which a strict policy would rightly block.
 */
import type { Plugin } from 'vite';
import { CSP_META_TAG, cspMetaProblems, headersFile } from '../../src/app/securityPolicy';

export const HEADERS_FILE = '_headers';
/** Browsers look for the page's character set only this far in. */
const CHARSET_WITHIN = 1024;

export function securityHeaders(): Plugin {
  return {
    name: 'waymark-security-headers',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { ...CSP_META_TAG, attrs: { ...CSP_META_TAG.attrs }, injectTo: 'head-prepend' },
      ],
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const pages = Object.values(bundle).filter(
          (file) => file.type === 'asset' && file.fileName.endsWith('.html'),
        );
        if (pages.length === 0) this.error('The build emitted no page to put the policy in.');
        for (const page of pages) {
          if (page.type !== 'asset') continue;
          const source =
            typeof page.source === 'string' ? page.source : new TextDecoder().decode(page.source);
          const problems = cspMetaProblems(source);
          // The policy now comes first; the character set must still be declared in time.
          if (source.search(/<meta\s+charset/i) > CHARSET_WITHIN) {
            problems.push(`its <meta charset> is not within the first ${CHARSET_WITHIN} bytes`);
          }
          if (problems.length > 0) {
            this.error(
              `${page.fileName} ${problems.join('; ')}. The Content Security Policy could not be put in the page: see scripts/vite/securityHeaders.ts.`,
            );
          }
        }
        this.emitFile({ type: 'asset', fileName: HEADERS_FILE, source: headersFile() });
      },
    },
  };
}
