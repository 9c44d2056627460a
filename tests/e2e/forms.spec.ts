import { apiCall } from './api';
import { test, expect } from './core';

test('client form: readable current time zones with Indonesia first, package columns with formats per platform, a yearly date without weekday', async ({ page, core }) => {
  const client = await apiCall(core.url, 'clients.create', { name: 'Kopi Senja', color: '#b45309', timezone: 'Asia/Calcutta', package: [{ platform: 'x', format: 'feed', perMonth: 10 }] });
  await page.goto(`${core.url}#/clients/${client.id}`);

  // A zone saved under its old name shows under the current one.
  const zone = page.getByRole('textbox', { name: 'Zona waktu' });
  await expect(zone).toHaveValue(/Asia\/Kolkata/);
  await zone.click();
  const options = page.getByRole('option');
  await expect(options.first()).toHaveText(/^WIB — Jakarta/);
  await expect(page.getByRole('option', { name: /Calcutta/ })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Package rows under their column headings; X offers no Reels, Instagram no thread.
  await expect(page.getByText('Per bulan', { exact: true })).toBeVisible();
  await page.getByRole('textbox', { name: 'Format 1' }).click();
  await expect(page.getByRole('option', { name: 'Utas' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Reels' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: 'Platform 1' }).click();
  await page.getByRole('option', { name: 'Instagram' }).click();
  await page.getByRole('textbox', { name: 'Format 1' }).click();
  await expect(page.getByRole('option', { name: 'Reels' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Utas' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await page.getByLabel('Acara').fill('Ulang tahun toko');
  await page.getByLabel('Tanggal', { exact: true }).fill('2026-12-12');
  await page.getByRole('button', { name: 'Tambah tanggal' }).click();
  await expect(page.getByText('Ulang tahun toko — tiap tahun pada 12 Desember', { exact: true })).toBeVisible();
});

test('post fields: formats of the post’s platforms and pillar suggestions in the UI language', async ({ page, core }) => {
  const client = await apiCall(core.url, 'clients.create', { name: 'Kopi Senja', color: '#b45309' });
  const slot = await apiCall(core.url, 'slots.create', { clientId: client.id, startsAt: '2026-12-12T12:00:00.000Z', topic: 'Thread tips kopi' });
  await apiCall(core.url, 'variants.save', { slotId: slot.id, platform: 'x', doc: null, plain: 'Tips seduh kopi 🧵' });
  await page.goto(`${core.url}#/calendar/${slot.id}`);
  const drawer = page.getByRole('dialog', { name: 'Thread tips kopi' });
  await drawer.getByRole('textbox', { name: 'Format' }).click();
  await expect(page.getByRole('option', { name: 'Utas' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Reels' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await drawer.getByRole('textbox', { name: 'Pilar konten' }).click();
  await expect(page.getByRole('option', { name: 'Edukasi' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'education' })).toHaveCount(0);
});
