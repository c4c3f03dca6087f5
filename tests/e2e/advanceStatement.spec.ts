/**
 * The advance statement on paper, in real Chromium against the production build: a draft printed
 * as an A4 form to sign (its words, blank lines for the person and a witness, the Scottish
 * witness's certificate, "Page X of Y" on every page), a signed version printed as a copy of what
 * was signed, the statement as the one part of a whole-plan print, WCAG 2.2 AA, and offline use.
 * The versions are seeded into the app's database as the app itself keeps them.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  axeViolationsInBothSchemes,
  open,
  SAVED,
  waitForServiceWorkerControl,
  watchErrors,
  writesSettled,
} from './helpers';
import { flat, pdfPageCount, pdfPageTexts } from './pdfText';
import { longDay } from './planHelpers';
import { putRecords, type Records } from './seed';

const TODAY = longDay(new Date());
const TITLE = 'Advance statement of Samira Jones';
const CERTIFICATE =
  'I certify that, in my opinion, the person making this statement has the capacity to properly intend the wishes set out in it.';
/** Labels of the lines to sign and write on, found only on a form to sign. */
const BLANK_LINES = [
  'My signature',
  'Witness’s signature',
  'Witness’s full name',
  'Witness’s job or profession',
];
const APP_WORDS = [
  'Help now',
  'Print version',
  'Back to your advance statement',
  'How it will look',
  'Skip to main content',
  'Every page shows your name',
];
const WANTED = Array.from({ length: 10 }, (_, n) => ({
  id: `w${n + 1}`,
  what: `Wish number ${n + 1}: a quiet room with the door open`,
  why: `Reason ${n + 1}. ${'Being shut in makes me more frightened, and then it is hard to talk. '.repeat(3)}`,
}));
const NOT_WANTED = Array.from({ length: 6 }, (_, n) => ({
  id: `n${n + 1}`,
  what: `Not wanted ${n + 1}: being moved far from home`,
  why: `Reason ${n + 1}. ${'My people could not visit me, and that makes getting well take longer. '.repeat(3)}`,
}));

const AT = '2026-01-10T10:00:00.000Z';
const CONTENT = {
  jurisdiction: 'scotland',
  fullName: 'Samira Jones',
  dateOfBirth: '1990-02-01',
  address: '1 High Street\nPerth',
  wanted: WANTED.slice(0, 2),
  notWanted: NOT_WANTED.slice(0, 1),
  contact: 'My sister Jo, on 07700 900456',
  doNotContact: '',
  representatives: 'My named person is Jo.',
  practical: 'Please make sure someone feeds my cat, Biscuit.',
  faithAndDiet: 'I do not eat meat.',
  communication: 'Give me time to answer.',
  otherWishes: 'Please keep my phone with me.',
  copyHolderIds: ['p1'],
  otherCopyHolders: 'My GP surgery',
};

/**
 * Two versions: 1 signed (and, if asked, withdrawn), 2 a Scottish draft written since, with more
 * in it. Aunt Mo (in People and places) holds a copy of both.
 */
function statementRecords({ withdrawn = false } = {}): Records {
  const version = { copyHolderNames: [], withdrawnOn: '', withdrawalNote: '' };
  return {
    people: [
      {
        id: 'p1',
        order: 1,
        createdAt: AT,
        updatedAt: AT,
        name: 'Aunt Mo',
        relationship: 'family',
        ownRelationship: '',
        phone: '07700 900123',
        email: '',
        wouldLikeThemTo: '',
        notes: '',
      },
    ],
    advanceStatements: [
      {
        ...version,
        id: 'v1',
        number: 1,
        content: CONTENT,
        copyHolderNames: ['Aunt Mo'],
        signing: {
          signedOn: '2026-01-10',
          witnessName: 'Dr Ann Lee',
          witnessAddress: '2 Clinic Road, Perth',
          witnessRole: 'Psychiatrist',
          witnessCertified: true,
          originalHeldAt: 'The blue folder at home',
          healthBoardCopy: true,
        },
        withdrawnOn: withdrawn ? '2026-02-01' : '',
        createdAt: AT,
        updatedAt: AT,
      },
      {
        ...version,
        id: 'v2',
        number: 2,
        content: {
          ...CONTENT,
          wanted: WANTED,
          notWanted: NOT_WANTED,
          otherWishes: 'New words, written since.',
        },
        signing: null,
        createdAt: AT,
        updatedAt: AT,
      },
    ],
  };
}

/** The name typed on About me like a person would; the statement seeded. */
async function makeStatement(page: Page, options?: { withdrawn?: boolean }): Promise<void> {
  await open(page, '/about-me', 'About me');
  await page.getByLabel('The name I like to be called').fill('Sam');
  await expect(page.getByText(SAVED)).toBeVisible();
  await writesSettled(page);
  await putRecords(page, statementRecords(options));
}

async function openForm(page: Page, id: string): Promise<void> {
  await page.goto(`/print/advance-statement/${id}`);
  await expect(page.locator('.plan-document__title')).toHaveText(TITLE);
}

/**
 * The PDF's pages as flat text, each checked to carry the title, the date and "Page X of Y" and
 * nothing of the app; the page count goes in the report.
 */
async function printedPages(page: Page, dated: string): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdfPageTexts(pdf).map(flat);
  expect(pages.length).toBe(pdfPageCount(pdf));
  test.info().annotations.push({ type: 'PDF pages', description: String(pages.length) });
  pages.forEach((text, index) => {
    expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
    expect(text, `page ${index + 1}`).toContain(dated);
    for (const words of APP_WORDS) expect(text, `page ${index + 1}`).not.toContain(words);
  });
  return pages;
}

/** Checks that the printed text says all of one list and none of the other. */
function expectWords(text: string, { says, never }: { says: string[]; never: string[] }): void {
  for (const words of says) expect(text).toContain(words);
  for (const words of never) expect(text).not.toContain(words);
}

const pagesHolding = (pages: string[], words: string) =>
  pages.flatMap((text, index) => (text.includes(words) ? [index] : []));

test('a draft prints as an A4 form to sign: its words, blank lines, the witness’s certificate, page X of Y', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await makeStatement(page);
  await open(page, '/advance-statement', 'Advance statement');
  await page.getByRole('link', { name: 'Print a form to sign' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Print version 2 of your advance statement' }),
  ).toBeVisible();
  await expect(page.locator('.plan-document__title')).toHaveText(TITLE);

  const pages = await printedPages(page, `Version 2, printed on ${TODAY}`);
  expect(pages.length).toBeGreaterThanOrEqual(2);
  pages.forEach((text) => expect(text).toContain(TITLE));
  expectWords(pages.join(' '), {
    says: [
      'Not yet signed',
      'This is version 2. It is a draft and has not been signed yet.',
      'Written for: Scotland',
      'Samira Jones',
      '1 February 1990',
      'Treatments and care I would like, and why',
      'Treatments and care I would not like, and why',
      'Please make sure someone feeds my cat, Biscuit.',
      'New words, written since.',
      'Aunt Mo',
      'My GP surgery',
      CERTIFICATE,
      ...BLANK_LINES,
    ],
    never: ['signed on', 'Signed on'],
  });

  // Each wish stays whole, its reason with it.
  for (const wish of [...WANTED, ...NOT_WANTED]) {
    const holding = pagesHolding(pages, wish.what);
    expect(holding, wish.what).toHaveLength(1);
    expect(pages[holding[0]!], wish.what).toContain(wish.why.slice(0, 60));
  }
  // The signatures stay together, under their heading, on one page.
  const signing = pagesHolding(pages, 'Signing and witness');
  expect(signing).toHaveLength(1);
  for (const words of [...BLANK_LINES, CERTIFICATE]) {
    expect(pagesHolding(pages, words), words).toEqual(signing);
  }

  // In print, nothing of the app is shown: only the form.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-bar')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeHidden();
  await expect(page.locator('.plan-document')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a signed version prints as a copy of what was signed, with no lines to sign on', async ({
  page,
}) => {
  await makeStatement(page);
  await openForm(page, 'v1');
  await expect(page.getByText('This is a copy of version 1')).toBeVisible();

  const pages = await printedPages(page, `Version 1, printed on ${TODAY}`);
  expectWords(pages.join(' '), {
    says: [
      'A copy of the statement signed on 10 January 2026',
      'Signed on 10 January 2026, witnessed by Dr Ann Lee (Psychiatrist).',
      '2 Clinic Road, Perth',
      `The witness signed the note that says: “${CERTIFICATE}”`,
      'The blue folder at home',
      'A copy has gone to the health board.',
      'Please keep my phone with me.',
    ],
    never: [...BLANK_LINES, 'Not yet signed', 'New words'],
  });
  // The note appears once, as what the witness signed: never again as a blank to sign.
  expect(pages.join(' ').split(CERTIFICATE)).toHaveLength(2);
});

test('a withdrawn version says so at the top of its first page', async ({ page }) => {
  await makeStatement(page, { withdrawn: true });
  await openForm(page, 'v1');
  const [first = ''] = await printedPages(page, `Version 1, printed on ${TODAY}`);
  expect(first).toContain('Withdrawn on 1 February 2026');
  expect(first.indexOf('Withdrawn on')).toBeLessThan(first.indexOf('My details'));
});

test('the whole-plan print with only the advance statement: the version that stands', async ({
  page,
}) => {
  await makeStatement(page);
  await open(page, '/print', 'Print your plan');
  const others = page
    .getByRole('group', { name: 'Parts to include' })
    .getByRole('checkbox', { name: /^(?!Advance statement$)/ });
  for (const box of await others.all()) await box.uncheck();
  await expect(page.getByRole('checkbox', { name: 'Advance statement' })).toBeChecked();
  await expect(page.locator('.plan-document__part')).toHaveCount(1);

  const pages = await printedPages(page, `This copy is from ${TODAY}.`);
  pages.forEach((text) => expect(text).toContain('Sam’s plan'));
  expectWords(pages.join(' '), {
    says: [
      'Advance statement',
      'A copy of the statement signed on 10 January 2026',
      'Signed on 10 January 2026, witnessed by Dr Ann Lee (Psychiatrist).',
      'Please keep my phone with me.',
    ],
    never: [...BLANK_LINES, 'New words', 'Not yet signed', 'My crisis plan'],
  });

  // With other parts, the statement starts on a page of its own, to hand over separately.
  await page.getByRole('checkbox', { name: 'About me', exact: true }).check();
  await expect(page.locator('.plan-document__part')).toHaveCount(2);
  const withAboutMe = await printedPages(page, `This copy is from ${TODAY}.`);
  expect(withAboutMe[0]).toContain('The name I like to be called');
  expect(withAboutMe[0]).not.toContain('A copy of the statement signed on');
  expect(withAboutMe[1]).toContain('A copy of the statement signed on 10 January 2026');
});

test('the statement screens meet WCAG 2.2 AA, in the light and the dark colour scheme', async ({
  page,
}) => {
  await makeStatement(page, { withdrawn: true });
  await open(page, '/advance-statement', 'Advance statement');
  expect(await axeViolationsInBothSchemes(page), '/advance-statement').toBe('');
  await openForm(page, 'v2');
  expect(await axeViolationsInBothSchemes(page), 'the form to sign').toBe('');
  await openForm(page, 'v1');
  expect(await axeViolationsInBothSchemes(page), 'a withdrawn copy').toBe('');
  await open(page, '/print/advance-statement/nothing', 'We couldn’t find that version');
  expect(await axeViolationsInBothSchemes(page), 'not found').toBe('');
});

test('prints offline once the app has loaded, and a missing version is kindly explained', async ({
  page,
  context,
}) => {
  await open(page, '/', 'Your plan');
  await waitForServiceWorkerControl(page);
  await makeStatement(page);
  const errors = watchErrors(page);

  await context.setOffline(true);
  await openForm(page, 'v2');
  await expect(page.getByText('Not yet signed')).toBeVisible();
  expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThanOrEqual(2);

  await page.goto('/print/advance-statement/no-such-version');
  await expect(
    page.getByRole('heading', { level: 1, name: 'We couldn’t find that version' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Back to your advance statement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Advance statement' })).toBeVisible();
  expect(errors).toEqual([]);
});
