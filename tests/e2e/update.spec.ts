/**
 * Promise 10: updates never strand a tab or reload over typing. A small server serves the build;
 * "deploying" a new version changes the service worker's bytes, as a real release does.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { SECURITY_HEADERS } from '../../src/app/securityPolicy';
import { waitForServiceWorkerControl } from './helpers';

const PORT = Number(process.env.WAYMARK_PORT ?? 4173) + 2;
const DIST = resolve(process.env.WAYMARK_DIST ?? 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

let release = 'A';
let server: Server;

test.beforeAll(async () => {
  server = createServer(async (request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://x').pathname).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(DIST, path);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      file = join(DIST, 'index.html'); // the app's own routes
      body = await readFile(file);
    }
    if (path === '/sw.js' && release !== 'A')
      body = Buffer.concat([body, Buffer.from(`\n// release ${release}\n`)]);
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('a new version waits for the person, keeps what they typed, then takes over', async ({
  page,
}) => {
  const base = `http://127.0.0.1:${PORT}`;
  await page.goto(`${base}/about-me`);
  await waitForServiceWorkerControl(page);

  const story = page.getByLabel('My story');
  await story.fill('I was halfway through a sentence');
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

  release = 'B';
  await page.getByRole('navigation').getByRole('link', { name: 'Your data and settings' }).click();
  await page.getByRole('button', { name: 'Check for updates' }).click();
  await expect(page.getByText('A new version of Waymark is ready.')).toBeVisible();

  // Nothing reloads on its own while the person is here.
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(
    true,
  );

  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Update now' }).click(),
  ]);
  expect(
    await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere),
  ).toBeUndefined();
  await page.goto(`${base}/about-me`);
  // About me reads first once it has words: Change opens the form.
  await page.getByRole('button', { name: 'Change About me' }).click();
  await expect(page.getByLabel('My story')).toHaveValue('I was halfway through a sentence');
});
