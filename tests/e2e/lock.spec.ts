/**
 * Promise 25 and issue #16: with the lock on, no plan text or name is stored in clear; the plan
 * opens only with the passphrase, the recovery code or (where the browser can) a passkey; it
 * locks by itself; quick exit leaves at once; and a tab closed while the lock is being turned
 * on loses nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, dismissWelcome, goTo, open, writesSettled } from './helpers';

const PASSPHRASE = 'lantern orchard pebble velvet thunder';
const SENTENCE = 'Every Thursday I feed the herons at Plover Lock with my cousin';
const PERSON = 'Zebedee Quartermaine';

/** Every value in every object store of both databases, read straight from IndexedDB. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump = (name: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const stores = Array.from(db.objectStoreNames);
          if (stores.length === 0) {
            db.close();
            resolve([]);
            return;
          }
          const transaction = db.transaction(stores);
          const all: unknown[] = [];
          for (const store of stores) {
            const get = transaction.objectStore(store).getAll();
            get.onsuccess = () => all.push(store, get.result);
          }
          transaction.oncomplete = () => {
            db.close();
            resolve(all);
          };
        };
      });
    const all = [await dump('waymark'), await dump('waymark-lock')];
    // Bytes as text too, so words stored unencrypted inside a byte array would be found.
    return JSON.stringify(all, (_key, value: unknown) =>
      value instanceof Uint8Array ? new TextDecoder().decode(value) : value,
    );
  });
}

async function aboutMe(page: Page, label: string, value: string) {
  await goTo(page, 'About me');
  // About me opens to be read once it has words; Change opens the form.
  const change = page.getByRole('button', { name: 'Change About me' });
  if (await change.isVisible()) await change.click();
  await page.getByLabel(label, { exact: true }).fill(value);
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await writesSettled(page);
}

/** Turns the lock on from Settings; returns the recovery code it showed. */
async function turnLockOn(page: Page): Promise<string> {
  await goTo(page, 'Your data and settings');
  const section = page.getByRole('region', { name: 'Lock your plan' });
  await expect(section.getByText('Someone watching the screen')).toBeVisible();
  await section.getByRole('button', { name: 'Set up the lock' }).click();
  await section.getByLabel('Choose a passphrase').fill('short');
  await section.getByLabel('Type the passphrase again').fill('short');
  await section.getByRole('button', { name: 'Next: your recovery code' }).click();
  await expect(section.getByText('too easy to guess')).toBeVisible();
  await section.getByLabel('Choose a passphrase').fill(PASSPHRASE);
  await section.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await expect(section.getByText('nobody can open your plan')).toBeVisible();
  await section.getByRole('button', { name: 'Next: your recovery code' }).click();
  const code = (await section.locator('.recovery-code__code').textContent()) ?? '';
  expect(code).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
  await section.getByRole('button', { name: 'Turn the lock on' }).click();
  await expect(section.getByText('Tick the box once you have kept your code')).toBeVisible();
  await section.getByLabel('I have kept my recovery code somewhere safe').check();
  await section.getByRole('button', { name: 'Turn the lock on' }).click();
  await expect(section.getByText('The lock is on.')).toBeVisible({ timeout: 20_000 });
  expect(await axeViolations(page), 'Settings with the lock on meets WCAG 2.2 AA').toBe('');
  return code;
}

const lockHeading = (page: Page) => page.getByRole('heading', { name: 'Your plan is locked' });

async function unlock(page: Page, passphrase = PASSPHRASE) {
  await expect(lockHeading(page)).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Open my plan' }).click();
}

test('with the lock on, no word or name typed is stored in clear, and only the passphrase or recovery code opens the plan', async ({
  page,
}) => {
  await open(page, '/', 'Your plan');
  await dismissWelcome(page);
  await aboutMe(page, 'The name I like to be called', 'Sam');
  const code = await turnLockOn(page);

  await test.step('typed with the lock on: neither the sentence nor the name is stored', async () => {
    await aboutMe(page, 'My story', SENTENCE);
    await aboutMe(page, 'What matters most to me', PERSON);
    const stored = await everythingStored(page);
    expect(stored.length).toBeGreaterThan(500);
    for (const secret of [SENTENCE, 'herons', 'Plover', PERSON, 'Zebedee', 'Quartermaine', 'Sam']) {
      expect(stored).not.toContain(secret);
    }
  });

  await test.step('locking removes the plan from the page', async () => {
    await goTo(page, 'Your data and settings');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await expect(lockHeading(page)).toBeVisible();
    expect(await page.content()).not.toContain('herons');
    expect(await axeViolations(page), 'the lock screen meets WCAG 2.2 AA').toBe('');
    // Help now stays one tap away, without the person's own contacts, saying why.
    await page.getByRole('button', { name: 'Help now' }).click();
    const help = page.getByRole('dialog', { name: 'Help now' });
    await expect(help).toBeVisible();
    await expect(
      help.getByText(/Your plan is locked, so the people in it show here/),
    ).toBeVisible();
    await expect(help.getByRole('link', { name: 'Call 999' })).toBeVisible();
    await page.getByRole('button', { name: 'Close Help now' }).click();
  });

  await test.step('a wrong passphrase is refused kindly', async () => {
    await unlock(page, 'lantern orchard pebble velvet');
    await expect(page.getByText('That passphrase did not open your plan')).toBeVisible();
    await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue(
      'lantern orchard pebble velvet',
    );
  });

  await test.step('the passphrase opens it, in about a second', async () => {
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    const started = Date.now();
    await page.getByRole('button', { name: 'Open my plan' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Your data and settings' }),
    ).toBeVisible();
    const took = Date.now() - started;
    console.log(`unlock took ${took} ms`);
    expect(took).toBeLessThan(3000);
    await goTo(page, 'About me');
    await expect(page.getByText(SENTENCE)).toBeVisible();
  });

  await test.step('the recovery code opens it too', async () => {
    await page.reload();
    await expect(lockHeading(page)).toBeVisible();
    await page.getByRole('button', { name: 'Use my recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill('0000-0000-0000-0000-0000-0000');
    await page.getByRole('button', { name: 'Open my plan' }).click();
    await expect(page.getByText('That code did not open your plan')).toBeVisible();
    await page.getByLabel('Recovery code').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Open my plan' }).click();
    await expect(page.getByText(PERSON)).toBeVisible();
  });

  await test.step('turning the lock off keeps every word', async () => {
    await goTo(page, 'Your data and settings');
    const section = page.getByRole('region', { name: 'Lock your plan' });
    const turnOff = page.getByRole('button', { name: 'Turn the lock off' });
    await turnOff.scrollIntoViewIfNeeded();
    const form = page.locator('form').filter({ has: turnOff });
    await form.getByLabel('Your passphrase now').fill(PASSPHRASE);
    await turnOff.click();
    await expect(section.getByText('The lock is off.')).toBeVisible({ timeout: 20_000 });
    await page.reload();
    await goTo(page, 'About me');
    await expect(page.getByText(SENTENCE)).toBeVisible();
    expect(await everythingStored(page)).toContain('herons');
  });
});

test('the plan locks by itself after the chosen idle time, and the page then holds none of it', async ({
  page,
}) => {
  await page.clock.install();
  await open(page, '/', 'Your plan');
  await dismissWelcome(page);
  await aboutMe(page, 'My story', SENTENCE);
  await turnLockOn(page);
  // Fifteen seconds of the page's clock at a time, until it locks: about five minutes.
  let seconds = 0;
  while (!(await lockHeading(page).isVisible()) && seconds < 600) {
    await page.clock.fastForward(15_000);
    seconds += 15;
    await page.waitForTimeout(100);
  }
  expect(seconds).toBeGreaterThanOrEqual(285);
  expect(seconds).toBeLessThanOrEqual(345);
  await expect(lockHeading(page)).toBeVisible();
  expect(await page.content()).not.toContain('herons');
});

test('quick exit leaves for a neutral page, by the button or Shift three times', async ({
  page,
}) => {
  await page.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Weather</p>' }),
  );
  await open(page, '/', 'Your plan');
  await dismissWelcome(page);
  await aboutMe(page, 'My story', SENTENCE);
  const before = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await page.waitForURL('https://www.bbc.co.uk/weather');
  // The entry that showed the plan was replaced, not added to.
  expect(await page.evaluate(() => history.length)).toBe(before);

  await open(page, '/', 'Your plan');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL('https://www.bbc.co.uk/weather');
});

test('a tab closed while the lock is being turned on loses nothing; the next start finishes', async ({
  page,
  context,
}) => {
  await open(page, '/', 'Your plan');
  await dismissWelcome(page);
  await aboutMe(page, 'My story', SENTENCE);
  // A plan big enough that turning the lock on takes a while: 4,000 journal entries.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('waymark');
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction('journal', 'readwrite');
          const store = transaction.objectStore('journal');
          for (let i = 0; i < 4000; i++) {
            store.put({
              id: `entry-${String(i).padStart(5, '0')}`,
              goalId: 'g1',
              at: '2025-01-01T00:00:00.000Z',
              kind: 'progress',
              text: `Walked to the heronry, day ${i}`,
              createdAt: '2025-01-01T00:00:00.000Z',
              updatedAt: '2025-01-01T00:00:00.000Z',
            });
          }
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
  await page.reload();
  await goTo(page, 'Your data and settings');
  const section = page.getByRole('region', { name: 'Lock your plan' });
  await section.getByRole('button', { name: 'Set up the lock' }).click();
  await section.getByLabel('Choose a passphrase').fill(PASSPHRASE);
  await section.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await section.getByRole('button', { name: 'Next: your recovery code' }).click();
  await section.getByLabel('I have kept my recovery code somewhere safe').check();
  await section.getByRole('button', { name: 'Turn the lock on' }).click();
  await expect(page.getByText(/Locking your plan: [1-9]\d* of/)).toBeVisible({
    timeout: 20_000,
  });
  await page.close({ runBeforeUnload: false });

  const next = await context.newPage();
  await next.goto('/');
  await unlock(next);
  await expect(next.getByRole('heading', { level: 1, name: 'Your plan', exact: true })).toBeVisible(
    {
      timeout: 30_000,
    },
  );
  const stored = await everythingStored(next);
  expect(stored).not.toContain('heronry');
  expect(stored).not.toContain('herons');
  const count = await next.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('waymark');
        request.onsuccess = () => {
          const get = request.result.transaction('journal').objectStore('journal').count();
          get.onsuccess = () => resolve(get.result);
        };
      }),
  );
  expect(count).toBe(4000);
  await goTo(next, 'About me');
  await expect(next.getByText(SENTENCE)).toBeVisible();
});

test('a passkey opens the plan where the browser supports the PRF extension, never as the only way in', async ({
  page,
  context,
}) => {
  // WebAuthn needs a domain, not an IP address: localhost is this same server.
  const base = `http://localhost:${process.env.WAYMARK_PORT ?? 4173}`;
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const added = await cdp
    .send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
        hasPrf: true,
      },
    })
    .catch((error: unknown) => error);
  test.skip(
    added instanceof Error,
    `this Chromium has no virtual authenticator with PRF: ${String(added)}`,
  );

  await page.goto(`${base}/`);
  await dismissWelcome(page);
  await aboutMe(page, 'My story', SENTENCE);
  await turnLockOn(page);
  const section = page.getByRole('region', { name: 'Lock your plan' });
  const add = page.getByRole('button', { name: 'Set up opening with this device' });
  await page
    .locator('form')
    .filter({ has: add })
    .getByLabel('Your passphrase now')
    .fill(PASSPHRASE);
  await add.click();
  const outcome = section.getByText(
    /You can now open your plan with this device|could not be set up/,
  );
  await expect(outcome).toBeVisible({ timeout: 20_000 });
  test.skip(
    (await outcome.textContent())?.includes('could not') === true,
    'this Chromium made a passkey without the PRF extension',
  );

  await page.reload();
  await expect(lockHeading(page)).toBeVisible();
  // The passphrase is still offered beside the passkey.
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Open with this device' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your data and settings' }),
  ).toBeVisible();
  await goTo(page, 'About me');
  await expect(page.getByText(SENTENCE)).toBeVisible();
  expect(await everythingStored(page)).not.toContain('herons');
});
