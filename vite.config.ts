/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { SECURITY_HEADERS, SYNC_ORIGINS } from './src/app/securityPolicy.ts';
import { firstVisitPages } from './scripts/vite/firstVisitPages.ts';
import { helpNowPage } from './scripts/vite/helpNowPage.ts';
import { localeParts } from './scripts/vite/localeParts.ts';
import { chunkGroups } from './scripts/vite/chunkGroups.ts';
import { securityHeaders } from './scripts/vite/securityHeaders.ts';
import pkg from './package.json' with { type: 'json' };

/** Unit tests of the domain, formats, storage and the safety log, which need no page. */
const NO_PAGE_TESTS = [
  'tests/{build,domain,formats,safety}/**/*.test.ts',
  'tests/db/!(connection|persistence).test.ts',
];

/**
 * Test files that replace one of the app's modules with vi.mock, load the modules again
 * themselves, or put i18next (one instance for a whole worker) into other languages: a mock
 * would stay in place for the files after them in a shared worker, and another language's words
 * turned up in later files' screens (seen with the files shuffled).
 */
const OWN_MODULES_TESTS = [
  'tests/formats/frozenMeaning.test.ts',
  'tests/features/viewer.test.tsx',
  'tests/features/helpNow.test.tsx',
  'tests/features/languages.test.tsx',
  'tests/sync/refused.test.tsx',
  'tests/sync/SyncSection.test.tsx',
  'tests/i18n/loading.test.ts',
  'tests/i18n/lookups.test.ts',
  'tests/i18n/pseudoLocale.test.tsx',
];

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __SYNC_ORIGINS__: JSON.stringify(SYNC_ORIGINS),
  },
  resolve: {
    // React 19 has useSyncExternalStore: react-i18next's import of the shim gets React's own.
    alias: [
      {
        find: /^use-sync-external-store\/shim$/,
        replacement: fileURLToPath(
          new URL('./src/lib/useSyncExternalStoreShim.ts', import.meta.url),
        ),
      },
    ],
  },
  plugins: [
    react(),
    localeParts(),
    helpNowPage(),
    firstVisitPages(),
    securityHeaders(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.svg', 'icons/*.png'],
      manifest: {
        id: '/',
        name: 'Waymark — your recovery plan',
        short_name: 'Waymark',
        description:
          'Your own recovery plan and goals: strengths, hopes and plans for staying well, kept only on this device.',
        lang: 'en-GB',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1d5c63',
        background_color: '#fbf8f3',
        categories: ['health', 'lifestyle', 'productivity'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      // Our own service worker (src/pwa/sw.ts): Workbox's precaching, its copy fetched a few
      // files at a time.
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Every browser that runs es2022 code preloads modules itself, or loads them without it.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: { output: { codeSplitting: chunkGroups() } },
  },
  preview: {
    host: '127.0.0.1',
    headers: SECURITY_HEADERS,
  },
  server: {
    host: '127.0.0.1',
  },
  test: {
    setupFiles: ['./tests/setup.ts'],
    restoreMocks: true,
    // Tests with no page run without one: making a jsdom page costs about a second per file on
    // a two-core CI machine. Anything not listed here gets a page, and files share their worker's
    // page and packages (a fresh page and module graph for every file took half the unit run):
    // tests/setup.ts loads the app's own modules afresh for each file and blanks the page.
    projects: [
      {
        extends: true,
        test: {
          name: 'no page',
          environment: 'node',
          include: NO_PAGE_TESTS,
          exclude: OWN_MODULES_TESTS,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'page',
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**', ...NO_PAGE_TESTS, ...OWN_MODULES_TESTS],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'own modules',
          environment: 'jsdom',
          include: OWN_MODULES_TESTS,
        },
      },
    ],
    unstubGlobals: true,
    testTimeout: 20_000,
    // Vitest keeps one core for itself by default; its own work is light, and on a two-core CI
    // machine one worker made the unit tests half of the whole run.
    maxWorkers: availableParallelism(),
    // PouchDB's replication asks the source database for its info after each batch and does not
    // handle that failing (pouchdb-browser, replicate's finishBatch: `src.info().then(…)`). A
    // sync test that takes the server away in the middle of a batch can meet it now and then; in
    // a browser it is a console message, and how the engine deals with the lost server is what
    // those tests check. Only that one rejection is set aside.
    onUnhandledError: (error) =>
      !(
        error.message === 'fetch failed' &&
        /pouchdb-browser/.test(error.stack ?? '') &&
        /\b_info\b/.test(error.stack ?? '')
      ),
  },
});
