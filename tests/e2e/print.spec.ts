/**
 * Printing in real Chromium: the whole plan, chosen parts and the wallet crisis card, printed to
 * PDF and read back page by page: the crisis plan comes first, parts flow with no near-empty
 * page and the help lines for where the person lives come last, every page
 * carries the plan's title, its date and "Page X of Y", nothing of the app is printed around it,
 * and parts left out are nowhere in the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, open, SAVED, watchErrors, writesSettled } from './helpers';
import { flat, pdfPageCount, pdfPageTexts } from './pdfText';
import { putRecords } from './seed';

const TODAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
}).format(new Date());
const TITLE = 'Sam’s plan';
const DATED = `This copy is from ${TODAY}.`;
/** Help now's words for each line, which the printed plan's help lines share. */
const { helpNow } = JSON.parse(
  readFileSync(new URL('../../src/i18n/locales/en-GB/core.json', import.meta.url), 'utf8'),
) as { helpNow: { lines: { breathingSpace: { when: string } } } };
/**
 * Characters a page must hold besides its margins, unless it is the last: a near-empty page (a
 * stray heading, four bare headings) holds far fewer; a full A4 page holds about 3,000.
 */
const MIN_PAGE_TEXT = 700;

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

test('prints the whole plan: crisis plan first, title, date and page numbers on every page', async ({
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

  // The crisis plan leads, most urgent first.
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
  // The other parts flow on after it, with no page forced to hold only its last few lines.
  const crisisEnds = pageHolding(pages, 'I start cooking again');
  const aboutMeStarts = pageHolding(pages, 'What recovery means to me');
  expect(aboutMeStarts).toBeGreaterThanOrEqual(crisisEnds);
  const flowing = pages.join(' ');
  expect(flowing.indexOf('I start cooking again')).toBeLessThan(
    flowing.indexOf('What recovery means to me'),
  );

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
    'Signs I need you to step in',
    'I stop eating',
    'Help at any hour',
    '999',
    'Samaritans: 116 123',
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
  await expectCardReadable(card);
});

/**
 * On paper, no text on the card is smaller than 8 pt (8 pt is 32/3 CSS pixels), and nothing is
 * cut off: every piece of text lies wholly inside its side of the card.
 */
async function expectCardReadable(card: Locator): Promise<number> {
  const texts = await card.evaluate((root) =>
    Array.from(root.querySelectorAll('*'))
      .filter((element) =>
        Array.from(element.childNodes).some(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
        ),
      )
      .map((element) => {
        const side = element.closest('.crisis-card__side')!.getBoundingClientRect();
        const box = element.getBoundingClientRect();
        return {
          text: element.textContent ?? '',
          fontSize: parseFloat(getComputedStyle(element).fontSize),
          inside:
            box.top >= side.top - 0.5 &&
            box.bottom <= side.bottom + 0.5 &&
            box.left >= side.left - 0.5 &&
            box.right <= side.right + 0.5,
        };
      }),
  );
  expect(texts.length).toBeGreaterThan(5);
  for (const { text, fontSize, inside } of texts) {
    expect(fontSize, text).toBeGreaterThanOrEqual(32 / 3 - 0.01);
    expect(inside, `${text} lies inside its side`).toBe(true);
  }
  return Math.min(...texts.map(({ fontSize }) => (fontSize * 3) / 4));
}

test('the card for a fuller plan: who not to involve by name only, the line for Scotland, 8 pt or more', async ({
  page,
}, testInfo) => {
  await makeFullerPlan(page);
  await open(page, '/print/card', 'Wallet crisis card');
  await page.getByLabel('Where my full plan is').fill('In the blue folder on the kitchen shelf');
  const card = page.getByRole('group', { name: /Your card/ });
  await expect(card).toContainText('NHS 24: 111');

  const pdf = await page.pdf({ format: 'A4' });
  writeFileSync(testInfo.outputPath('card.pdf'), pdf);
  expect(pdfPageCount(pdf)).toBe(1);
  const [text = ''] = pdfPageTexts(pdf).map(flat);
  for (const words of [
    'Signs I need you to step in',
    'I stop eating',
    'I talk about being a burden',
    'Please contact',
    'Aunt Mo',
    '07700 900123',
    'Help at any hour',
    '999',
    'Samaritans: 116 123',
    'NHS 24: 111',
    'Please do not involve',
    'Dad',
    'What helps me',
    'What does not help me',
    'In the blue folder on the kitchen shelf',
  ]) {
    expect(text).toContain(words);
  }
  expect(text).not.toContain('07700 900999'); // Dad's number

  await page.emulateMedia({ media: 'print' });
  const smallest = await expectCardReadable(card);
  testInfo.annotations.push({ type: 'smallest text on the card', description: `${smallest} pt` });
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

/**
 * A plan as a person might really keep it: some parts full, one (hopes) not started, no advance
 * statement, someone under "do not involve", and Scotland chosen as where they live.
 */
async function makeFullerPlan(page: Page): Promise<void> {
  await open(page, '/about-me', 'About me');
  await page.getByLabel('The name I like to be called').fill('Sam');
  await page.getByLabel('What recovery means to me').fill('Living a life I choose.');
  await expect(page.getByText(SAVED)).toBeVisible();
  await writesSettled(page);
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('waymark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const at = '2026-05-03T10:00:00.000Z';
    const base = (id: string, order: number) => ({ id, order, createdAt: at, updatedAt: at });
    const tx = db.transaction(
      [
        'settings',
        'strengths',
        'goals',
        'steps',
        'people',
        'resources',
        'planItems',
        'crisisTexts',
      ],
      'readwrite',
    );
    const settings = tx.objectStore('settings');
    const current = await new Promise<Record<string, unknown> | undefined>((resolve) => {
      const request = settings.get('settings');
      request.onsuccess = () => resolve(request.result as Record<string, unknown> | undefined);
    });
    settings.put({ ...(current ?? {}), id: 'settings', nation: 'scotland' });
    [
      ['I listen well', 'People open up to me, and I notice when friends are low.'],
      ['I keep going', 'I have come through hard times before, one day at a time.'],
      ['Good with my hands', 'Fixing bikes calms me and makes me feel useful.'],
    ].forEach(([title, howItHelps], index) =>
      tx.objectStore('strengths').put({
        ...base(`s${index}`, index),
        title,
        kind: 'quality',
        ownKind: '',
        howItHelps,
      }),
    );
    [
      ['Get back to swimming', 'I feel strong and clear-headed after a swim.'],
      ['Volunteer at the bike workshop', 'I want to be somewhere I am useful, with people.'],
    ].forEach(([title, whyItMatters], g) => {
      tx.objectStore('goals').put({
        ...base(`g${g}`, g),
        title,
        area: 'physicalHealth',
        ownArea: '',
        whyItMatters,
        hopeId: '',
        strengthIds: ['s1'],
        helperIds: ['p1'],
        mightGetInTheWay: 'Feeling tired or low in the mornings',
        ifItDoes: 'Go in the afternoon instead, and tell Jo how it went',
        targetDate: '',
        reviewDate: '',
        status: 'active',
        achievedAt: null,
        feeling: '',
        learned: '',
      });
      ['Find out the times', 'Go once with Jo', 'Go on my own'].forEach((step, s) =>
        tx.objectStore('steps').put({
          ...base(`g${g}s${s}`, s),
          goalId: `g${g}`,
          title: step,
          achievedAt: s === 0 ? at : null,
          feeling: '',
        }),
      );
    });
    const person = (id: string, order: number, name: string, relationship: string, phone: string) =>
      tx.objectStore('people').put({
        ...base(id, order),
        name,
        relationship,
        ownRelationship: '',
        phone,
        email: '',
        wouldLikeThemTo: '',
        notes: '',
      });
    person('p1', 1, 'Aunt Mo', 'family', '07700 900123');
    person('p2', 2, 'Jo', 'friend', '01632 960000');
    person('p3', 3, 'Dad', 'family', '07700 900999');
    tx.objectStore('resources').put({
      ...base('r1', 1),
      name: 'Tuesday walking group',
      offers: 'A chat and fresh air',
      howToReach: 'Meet at the library',
      when: 'Tuesdays, 10 till 12',
    });
    let order = 0;
    const item = (section: string, fields: Record<string, unknown>) =>
      tx.objectStore('planItems').put({
        ...base(`i${++order}`, order),
        section,
        text: '',
        detail: '',
        actions: [],
        personIds: [],
        toolIds: [],
        ...fields,
      });
    item('toolbox', { text: 'A walk by the canal', detail: 'It clears my head' });
    item('toolbox', { text: 'Music with headphones on', detail: 'It blocks out the noise' });
    item('daily', { text: 'Get up by nine and open the curtains' });
    item('daily', { text: 'Eat something warm at lunchtime' });
    item('triggers', { text: 'Money worries', actions: ['Ring the advice line', 'Tell Jo'] });
    item('earlySigns', { text: 'I sleep badly', actions: ['Call Jo', 'Cut down on coffee'] });
    item('earlySigns', { text: 'I stop answering messages', actions: ['Reply to one person'] });
    item('gettingWorse', { text: 'I stay in bed all day', actions: ['Ring my GP'] });
    item('stepIn', { text: 'I stop eating' });
    item('stepIn', { text: 'I talk about being a burden' });
    item('stepIn', { text: 'I give things away' });
    item('helps', { text: 'Speak slowly and calmly' });
    item('helps', { text: 'Open a window and let me sit by it' });
    item('helps', { text: 'Sit with me; you do not need to talk' });
    item('doesNotHelp', { text: 'Lots of questions at once' });
    item('doesNotHelp', { text: 'Being told to cheer up' });
    item('involved', { personIds: ['p1'], detail: 'Stay with me, and feed the cat' });
    item('notInvolved', { personIds: ['p3'], detail: 'It makes things worse' });
    item('careAvoid', { text: 'Being moved far from home', detail: 'I need my people near' });
    item('practical', { text: 'The cat, Biscuit, needs feeding twice a day', detail: 'Aunt Mo' });
    tx.objectStore('crisisTexts').put({
      id: 'crisis',
      whenWell: 'Chatty, out on my bike, cooking for friends',
      crisisOver: 'I start cooking again',
      afterwards: 'A quiet week, and a walk with Jo',
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

test('a fuller plan prints with no near-empty page, no empty parts, and ends with the help lines', async ({
  page,
}, testInfo) => {
  await makeFullerPlan(page);
  await openPrint(page);
  const pdf = await page.pdf({ format: 'A4' });
  writeFileSync(testInfo.outputPath('plan.pdf'), pdf);
  const pages = pdfPageTexts(pdf).map(flat);
  const count = pages.length;
  expect(count).toBe(pdfPageCount(pdf));

  // What each page holds besides its margins (title, date, "Page X of Y").
  const own = pages.map((text, index) =>
    text
      .replace(TITLE, '')
      .replace(DATED, '')
      .replace(`Page ${index + 1} of ${count}`, '')
      .trim(),
  );
  own.slice(0, -1).forEach((text, index) => {
    expect(text.length, `page ${index + 1} of ${count}: ${text}`).toBeGreaterThan(MIN_PAGE_TEXT);
  });

  // Parts with nothing in them are left off the paper, headings and all.
  const all = pages.join(' ');
  for (const words of ['Nothing is written', 'Hopes and dreams', 'Advance statement']) {
    expect(all).not.toContain(words);
  }
  // Dad is under "do not involve": named there, his number nowhere.
  expect(all).toContain('Please do not involve');
  expect(all).not.toContain('07700 900999');

  // It ends with the help lines for Scotland, 999 first, each with its number and hours.
  const last = pages[count - 1]!;
  const help = last.slice(last.indexOf('If you need help now'));
  expect(last).toContain('If you need help now');
  const lines = [
    'If a life is at risk now, call 999.',
    'These help lines are for Scotland.',
    '999 Ambulance or police',
    'Samaritans: 116 123',
    'NHS 24: 111',
    'Breathing Space: 0800 83 85 87',
    `When: ${helpNow.lines.breathingSpace.when}`,
  ].map((words) => help.indexOf(words));
  expect(
    lines.every((at) => at >= 0),
    help,
  ).toBe(true);
  expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  expect(help).toContain('When: Any time, day or night');
  expect(help).not.toContain('Lifeline'); // Northern Ireland's line, not Scotland's
});

test('a card with long lists: cut cleanly with "and N more in my plan", nothing spilled or clipped', async ({
  page,
}, testInfo) => {
  await makeFullerPlan(page);
  const at = '2026-05-03T10:00:00.000Z';
  const item = (id: string, order: number, section: string, text: string) => ({
    id,
    order,
    createdAt: at,
    updatedAt: at,
    section,
    text,
    detail: '',
    actions: [],
    personIds: [],
    toolIds: [],
  });
  const long = 'and this one goes on for quite a while, so that it needs two lines or more';
  await putRecords(page, {
    planItems: [
      ...Array.from({ length: 8 }, (_, n) => item(`x${n}`, 10 + n, 'stepIn', `Sign ${n} ${long}`)),
      ...Array.from({ length: 8 }, (_, n) => item(`y${n}`, 10 + n, 'helps', `Help ${n} ${long}`)),
      ...Array.from({ length: 6 }, (_, n) =>
        item(`z${n}`, 10 + n, 'doesNotHelp', `Not this ${n} ${long}`),
      ),
      ...Array.from({ length: 9 }, (_, n) =>
        item(`w${n}`, 10 + n, 'notInvolved', `Somebody Longname-Number${n}`),
      ),
    ],
  });
  await open(page, '/print/card', 'Wallet crisis card');
  await page.getByLabel('Where my full plan is').fill(`In the blue folder ${long}`);
  const card = page.getByRole('group', { name: /Your card/ });
  await expect(card).toContainText('NHS 24: 111');
  for (const heading of [
    'Signs I need you to step in',
    'Please do not involve',
    'What helps me',
    'What does not help me',
  ]) {
    await expect(card.getByText(heading)).toBeVisible();
  }
  await expect(card.getByText(/^and \d+ more in my plan$/).first()).toBeVisible();
  await expect(card.getByText(/ and \d+ more in my plan$/)).toBeVisible(); // after the names
  await page.emulateMedia({ media: 'print' });
  await card.screenshot({ path: testInfo.outputPath('card.png') });
  await expectCardReadable(card);
});
