import { defineConfig } from '@playwright/test';

// Another build folder and port can be given, so two test runs never share one build.
const PORT = Number(process.env.WAYMARK_PORT ?? 4173);
const DIST = process.env.WAYMARK_DIST ?? 'dist';
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Journeys in the system's Chromium against the production build served by `vite preview`. */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'en-GB',
    serviceWorkers: 'allow',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --outDir ${DIST} --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
