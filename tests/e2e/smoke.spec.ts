import { expect, test } from '@playwright/test';

test('smoke', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your plan' })).toBeVisible();
  await page.getByRole('link', { name: 'About me' }).first().click();
  await page.getByLabel('The name I like to be called').fill('Sam');
  await page.getByRole('link', { name: 'Strengths' }).first().click();
  await page.getByRole('button', { name: 'Add a strength' }).click();
  await page.getByLabel('My strength').fill('Patience');
  await page.reload();
  await expect(page.getByLabel('My strength')).toHaveValue('Patience');
  await page.goto('/');
  await page.screenshot({ path: '/tmp/home.png', fullPage: true });
  expect(errors).toEqual([]);
});
