/**
 * Promises 20 and 21 (RELIABILITY.md): two tabs never overwrite each other's words, a restore or
 * delete in one tab resets every other, and the last keystroke is kept even if the tab is closed
 * at once. Two pages in one browser context are two tabs of the same Waymark.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { changeAboutMe, changeItem, open, SAVED, strengthsList } from './helpers';

const STORY = 'My story';

async function aboutMe(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await open(page, '/about-me', 'About me');
  return page;
}

/** What the database holds, read in a page the way another tab would, with no app code. */
function storedRecords(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = indexedDB.open('waymark');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as Record<string, unknown>[]);
          };
        };
      }),
    table,
  );
}

/**
 * Stores a change to a record straight into IndexedDB, as a tab whose news has not reached the
 * other tabs yet: the others still show, and start their next save from, the value before.
 */
function changeUnannounced(page: Page, table: string, id: string, patch: Record<string, unknown>) {
  return page.evaluate(
    ({ table: name, id: key, patch: changes }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('waymark');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction(name, 'readwrite');
          const store = transaction.objectStore(name);
          const read = store.get(key);
          read.onsuccess = () => store.put({ ...read.result, ...changes });
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { table, id, patch },
  );
}

/**
 * The story's field. About me reads first once it has words: the person opens it with
 * "Change About me" (an empty About me opens ready to write).
 */
async function storyField(page: Page): Promise<Locator> {
  await changeAboutMe(page);
  const field = page.getByLabel(STORY);
  await expect(field).toBeVisible();
  return field;
}

const storedStory = async (page: Page) =>
  (await storedRecords(page, 'aboutMe'))[0]?.story as string | undefined;

test('the same field in two tabs: each follows the other, and a clash asks instead of overwriting', async ({
  context,
}) => {
  const a = await aboutMe(context);
  const b = await aboutMe(context);
  const paragraph = 'Walking by the river every morning helps me think clearly.';

  await test.step('words written in one tab appear in the other', async () => {
    await a.getByLabel(STORY).fill(paragraph);
    await expect(a.getByText(SAVED)).toBeVisible();
    await expect(b.getByLabel(STORY)).toHaveValue(paragraph);
  });

  await test.step('typing on in the other tab adds to them, never replaces them', async () => {
    await b.getByLabel(STORY).press('End');
    await b.getByLabel(STORY).press('!');
    await expect(a.getByLabel(STORY)).toHaveValue(`${paragraph}!`);
    expect(await storedStory(a)).toBe(`${paragraph}!`);
  });

  await test.step('when both change it at once, both versions are shown and kept', async () => {
    const theirs = 'Written in a tab whose change had not arrived yet.';
    await changeUnannounced(a, 'aboutMe', 'me', { story: theirs });
    await b.getByLabel(STORY).press('End');
    await b.getByLabel(STORY).pressSequentially(' Mine.');
    const choice = b.getByRole('region', { name: `“${STORY}” was changed in another tab too` });
    await expect(choice).toBeVisible();
    await expect(choice.getByText(theirs)).toBeVisible();
    await expect(choice.getByText(`${paragraph}! Mine.`)).toBeVisible();
    // Nothing overwritten while the person decides.
    expect(await storedStory(a)).toBe(theirs);

    await choice.getByRole('button', { name: 'Keep both, mine first' }).click();
    const both = `${paragraph}! Mine.\n\n${theirs}`;
    await expect(b.getByLabel(STORY)).toHaveValue(both);
    await expect.poll(() => storedStory(a)).toBe(both);
    await expect(a.getByLabel(STORY)).toHaveValue(both);
    await expect(choice).toHaveCount(0);
  });
});

test('a list item in two tabs: each follows the other, and a clash asks instead of overwriting', async ({
  context,
}) => {
  const a = await context.newPage();
  await open(a, '/strengths', 'Strengths');
  await a.getByRole('button', { name: 'Add a strength' }).click();
  await a.getByLabel('My strength').fill('Patience');
  await expect(a.getByText(SAVED)).toBeVisible();
  const b = await context.newPage();
  await open(b, '/strengths', 'Strengths');
  // Read first in the other tab: its form is one Change away.
  await changeItem(strengthsList(b), 'Patience');
  await expect(b.getByLabel('My strength')).toHaveValue('Patience');

  await b.getByLabel('My strength').fill('Patience with myself');
  await expect(a.getByLabel('My strength')).toHaveValue('Patience with myself');

  const [{ id }] = (await storedRecords(a, 'strengths')) as [{ id: string }];
  await changeUnannounced(b, 'strengths', id, { title: 'Patience with others' });
  await a.getByLabel('My strength').press('End');
  await a.getByLabel('My strength').pressSequentially(' and others');
  const choice = a.getByRole('region', { name: /My strength” was changed in another tab too$/ });
  await expect(choice).toBeVisible();
  expect((await storedRecords(a, 'strengths'))[0]?.title).toBe('Patience with others');

  await choice.getByRole('button', { name: 'Keep mine' }).click();
  await expect
    .poll(async () => (await storedRecords(a, 'strengths'))[0]?.title)
    .toBe('Patience with myself and others');
  await expect(b.getByLabel('My strength')).toHaveValue('Patience with myself and others');
});

test('a restore in one tab resets the other, which never writes the old plan back', async ({
  context,
}) => {
  const a = await aboutMe(context);
  await a.getByLabel(STORY).fill('Words kept in the backup.');
  await expect(a.getByText(SAVED)).toBeVisible();

  const file = await test.step('make a backup', async () => {
    await open(a, '/backup', 'Back up and restore');
    await a.getByRole('button', { name: 'Make a backup file' }).click();
    await expect(a.locator('main').getByText(/^Your backup file is ready: /)).toBeVisible({
      timeout: 20_000,
    });
    const downloading = a.waitForEvent('download');
    await a.getByRole('link', { name: 'Save the backup file' }).click();
    const download = await downloading;
    return {
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: readFileSync(await download.path()),
    };
  });

  const b = await aboutMe(context);
  await (await storyField(b)).fill('Words written after the backup.');
  await expect(b.getByText(SAVED)).toBeVisible();

  await test.step('restore in one tab: the other shows the restored plan', async () => {
    await a.getByLabel('Backup file', { exact: true }).setInputFiles(file);
    await a.getByRole('button', { name: 'Replace my plan with this backup' }).click();
    await expect(
      a.locator('main').getByText('Your plan has been restored from the backup.', { exact: true }),
    ).toBeVisible();
    await expect(await storyField(b)).toHaveValue('Words kept in the backup.');
  });

  await test.step('typing on in the other tab builds on the restored words', async () => {
    await b.getByLabel(STORY).press('End');
    await b.getByLabel(STORY).pressSequentially(' And more.');
    await expect.poll(() => storedStory(a)).toBe('Words kept in the backup. And more.');
    await open(a, '/about-me', 'About me');
    await expect(await storyField(a)).toHaveValue('Words kept in the backup. And more.');
  });
});

test('delete everything in one tab leaves the other blank', async ({ context }) => {
  const a = await aboutMe(context);
  await a.getByLabel(STORY).fill('Words to be deleted.');
  await expect(a.getByText(SAVED)).toBeVisible();
  const b = await aboutMe(context);
  await expect(await storyField(b)).toHaveValue('Words to be deleted.');

  await open(a, '/backup', 'Back up and restore');
  await expect(
    a.getByText(/your browser may keep pieces of it on this device’s disk/),
  ).toBeVisible();
  await a.getByLabel('To delete everything, type the word delete').fill('delete');
  await a.getByRole('button', { name: 'Delete everything' }).click();

  await expect(b.getByText('Words to be deleted.')).toHaveCount(0, { timeout: 15_000 });
  await expect(await storyField(b)).toHaveValue('');
  await b.getByLabel(STORY).fill('A fresh start.');
  await expect(b.getByText(SAVED)).toBeVisible();
  await expect.poll(() => storedStory(b)).toBe('A fresh start.');
});

test('closing a tab straight after typing keeps every character', async ({ context }) => {
  test.setTimeout(120_000);
  const RUNS = 10;
  const lost: number[] = [];
  let expected = '';
  let page = await aboutMe(context);
  for (let run = 1; run <= RUNS; run++) {
    const field = await storyField(page);
    await field.press('End');
    const typed = ` Run ${run}: the last words.`;
    await page.keyboard.type(typed);
    // No wait at all: the tab is gone 0 ms after the last key.
    await page.close({ runBeforeUnload: false });
    expected += typed;
    // Reopened, as the person would: what does the field hold?
    page = await aboutMe(context);
    const shown = await (await storyField(page)).inputValue();
    lost.push(expected.length - shown.length);
    expected = shown; // the next run carries on from what was kept
  }
  console.log(`Characters lost per hard close (${RUNS} runs): ${lost.join(', ')}`);
  expect(lost).toEqual(Array(RUNS).fill(0));
});

/**
 * Holds the plan's records in a transaction of another page's own, so a tab's saves wait as
 * they would behind a slow disk; `release` lets them through.
 */
async function holdTheDatabase(page: Page): Promise<{ release: () => Promise<void> }> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('waymark');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction(Array.from(db.objectStoreNames), 'readwrite');
          const store = transaction.objectStore('aboutMe');
          const held = window as unknown as { holding: boolean };
          held.holding = true;
          // A transaction stays open while it has requests: keep asking until released.
          const keepAsking = () => {
            if (held.holding) store.count().onsuccess = keepAsking;
          };
          keepAsking();
          transaction.oncomplete = () => db.close();
          resolve();
        };
      }),
  );
  return {
    release: () =>
      page.evaluate(() => {
        (window as unknown as { holding: boolean }).holding = false;
      }),
  };
}

test('closing a tab before its first save has reached the database keeps every character', async ({
  context,
}) => {
  const page = await aboutMe(context);
  // A page of the same site that runs none of the app's code.
  const other = await context.newPage();
  await other.goto('/manifest.webmanifest');
  const held = await holdTheDatabase(other);
  const typed = 'Written before anything was ever stored.';
  await page.getByLabel(STORY).pressSequentially(typed);
  await page.close({ runBeforeUnload: false });
  await held.release();

  const reopened = await aboutMe(context);
  await expect.poll(() => storedStory(reopened)).toBe(typed);
  await expect(reopened.locator('main')).toContainText(typed);
  await expect(await storyField(reopened)).toHaveValue(typed);
  await open(reopened, '/about-me', 'About me');
  await expect(await storyField(reopened)).toHaveValue(typed);
});
