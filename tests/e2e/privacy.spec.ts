/**
 * Promises 1–3 and 27: nothing leaves the device, a strict Content Security Policy holds, and
 * there are no cookies. Every request of a whole journey is recorded, the service worker's
 * included. The journeys run against a plain static server that sends no headers at all, so the
 * policy the page carries in its own <meta> tag must hold by itself: a build that lost the tag
 * fails here, even though the preview server would have sent the policy as a header.
 */
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/app/securityPolicy';
import {
  addHope,
  addStrength,
  dismissWelcome,
  goTo,
  open,
  ORIGIN,
  SAVED,
  visitEveryScreen,
  waitForServiceWorkerControl,
  watchErrors,
  writesSettled,
} from './helpers';

const DIST = resolve(process.env.WAYMARK_DIST ?? 'dist');

/** Content types only, as the plainest static host sends them (no charset, no other header). */
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/**
 * The build folder as a bare static host serves it: a file if there is one (`/x` may be
 * `x.html` or `x/index.html`), index.html for any other path without an extension (the app's
 * own routes), 404 otherwise; and no header but the content type.
 */
async function startBareServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const wanted = resolve(DIST, `.${path}`);
      if (wanted !== DIST && !wanted.startsWith(DIST + sep)) {
        response.writeHead(404).end();
        return;
      }
      const candidates = [wanted, `${wanted}.html`, join(wanted, 'index.html')];
      if (!extname(path)) candidates.push(join(DIST, 'index.html'));
      for (const file of candidates) {
        if (!(await isFile(file))) continue;
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'Content-Type': type });
        response.end(await readFile(file));
        return;
      }
      response.writeHead(404).end();
    })().catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Every page the build holds, as paths on the server: `/`, `/help-now.html` and so on. */
async function builtPages(dir = DIST): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const pages = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return builtPages(path);
      if (!entry.name.endsWith('.html')) return [];
      return [`/${relative(DIST, path).split(sep).join('/')}`.replace(/^\/index\.html$/, '/')];
    }),
  );
  return pages.flat();
}

/** Pages in these tests come from the bare server (`baseURL` and `bareOrigin`). */
const test = base.extend<object, { bareOrigin: string }>({
  bareOrigin: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures wanted from here
    async ({}, provide) => {
      const server = await startBareServer();
      await provide(server.origin);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ bareOrigin }, provide) => provide(bareOrigin),
});

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

/** Collects every `securitypolicyviolation` the page reports, across reloads. */
async function recordCspViolations(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.exposeFunction('__waymarkTestCspViolation', (violation: Violation) => {
    violations.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (v: unknown) => void>)
        .__waymarkTestCspViolation;
      report?.({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    });
  });
  return violations;
}

test('the bare server sends no policy or other security header, and the page carries it', async ({
  request,
  page,
}) => {
  for (const path of ['/', '/about-me', ...(await builtPages())]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const sent = Object.keys(response.headers());
    for (const header of Object.keys(SECURITY_HEADERS)) {
      expect(sent, `${path} ${header}`).not.toContain(header.toLowerCase());
    }
  }
  await open(page, '/', 'Your plan');
  const policies = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')));
  expect(policies).toEqual([CONTENT_SECURITY_POLICY]);
});

test('a whole journey stays on this origin, sets no cookies and breaks no CSP rule', async ({
  page,
  context,
  bareOrigin,
}) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const violations = await recordCspViolations(page);
  const errors = watchErrors(page);

  await open(page, '/', 'Your plan');
  await dismissWelcome(page);
  await goTo(page, 'About me');
  await page.getByLabel('The name I like to be called').fill('Jo');
  await page.getByLabel('My story').fill('Nobody else needs to read this.');
  await expect(page.getByText(SAVED)).toBeVisible();
  await goTo(page, 'Strengths');
  await addStrength(page, {
    title: 'Humour',
    kind: 'A personal quality',
    howItHelps: 'Lightness.',
  });
  await goTo(page, 'Hopes and dreams');
  await addHope(page, { title: 'Travel by train', area: 'Leisure and creativity' });
  await visitEveryScreen(page);
  await writesSettled(page);
  await waitForServiceWorkerControl(page); // reloads; the service worker fetches its precache
  await goTo(page, 'Your plan');
  await expect(page.getByRole('heading', { level: 2, name: 'Hello, Jo' })).toBeVisible();
  await open(page, '/no-such-page', 'We couldn’t find that page');

  // The recording works: the app's own files were seen, the service worker's among them.
  expect(requests).toContain(`${bareOrigin}/sw.js`);
  expect(requests.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(5);
  const elsewhere = requests.filter((url) => !url.startsWith(`${bareOrigin}/`));
  expect(elsewhere, 'requests to any other origin').toEqual([]);

  expect(await context.cookies()).toEqual([]);
  expect(violations, 'Content Security Policy violations').toEqual([]);
  expect(errors).toEqual([]);
});

test('the page’s own policy blocks an injected inline script, on every page built', async ({
  page,
}) => {
  const violations = await recordCspViolations(page);
  const pages = ['/about-me', ...(await builtPages())];
  expect(pages).toContain('/');
  for (const path of pages) {
    if (path === '/') await open(page, '/', 'Your plan');
    else await page.goto(path);

    const pwned = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __pwned?: boolean }).__pwned;
    });

    expect(pwned, path).toBeUndefined();
    await expect
      .poll(() => violations.filter((v) => v.blocked === 'inline'), { message: path })
      .toContainEqual(expect.objectContaining({ directive: 'script-src-elem' }));
    violations.length = 0;
  }
});

test('the preview server sends every security header, the CSP with frame-ancestors', async ({
  request,
}) => {
  for (const path of ['/', '/about-me']) {
    const response = await request.get(`${ORIGIN}${path}`);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    const policy = headers['content-security-policy'] ?? '';
    const directives = policy.split(';').map((directive) => directive.trim());
    expect(directives).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
      ]),
    );
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(headers[name.toLowerCase()], name).toBe(value);
    }
    expect(headers['set-cookie']).toBeUndefined();
  }
});
