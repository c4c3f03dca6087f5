/**
 * Waymark can be installed: the manifest has what browsers need, and every icon it names loads.
 */
import { expect, test } from '@playwright/test';
import { ORIGIN } from './helpers';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** Width × height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): string {
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test('the web app manifest describes an installable app whose icons load', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href, 'the page links its manifest').toBeTruthy();
  const manifestUrl = new URL(href!, ORIGIN);
  expect(manifestUrl.pathname).toBe('/manifest.webmanifest');

  const response = await request.get(manifestUrl.href);
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as Record<string, unknown> & { icons: ManifestIcon[] };
  expect(manifest).toMatchObject({
    name: expect.stringMatching(/^Waymark/),
    short_name: 'Waymark',
    id: '/',
    start_url: '/',
    display: 'standalone',
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
  });

  const purposes = (icon: ManifestIcon) => (icon.purpose ?? 'any').split(/\s+/);
  const find = (sizes: string, purpose: string) =>
    manifest.icons.find((icon) => icon.sizes === sizes && purposes(icon).includes(purpose));
  const wanted = [find('192x192', 'any'), find('512x512', 'any'), find('512x512', 'maskable')];
  expect(wanted.every(Boolean), 'icons 192 and 512 for any use, and 512 maskable').toBe(true);

  for (const icon of manifest.icons) {
    const image = await request.get(new URL(icon.src, manifestUrl).href);
    expect(image.status(), icon.src).toBe(200);
    expect(image.headers()['content-type'], icon.src).toBe('image/png');
    const bytes = await image.body();
    expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), `${icon.src} is a PNG`).toBe(true);
    expect(pngSize(bytes), `${icon.src} is ${icon.sizes}`).toBe(icon.sizes);
  }

  // Chromium itself reads the manifest without complaint.
  const cdp = await page.context().newCDPSession(page);
  const { errors } = await cdp.send('Page.getAppManifest');
  expect(errors).toEqual([]);
});
