/**
 * Waymark in the person's own language (#17), in real Chromium: the browser's language is
 * followed on a first visit, a draft says so, Urdu reads right to left with no axe violations in
 * either colour scheme, Help now dials the same numbers in every language, and print numbers its
 * pages in Welsh. Reading and display settings reflow at twice the text size on a 320 px screen.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, axeViolationsInBothSchemes } from './helpers';
import { flat, pdfPageTexts } from './pdfText';

type Tree = { [key: string]: string | Tree };
const LANGUAGES = ['en-GB', 'cy', 'pl', 'ro', 'ur', 'pa'] as const;

/** One word of a language, as its own file has it: words('cy', 'core', 'home.title'). */
function words(language: string, file: string, key: string): string {
  let value: string | Tree = JSON.parse(
    readFileSync(
      new URL(`../../src/i18n/locales/${language}/${file}.json`, import.meta.url),
      'utf8',
    ),
  ) as Tree;
  for (const part of key.split('.')) value = (value as Tree)[part]!;
  return value as string;
}

/** Every number Help now writes out and every number its buttons dial, in page order. */
async function helpNowNumbers(page: Page) {
  // The Help now screen's own list: the bar's dialog holds another, closed.
  const main = page.getByRole('main');
  await expect(main.locator('.help-now__number').first()).toBeVisible();
  const read = async () =>
    JSON.stringify({
      written: await main.locator('.help-now__number').allTextContents(),
      dialled: await main
        .locator('a[href^="tel:"], a[href^="sms:"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    });
  // Read once the list holds still: twice alike, a moment apart (the page may still be drawing).
  let last = '';
  await expect
    .poll(async () => {
      const now = await read();
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return JSON.parse(last) as { written: string[]; dialled: string[] };
}

test.describe('a Welsh browser', () => {
  test.use({ locale: 'cy' });

  test('opens Waymark in Welsh and says once, in Welsh and English, that it is a draft', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(
      page.getByRole('heading', { level: 1, name: words('cy', 'core', 'home.title') }),
    ).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    const notice = page.getByRole('region', { name: words('cy', 'core', 'translation.title') });
    await expect(notice).toBeVisible();
    await notice.getByText('In English').click();
    await expect(notice.getByText('This translation is a draft')).toBeVisible();
    expect(await axeViolations(page)).toBe('');

    await notice.getByRole('button', { name: words('cy', 'core', 'translation.dismiss') }).click();
    await expect(notice).toBeHidden();
    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: words('cy', 'core', 'home.title') }),
    ).toBeVisible();
    await expect(
      page.getByRole('region', { name: words('cy', 'core', 'translation.title') }),
    ).toHaveCount(0);
  });

  test('prints "Page X of Y" in Welsh', async ({ page }) => {
    await page.goto('/print');
    await expect(
      page.getByRole('heading', { level: 1, name: words('cy', 'print', 'print.title') }),
    ).toBeVisible();
    await expect(page.locator('.plan-document')).toBeVisible();
    const pages = pdfPageTexts(await page.pdf({ format: 'A4' })).map(flat);
    expect(pages.length).toBeGreaterThan(0);
    pages.forEach((text, index) =>
      expect(text).toContain(`Tudalen ${index + 1} o ${pages.length}`),
    );
  });
});

test.describe('an Urdu browser', () => {
  test.use({ locale: 'ur', viewport: { width: 390, height: 844 } });

  test('reads right to left, with Help now first in the bar and no axe violations, light or dark', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(
      page.getByRole('heading', { level: 1, name: words('ur', 'core', 'home.title') }),
    ).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // Right to left, the bar's start is its right: Help now sits right of quick exit.
    const helpNow = await page
      .getByRole('button', { name: words('ur', 'core', 'helpNow.button') })
      .first()
      .boundingBox();
    const exit = await page.locator('.quick-exit-button').first().boundingBox();
    expect(helpNow!.x).toBeGreaterThan(exit!.x);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(await axeViolationsInBothSchemes(page)).toBe('');

    for (const path of ['/help-now', '/settings', '/goals']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect.soft(await axeViolationsInBothSchemes(page), path).toBe('');
    }
  });
});

test('Help now writes out and dials the same numbers in every language', async ({ browser }) => {
  let english: Awaited<ReturnType<typeof helpNowNumbers>> | undefined;
  for (const locale of LANGUAGES) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/help-now');
    await expect(
      page.getByRole('heading', { level: 1, name: words(locale, 'core', 'helpNow.title') }),
    ).toBeVisible();
    const numbers = await helpNowNumbers(page);
    expect(numbers.written, locale).toContain('116 123');
    expect(numbers.dialled, locale).toContain('tel:999');
    if (english) expect(numbers, locale).toEqual(english);
    else english = numbers;
    if (locale !== 'en-GB') {
      // A draft shows the checked English hours beside its own.
      await expect(page.getByRole('main').locator('.checked-english').first()).toBeVisible();
    }
    await context.close();
  }
});

for (const { width, textSize } of [
  { width: 390, textSize: 'largest' },
  { width: 320, textSize: 'standard' },
] as const) {
  test(`text ${textSize === 'largest' ? 'at twice the size, with more space,' : 'at standard size'} reflows on a ${width} px screen: nothing scrolls sideways`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto('/settings');
    await page.getByLabel('Text size').selectOption(textSize);
    const moreSpace = page.getByLabel('More space between lines, letters and words');
    await moreSpace.click();
    await expect(moreSpace).toBeChecked();
    await page.getByLabel('Contrast').selectOption('more');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', textSize);
    await expect(page.locator('html')).toHaveAttribute('data-more-contrast', '');
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    for (const path of ['/settings', '/', '/help-now', '/crisis-plan', '/goals']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect.soft(sideways, path).toBeLessThanOrEqual(0);
      expect.soft(await axeViolations(page), path).toBe('');
    }
  });
}
