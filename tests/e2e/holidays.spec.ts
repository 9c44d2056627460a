import type { Page } from '@playwright/test';
import { apiCall } from './api';
import { test, expect } from './core';

const day = (page: Page, date: string) => page.locator(`[role="cell"][data-date="${date}"]`).first();

async function inDecember2026(page: Page, url: string) {
  await page.clock.setFixedTime(new Date('2026-12-02T03:00:00Z'));
  await apiCall(url, 'clients.create', { name: 'Rumah Hijab Aisyah', color: '#db2777' });
  await page.goto(url + '#/calendar');
  await expect(page.getByRole('heading', { name: 'Desember 2026' })).toBeVisible();
}

test('December 2026 shows Harbolnas, the year-end season, Ramadan 1448 H and Idul Fitri 2027 with their status', async ({ page, core }) => {
  await inDecember2026(page, core.url);
  await expect(day(page, '2026-12-12').getByText('Harbolnas 12.12')).toBeVisible();
  // A day shows one label (+N); every moment of the day is named on hover.
  await expect(day(page, '2026-12-25').getByTitle('Musim liburan akhir tahun (Natal – Tahun Baru)').first()).toBeVisible();
  await expect(day(page, '2026-12-24').getByTitle('Cuti bersama Kelahiran Yesus Kristus').first()).toBeVisible();

  const panel = page.getByRole('complementary', { name: 'Panel perencanaan' });
  await expect(panel.getByText('Harbolnas 12.12 dalam 10 hari — saatnya menyiapkan kampanye.')).toBeVisible();

  await page.getByRole('button', { name: 'Berikutnya' }).click();
  await page.getByRole('button', { name: 'Berikutnya' }).click();
  await expect(page.getByRole('heading', { name: 'Februari 2027' })).toBeVisible();
  await expect(day(page, '2027-02-08').getByText('≈ Ramadan 1448 H')).toBeVisible();

  await page.getByRole('button', { name: 'Berikutnya' }).click();
  await expect(day(page, '2027-03-09').getByText('≈ Idulfitri 1448 H (hari pertama)')).toBeVisible();
  await expect(day(page, '2027-03-10').getByText('≈ Idulfitri 1448 H (hari kedua)')).toBeVisible();
  await day(page, '2027-03-09').getByText('≈ Idulfitri 1448 H (hari pertama)').click();
  const dialog = page.getByRole('dialog', { name: 'Idulfitri 1448 H (hari pertama)' });
  await expect(dialog.getByText('Perkiraan', { exact: true })).toBeVisible();
  await expect(dialog.getByText(/Umm al-Qura/)).toBeVisible();
});

test('shift an estimated Idul Fitri after the isbat, and confirm it', async ({ page, core }) => {
  await inDecember2026(page, core.url);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Berikutnya' }).click();
  await expect(page.getByRole('heading', { name: 'Maret 2027' })).toBeVisible();

  await day(page, '2027-03-09').getByText('≈ Idulfitri 1448 H (hari pertama)').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Maju sehari' }).click();
  await page.keyboard.press('Escape');

  // Day 1 and day 2 and the end of Ramadan all move; the status becomes "confirmed by you".
  await expect(day(page, '2027-03-10').getByTitle('Idulfitri 1448 H (hari pertama)').first()).toBeVisible();
  await expect(day(page, '2027-03-11').getByTitle('Idulfitri 1448 H (hari kedua)').first()).toBeVisible();
  await expect(day(page, '2027-03-09').getByTitle(/Idulfitri/)).toHaveCount(0);
  await page.reload();
  // The calendar keeps its place across the reload: still March 2027.
  await expect(page.getByRole('heading', { name: 'Maret 2027' })).toBeVisible();
  await expect(day(page, '2027-03-10').getByTitle('Idulfitri 1448 H (hari pertama)').first()).toBeVisible();
  expect((await apiCall(core.url, 'moments.options', {})).overrides).toEqual([{ momentKey: 'idul-fitri-1', year: 2027, action: 'shift', shiftDays: 1 }]);

  await page.getByRole('button', { name: 'Sebelumnya' }).click();
  await day(page, '2027-02-08').getByText('≈ Ramadan 1448 H').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Konfirmasi tanggal ini' }).click();
  await expect(page.getByText('“Ramadan 1448 H” dikonfirmasi')).toBeVisible();
  await page.keyboard.press('Escape');
  // Confirmed: the label loses its ≈.
  await expect(day(page, '2027-02-08').getByRole('button', { name: /^Ramadan 1448 H/ })).toBeVisible();
});

test('plan a campaign from an upcoming moment', async ({ page, core }) => {
  await inDecember2026(page, core.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Rumah Hijab Aisyah' }).click();
  const card = page.getByRole('complementary').locator('.mantine-Card-root').filter({ hasText: 'Harbolnas 12.12 dalam 10 hari' });
  await card.getByRole('button', { name: 'Rencanakan kampanye' }).click();
  await expect(page.getByText('Draf kampanye “Harbolnas 12.12” dibuat')).toBeVisible();
  const drawer = page.getByRole('dialog', { name: 'Harbolnas 12.12' });
  await expect(drawer.getByLabel('Mulai', { exact: true })).toHaveValue('Rab, 2 Des 2026');
  await expect(drawer.getByLabel('Selesai', { exact: true })).toHaveValue('Sab, 12 Des 2026');
});

test('a client’s own yearly date appears every year, and a kind can be hidden', async ({ page, core }) => {
  await inDecember2026(page, core.url);
  await page.goto(core.url.split('?')[0] + '#/clients');
  await page.getByRole('main').getByRole('button', { name: /Rumah Hijab Aisyah/ }).click();
  await page.getByLabel('Acara').fill('Ulang tahun toko');
  await page.getByLabel('Tanggal', { exact: true }).fill('2019-12-31');
  await page.getByRole('button', { name: 'Tambah tanggal' }).click();
  await expect(page.getByText(/Ulang tahun toko — tiap tahun/)).toBeVisible();

  await page.getByRole('link', { name: 'Kalender' }).click();
  await expect(day(page, '2026-12-31').getByText('Ulang tahun toko')).toBeVisible();

  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await page.getByRole('checkbox', { name: 'Momen marketing' }).uncheck();
  await page.getByRole('link', { name: 'Kalender' }).click();
  await expect(page.getByRole('heading', { name: 'Desember 2026' })).toBeVisible();
  await expect(day(page, '2026-12-25').getByText('Kelahiran Yesus Kristus')).toBeVisible();
  await expect(day(page, '2026-12-12').getByText('Harbolnas 12.12')).toHaveCount(0);
});
