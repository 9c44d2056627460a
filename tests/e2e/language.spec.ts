import { test, expect } from './core';

test('switching the language changes the UI and is remembered', async ({ page, core }) => {
  await page.goto(core.url + '#/settings');
  await expect(page.getByRole('heading', { name: 'Pengaturan' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Bahasa' }).click();
  await page.getByRole('option', { name: 'English' }).click();

  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Calendar' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'All clients' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await nav.getByRole('link', { name: 'Calendar' }).click();
  await expect(page.getByRole('button', { name: 'Create your first client' })).toBeVisible();
});

test('an English browser gets English until the user chooses', async ({ browser, core }) => {
  const ctx = await browser.newContext({ locale: 'en-US' });
  const page = await ctx.newPage();
  await page.goto(core.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Rencana' })).toBeVisible();
  await ctx.close();
});
