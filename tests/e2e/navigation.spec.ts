/**
 * Finding your way, on a phone and on a desktop: a bar at the foot of a phone's screen that never
 * moves, with a menu for the rest; every place in a side navigation on a wide screen; every place
 * at most two taps from anywhere; nothing hidden under the bar; no screen scrolling sideways at
 * 320 px or at 200% text; and a focus ring that is never the red of an error.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { planData } from '../../src/domain/plan';
import { samplePlan } from '../helpers/samplePlan';
import { axeViolations, navMenuButton, open, ORIGIN, planNav, screenHeading } from './helpers';
import { putRecords, type Records } from './seed';

const PHONE = { width: 390, height: 844 };
const SMALL_PHONE = { width: 320, height: 640 };

const EVERY_PLACE = [
  'Your plan',
  'About me',
  'Strengths',
  'Hopes and dreams',
  'People and places',
  'Goals',
  'Check-ins',
  'Staying well',
  'Crisis plan',
  'Advance statement',
  'Share',
  'Print',
  'Back up and restore',
  'Your data and settings',
];

/** Every screen's path, read from routes.tsx so a new screen is never left out. */
const ROUTE_PATHS = (() => {
  const source = readFileSync(new URL('../../src/app/routes.tsx', import.meta.url), 'utf8');
  const block = source.slice(source.indexOf('export const ROUTES'));
  const params: Record<string, string> = {
    '/goals/:id': '/goals/goal-1',
    '/print/advance-statement/:id': '/print/advance-statement/statement-1',
  };
  return [...block.matchAll(/\bpath: '([^']+)'/g)].map(([, path]) => params[path!] ?? path!);
})();

const NOW = '2026-10-01T09:00:00.000Z';

/** The sample plan (long enough to scroll), with an advance statement draft to print. */
function plan(): Records {
  // Parsed by the domain's own schema, so every record is whole, as the app keeps it.
  return planData.parse({
    ...samplePlan(),
    advanceStatements: [
      {
        id: 'statement-1',
        number: 1,
        content: { jurisdiction: 'scotland', fullName: 'Jo Reid' },
        createdAt: NOW,
        updatedAt: NOW,
      },
    ],
    settings: [{ id: 'settings', welcomeDismissed: true, checkInsEnabled: true }],
  }) as unknown as Records;
}

async function seedPlan(page: Page): Promise<void> {
  await open(page, '/', 'Your plan');
  await putRecords(page, plan());
  // Written behind the app's back: loaded again, so the screen open now shows the plan too.
  await page.reload();
  await expect(screenHeading(page)).toBeVisible();
}

async function largeText(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}

/** The list of links along the foot of a phone's screen. */
function bar(page: Page): Locator {
  return planNav(page).getByRole('list').first();
}

/**
 * Opens a screen: loaded afresh when no screen of the app is open yet, else moved to within the
 * app as Back and Forward move (the router follows the history), so a walk through every screen
 * takes one page load rather than one per screen.
 */
async function openScreen(page: Page, path: string): Promise<void> {
  if (!page.url().startsWith(ORIGIN)) {
    await page.goto(path);
  } else if (new URL(page.url()).pathname !== path) {
    await page.evaluate((to) => {
      // The screen being left is marked, so the wait below is for the next one's heading.
      document.querySelectorAll('h1').forEach((heading) => heading.setAttribute('data-left', ''));
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await expect(page.locator('h1:not([data-left])')).toBeVisible();
  }
  await expect(screenHeading(page)).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
}

/** Once the screen has settled (it reads the plan after its heading shows), nothing is wider. */
async function expectNoSidewaysScroll(page: Page, message: string): Promise<void> {
  await expect.soft
    .poll(() => page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth), {
      message,
    })
    .toBeLessThanOrEqual(0);
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  test('the bar stays at the foot of the screen at every scroll position, Help now uncovered', async ({
    page,
  }) => {
    await seedPlan(page);
    await openScreen(page, '/crisis-plan');
    await expect(page.getByRole('heading', { name: 'What helps me', exact: true })).toBeVisible();
    const boxes = [];
    for (const where of [0, 0.5, 1]) {
      await page.evaluate(
        (where) =>
          window.scrollTo(0, (document.scrollingElement!.scrollHeight - innerHeight) * where),
        where,
      );
      const box = (await bar(page).boundingBox())!;
      expect(box.y + box.height).toBeCloseTo(PHONE.height, 0);
      boxes.push(box);
      await expect(bar(page).getByRole('link', { name: 'Crisis plan' })).toBeInViewport({
        ratio: 1,
      });
      const helpNow = (await page.getByRole('button', { name: 'Help now' }).boundingBox())!;
      expect(helpNow.y + helpNow.height).toBeLessThan(box.y);
    }
    expect(new Set(boxes.map((box) => Math.round(box.y))).size).toBe(1);
    await expect(bar(page).getByRole('link')).toHaveText([
      'Your plan',
      'Goals',
      'Staying well',
      'Crisis plan',
    ]);
  });

  test('nothing hides under the bar: the end of a screen and a focused field stop above it', async ({
    page,
  }) => {
    await seedPlan(page);
    await openScreen(page, '/crisis-plan');
    await expect(page.getByRole('heading', { name: 'What helps me afterwards' })).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
    const barTop = (await bar(page).boundingBox())!.y;
    const last = page.getByText('A quiet week, a phone call from Sam', { exact: false });
    const lastBox = (await last.boundingBox())!;
    expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(barTop);

    // Moving onto a field at the foot of the screen scrolls it clear of the bar.
    await openScreen(page, '/about-me');
    const story = page.getByText('Choose a day to look at this again');
    await page.evaluate(() => window.scrollTo(0, 0));
    await story.focus();
    const storyBox = (await story.boundingBox())!;
    expect(storyBox.y + Math.min(storyBox.height, 60)).toBeLessThanOrEqual(
      (await bar(page).boundingBox())!.y,
    );
  });

  test('the menu: keyboard in and out, focus moves in and back, Escape closes, Help now stays reachable', async ({
    page,
  }) => {
    await seedPlan(page);
    await openScreen(page, '/goals');
    const menu = navMenuButton(page);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    const about = planNav(page).getByRole('link', { name: 'About me' });
    await expect(about).toBeFocused();
    await expect(planNav(page).getByRole('link', { name: 'Back up and restore' })).toBeVisible();

    // The top bar with Help now stays above the open menu and its shade.
    const helpNow = page.getByRole('button', { name: 'Help now' });
    const box = (await helpNow.boundingBox())!;
    const onTop = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent,
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    expect(onTop).toBe('Help now');
    expect(await axeViolations(page), 'axe with the menu open').toBe('');

    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(about).toBeHidden();

    // A tap on the shade closes it too; a tap on Help now opens Help now, over everything.
    await menu.click();
    const shadeBottom = (await page.locator('.app-menu').boundingBox())!.y;
    const barBottom = box.y + box.height + 8;
    expect(shadeBottom - barBottom, 'a strip of shade shows above the menu').toBeGreaterThan(16);
    await page.mouse.click(200, (barBottom + shadeBottom) / 2);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await helpNow.click();
    await expect(page.getByRole('dialog', { name: 'Help now' })).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  test('every place is at most two taps from every screen', async ({ page }) => {
    await seedPlan(page);
    for (const path of ROUTE_PATHS) {
      await test.step(path, async () => {
        await openScreen(page, path);
        const oneTap = await bar(page).getByRole('link').allTextContents();
        await navMenuButton(page).click();
        const withMenu = await planNav(page).getByRole('link').allTextContents();
        expect(withMenu.toSorted()).toEqual(EVERY_PLACE.toSorted());
        expect(oneTap).toContain('Crisis plan');
        await navMenuButton(page).click();
      });
    }
    // And the taps really lead there: Back up and restore and Settings from a goal's screen.
    for (const [place, heading] of [
      ['Back up and restore', 'Back up and restore'],
      ['Your data and settings', 'Your data and settings'],
    ] as const) {
      await openScreen(page, '/goals/goal-1');
      await navMenuButton(page).tap();
      await planNav(page).getByRole('link', { name: place }).tap();
      await expect(screenHeading(page)).toHaveText(heading);
      await expect(navMenuButton(page)).toHaveAttribute('aria-expanded', 'false');
    }
  });

  test('an empty plan’s Home offers Start your plan and Restore from a backup', async ({
    page,
  }) => {
    await open(page, '/', 'Your plan');
    const start = page.getByRole('region', { name: 'Where would you like to begin?' });
    await expect(start.getByRole('link', { name: 'Start your plan' })).toBeVisible();
    await start.getByRole('link', { name: 'Restore from a backup' }).click();
    await expect(screenHeading(page)).toHaveText('Back up and restore');
  });
});

test.describe('at 200% text on a phone', () => {
  test.use({ viewport: PHONE });

  test('the bar keeps Your plan, the crisis plan and the menu, and no screen scrolls sideways', async ({
    page,
  }) => {
    await largeText(page);
    await seedPlan(page);
    await openScreen(page, '/');
    await expect(bar(page).getByRole('link')).toHaveText(['Your plan', 'Crisis plan']);
    await expect(navMenuButton(page)).toBeInViewport({ ratio: 1 });
    for (const path of ROUTE_PATHS) {
      await openScreen(page, path);
      await expectNoSidewaysScroll(page, `${path} scrolls sideways at 200% text`);
    }
  });
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: SMALL_PHONE });

  test('no screen scrolls sideways, and the bar holds the crisis plan', async ({ page }) => {
    await seedPlan(page);
    for (const path of ROUTE_PATHS) {
      await openScreen(page, path);
      await expect(bar(page).getByRole('link', { name: 'Crisis plan' })).toBeInViewport({
        ratio: 1,
      });
      await expectNoSidewaysScroll(page, `${path} scrolls sideways at 320 px`);
    }
  });
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a side navigation lists every place, one tap each, in view below the top bar', async ({
    page,
  }) => {
    await seedPlan(page);
    await openScreen(page, '/crisis-plan');
    await expect(navMenuButton(page)).toHaveCount(0);
    const links = planNav(page).getByRole('link');
    await expect(links).toHaveText(EVERY_PLACE);
    for (const link of await links.all()) await expect(link).toBeInViewport({ ratio: 1 });
    await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
    await expect(planNav(page).getByRole('link', { name: 'Crisis plan' })).toBeInViewport();
    await expect(planNav(page).getByRole('link', { name: 'Crisis plan' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await planNav(page).getByRole('link', { name: 'Back up and restore' }).click();
    await expect(screenHeading(page)).toHaveText('Back up and restore');
  });
});

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = colour
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map(Number) as [number, number, number];
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the focus ring is thick, solid, clear against the page and the top bar, and not red (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, '/about-me', 'About me');
    const look = async (target: Locator) => {
      await target.focus();
      return target.evaluate((element) => {
        const style = getComputedStyle(element);
        const page = getComputedStyle(document.body).backgroundColor;
        const bar = getComputedStyle(document.querySelector('.app-bar')!).backgroundColor;
        const probe = document.createElement('p');
        probe.className = 'field__error';
        document.body.append(probe);
        const error = getComputedStyle(probe).color;
        probe.remove();
        return {
          width: parseFloat(style.outlineWidth),
          style: style.outlineStyle,
          ring: style.outlineColor,
          halo: style.boxShadow.match(/rgba?\([^)]*\)/)?.[0] ?? '',
          page,
          bar,
          error,
        };
      });
    };
    await page.keyboard.press('Tab'); // keyboard use, so focus shows as it does for a person
    const field = await look(page.getByLabel('The name I like to be called'));
    expect(field.style).toBe('solid');
    expect(field.width).toBeGreaterThanOrEqual(2);
    expect(contrast(field.ring, field.page)).toBeGreaterThanOrEqual(3);
    expect(field.ring).not.toBe(field.error);
    // Never a red: the ring's red channel is not what stands out.
    const [r, g, b] = field.ring.match(/\d+/g)!.map(Number) as [number, number, number];
    expect(r > g + 60 && r > b + 60, `focus ${field.ring} looks red`).toBe(false);

    // On the teal bar, the ring or its halo (whichever is lighter there) stands out from the bar,
    // and the two stand out from each other.
    const helpNow = await look(page.getByRole('button', { name: 'Help now' }));
    expect(
      Math.max(contrast(helpNow.ring, helpNow.bar), contrast(helpNow.halo, helpNow.bar)),
    ).toBeGreaterThanOrEqual(3);
    expect(contrast(helpNow.halo, helpNow.ring)).toBeGreaterThanOrEqual(3);
  });
}
