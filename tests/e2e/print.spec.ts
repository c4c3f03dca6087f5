/**
 * Printing in real Chromium: the whole plan, chosen parts and the wallet crisis card, printed to
 * PDF and read back page by page: the crisis plan comes first on pages of its own, every page
 * carries the plan's title, its date and "Page X of Y", nothing of the app is printed around it,
 * and parts left out are nowhere in the file.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, open, SAVED, watchErrors, writesSettled } from './helpers';
import { flat, pdfPageCount, pdfPageTexts } from './pdfText';

const TODAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
}).format(new Date());
const TITLE = 'Sam’s plan';
const DATED = `This copy is from ${TODAY}.`;

/** Everything but the name goes straight into the app's database, as the app itself keeps it. */
async function seedPlan(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('waymark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const at = '2026-05-03T10:00:00.000Z';
    const base = (id: string, order: number) => ({ id, order, createdAt: at, updatedAt: at });
    const long = (n: number) =>
      `This matters to me because it is part of the life I want, reason ${n}. `.repeat(6);
    const tx = db.transaction(
      ['strengths', 'hopes', 'goals', 'steps', 'people', 'resources', 'planItems', 'crisisTexts'],
      'readwrite',
    );
    tx.objectStore('strengths').put({
      ...base('s1', 1),
      title: 'I listen well',
      kind: 'quality',
      ownKind: '',
      howItHelps: 'People open up to me.',
    });
    tx.objectStore('hopes').put({
      ...base('h1', 1),
      title: 'See the sea again',
      area: 'leisure',
      ownArea: '',
      notes: '',
    });
    for (let g = 1; g <= 8; g++) {
      tx.objectStore('goals').put({
        ...base(`g${g}`, g),
        title: `Goal number ${g}`,
        area: 'physicalHealth',
        ownArea: '',
        whyItMatters: long(g),
        hopeId: 'h1',
        strengthIds: ['s1'],
        helperIds: ['p1'],
        mightGetInTheWay: 'Feeling tired',
        ifItDoes: 'Rest, then try again',
        targetDate: '',
        reviewDate: '',
        status: g === 2 ? 'paused' : 'active',
        achievedAt: null,
        feeling: '',
        learned: '',
      });
      for (let s = 1; s <= 4; s++) {
        tx.objectStore('steps').put({
          ...base(`g${g}s${s}`, s),
          goalId: `g${g}`,
          title: `Step ${s} of goal ${g}`,
          achievedAt: s === 1 ? at : null,
          feeling: '',
        });
      }
    }
    const person = (id: string, order: number, name: string, relationship: string, phone: string) =>
      tx.objectStore('people').put({
        ...base(id, order),
        name,
        relationship,
        ownRelationship: '',
        phone,
        email: '',
        wouldLikeThemTo: '',
        notes: 'A private note',
      });
    person('p1', 1, 'Aunt Mo', 'family', '07700 900123');
    person('p2', 2, 'Jo', 'friend', '01632 960000');
    tx.objectStore('resources').put({
      ...base('r1', 1),
      name: 'Tuesday walking group',
      offers: 'A chat and fresh air',
      howToReach: '',
      when: 'Tuesdays, 10 till 12',
    });
    const item = (id: string, order: number, section: string, fields: Record<string, unknown>) =>
      tx.objectStore('planItems').put({
        ...base(id, order),
        section,
        text: '',
        detail: '',
        actions: [],
        personIds: [],
        toolIds: [],
        ...fields,
      });
    item('i1', 1, 'toolbox', { text: 'A walk by the canal', detail: 'It clears my head' });
    item('i2', 1, 'earlySigns', { text: 'I sleep badly', actions: ['Call Jo'] });
    item('i3', 1, 'stepIn', { text: 'I stop eating' });
    item('i4', 1, 'helps', { text: 'Speak slowly and calmly' });
    item('i5', 2, 'helps', { text: 'Open a window' });
    item('i6', 1, 'doesNotHelp', { text: 'Lots of questions at once' });
    item('i7', 1, 'involved', { personIds: ['p1'], detail: 'Feed the cat' });
    tx.objectStore('crisisTexts').put({
      id: 'crisis',
      whenWell: '',
      crisisOver: 'I start cooking again',
      afterwards: '',
      createdAt: at,
      updatedAt: at,
    });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

/** A small plan: the name typed on About me like a person would, the rest seeded. */
async function makePlan(page: Page): Promise<void> {
  await open(page, '/about-me', 'About me');
  await page.getByLabel('The name I like to be called').fill('Sam');
  await page.getByLabel('What recovery means to me').fill('Living a life I choose.');
  await expect(page.getByText(SAVED)).toBeVisible();
  await writesSettled(page);
  await seedPlan(page);
}

async function openPrint(page: Page): Promise<void> {
  await open(page, '/print', 'Print your plan');
  await expect(page.locator('.plan-document__title')).toHaveText(TITLE);
}

const pageHolding = (pages: string[], words: string) =>
  pages.findIndex((text) => text.includes(words));

const APP_WORDS = [
  'Help now',
  'Print your plan',
  'Parts to include',
  'Copy as text',
  'How it will look',
  'Skip to main content',
  'Saved on this device',
];

test('prints the whole plan: crisis plan first on pages of its own, title, date and page numbers on every page', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await makePlan(page);
  await page.goto('/');
  await page.getByRole('link', { name: 'Print your plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Print your plan' })).toBeVisible();
  await expect(page.locator('.plan-document__title')).toHaveText(TITLE);

  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdfPageTexts(pdf).map(flat);
  const count = pages.length;
  expect(pdfPageCount(pdf)).toBe(count);
  expect(count).toBeGreaterThanOrEqual(3);

  pages.forEach((text, index) => {
    expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of ${count}`);
    expect(text, `page ${index + 1}`).toContain(TITLE);
    expect(text, `page ${index + 1}`).toContain(DATED);
    for (const words of APP_WORDS) expect(text, `page ${index + 1}`).not.toContain(words);
  });

  // The crisis plan leads, most urgent first, and the rest starts on a fresh page after it.
  const first = pages[0]!;
  expect(first).toContain('My crisis plan');
  const order = [
    'Signs I need you to step in',
    'What helps me',
    'What does not help me',
    'Who I want involved',
  ].map((heading) => first.indexOf(heading));
  expect(order.every((at) => at >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(first).not.toContain('Care and treatment'); // empty sections are left out
  expect(first).toContain('07700 900123');
  const crisisEnds = pageHolding(pages, 'I start cooking again');
  const aboutMeStarts = pageHolding(pages, 'What recovery means to me');
  expect(aboutMeStarts).toBeGreaterThan(crisisEnds);
  expect(pages[aboutMeStarts]).not.toContain('Speak slowly');

  // Every part is there, in order, in the person's words.
  const all = pages.join(' ');
  const parts = ['About me', 'Strengths', 'Hopes and dreams', 'Goals', 'Staying well'].map(
    (heading) => all.indexOf(heading, all.indexOf('Living a life I choose') - 40),
  );
  expect([...parts].sort((a, b) => a - b)).toEqual(parts);
  for (const words of [
    'I listen well',
    'See the sea again',
    'Goal number 8',
    'Step 4 of goal 8',
    'Now: Resting for now',
    'A walk by the canal',
    'Tuesday walking group',
  ]) {
    expect(all).toContain(words);
  }
  expect(all).not.toContain('A private note');
  expect(all).not.toMatch(/failed|overdue/i);

  // A goal is never split across two pages.
  for (let g = 1; g <= 8; g++) {
    const holding = pages.filter((text) => text.includes(`goal ${g}`)).length;
    expect(holding, `goal ${g} on one page`).toBe(1);
  }

  // In print, the app's header and the print controls are gone; the document stays.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Parts to include' })).toBeHidden();
  await expect(page.locator('.plan-document')).toBeVisible();
  const colours = await page.locator('.plan-document').evaluate((element) => {
    const style = getComputedStyle(element);
    return [style.color, getComputedStyle(document.body).backgroundColor];
  });
  expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  expect(errors).toEqual([]);
});

test('prints only the parts chosen', async ({ page }) => {
  await makePlan(page);
  await openPrint(page);
  const full = pdfPageCount(await page.pdf({ format: 'A4' }));

  for (const part of ['Crisis plan', 'Goals', 'Staying well']) {
    await page.getByRole('checkbox', { name: part }).uncheck();
  }
  await expect(page.locator('.plan-document__part--goals')).toHaveCount(0);

  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdfPageTexts(pdf).map(flat);
  expect(pages.length).toBe(pdfPageCount(pdf));
  expect(pages.length).toBeLessThan(full);
  const all = pages.join(' ');
  for (const words of ['About me', 'I listen well', 'See the sea again', 'Tuesday walking group']) {
    expect(all).toContain(words);
  }
  for (const words of [
    'My crisis plan',
    'Speak slowly',
    'Goal number',
    'A walk by the canal',
    'Staying well',
  ]) {
    expect(all).not.toContain(words);
  }
  pages.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${pages.length}`));
});

test('the wallet crisis card: credit-card size, front and back, on one page', async ({ page }) => {
  await makePlan(page);
  await openPrint(page);
  await page.getByRole('link', { name: 'Make a wallet crisis card' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wallet crisis card' })).toBeVisible();
  await page.getByLabel('Where my full plan is').fill('In the drawer by my bed');
  const card = page.getByRole('group', { name: /Your card/ });
  await expect(card).toContainText('In the drawer by my bed');

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdfPageCount(pdf)).toBe(1);
  const [text = ''] = pdfPageTexts(pdf).map(flat);
  for (const words of [
    'My crisis card',
    'I like to be called Sam',
    'Please contact',
    'Aunt Mo',
    'Family',
    '07700 900123',
    'What helps me',
    'Speak slowly and calmly',
    'What does not help me',
    'Lots of questions at once',
    'My full plan is',
    'In the drawer by my bed',
  ]) {
    expect(text).toContain(words);
  }
  for (const words of [...APP_WORDS, 'Wallet crisis card', 'Page 1 of 1']) {
    expect(text).not.toContain(words);
  }

  // On paper the card is 85.6 × 54 mm a side (96 CSS pixels to the inch), folded in the middle.
  await page.emulateMedia({ media: 'print' });
  const mm = (px: number) => (px * 25.4) / 96;
  const box = await card.boundingBox();
  expect(mm(box!.width)).toBeCloseTo(85.6 * 2, 0);
  expect(mm(box!.height)).toBeCloseTo(54, 0);
  const sides = await card.locator('.crisis-card__side').evaluateAll((elements) =>
    elements.map((element) => {
      const { width, height } = element.getBoundingClientRect();
      return { width, height, overflow: getComputedStyle(element).overflow };
    }),
  );
  expect(sides).toHaveLength(2);
  for (const side of sides) {
    expect(mm(side.width)).toBeCloseTo(85.6, 0);
    expect(mm(side.height)).toBeCloseTo(54, 0);
    expect(side.overflow).toBe('hidden');
  }
  await expect(card.locator('.crisis-card__mark')).toHaveCount(6);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the print screens meet WCAG 2.2 AA (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await makePlan(page);
    await open(page, '/settings', 'Your data and settings');
    await page.getByRole('link', { name: 'Print your plan' }).click();
    await expect(page.locator('.plan-document__title')).toHaveText(TITLE);
    expect(await axeViolations(page), 'print screen').toBe('');
    await page.getByRole('link', { name: 'Make a wallet crisis card' }).click();
    await expect(page.getByRole('group', { name: /Your card/ })).toContainText('Aunt Mo');
    expect(await axeViolations(page), 'card screen').toBe('');
  });
}
