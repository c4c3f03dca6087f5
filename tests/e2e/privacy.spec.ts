/**
 * Promises 1–3: nothing leaves the device, a strict Content Security Policy holds, and there are
 * no cookies. Every request of a whole journey is recorded, the service worker's included.
 */
import { expect, test, type Page } from '@playwright/test';
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

test('a whole journey stays on this origin, sets no cookies and breaks no CSP rule', async ({
  page,
  context,
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
  expect(requests).toContain(`${ORIGIN}/sw.js`);
  expect(requests.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(5);
  const elsewhere = requests.filter((url) => !url.startsWith(`${ORIGIN}/`));
  expect(elsewhere, 'requests to any other origin').toEqual([]);

  expect(await context.cookies()).toEqual([]);
  expect(violations, 'Content Security Policy violations').toEqual([]);
  expect(errors).toEqual([]);
});

test('the Content Security Policy blocks an injected inline script', async ({ page }) => {
  const violations = await recordCspViolations(page);
  await open(page, '/', 'Your plan');

  const pwned = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = true;';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { __pwned?: boolean }).__pwned;
  });

  expect(pwned).toBeUndefined();
  await expect
    .poll(() => violations)
    .toContainEqual(expect.objectContaining({ directive: 'script-src-elem', blocked: 'inline' }));
});

test('the server sends the CSP, with frame-ancestors, and no-referrer', async ({ request }) => {
  for (const path of ['/', '/about-me']) {
    const response = await request.get(path);
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
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['set-cookie']).toBeUndefined();
  }
});
