import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { apiCall } from './api';
import { test, expect, tempDataDir } from './core';

const SHOTS = path.resolve(import.meta.dirname, '../.tmp/screens');
// Each export prints a PDF with Chromium: a minute is not much on a machine shared by many.
test.describe.configure({ timeout: 240_000 });

/** The month picker (a dialog of its own): open it, go up to the years, pick 2026, then the month. */
async function pickMonth(page: Page, dialog: ReturnType<Page['getByRole']>, label: string, month: string) {
  await dialog.getByRole('button', { name: label }).click();
  const picker = page.getByRole('dialog').last();
  await picker.getByRole('button', { name: /^\d{4}$/ }).click();
  await picker.getByRole('button', { name: '2026', exact: true }).click();
  await picker.getByRole('button', { name: month, exact: true }).click();
}
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

/** A client with five December posts: three ready, one with no caption, one too long for X. */
async function december(url: string) {
  const client = await apiCall(url, 'clients.create', { name: 'Kopi Senja', color: '#b45309' });
  const post = async (day: string, topic: string, copy: Array<['instagram' | 'x', string]>) => {
    const slot = await apiCall(url, 'slots.create', { clientId: client.id, startsAt: `2026-12-${day}T12:00:00.000Z`, topic });
    for (const [platform, plain] of copy) await apiCall(url, 'variants.save', { slotId: slot.id, platform, doc: null, plain });
    return slot;
  };
  await post('08', 'Kopi susu gula aren', [['instagram', 'Manisnya pas ☕ #KopiSenja']]);
  await post('10', 'Harbolnas 12.12', [['instagram', 'Diskon 12% semua menu! #KopiSenja'], ['x', 'Diskon 12% 🎉']]);
  await post('15', 'Promo akhir tahun', [['instagram', 'Tutup tahun dengan kopi. #KopiSenja']]);
  const empty = await post('18', 'Hari Ibu', []);
  await post('22', 'Thread resep', [['x', 'Resep kopi susu di rumah: '.repeat(20)]]);
  return { client, empty };
}

async function openExports(page: Page, url: string, heading = 'Ekspor') {
  await page.clock.setFixedTime(new Date('2026-12-02T03:00:00Z'));
  await page.goto(url + '#/exports');
  // The first paint of the whole app on a busy machine: patience, not a duration under test.
  await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible({ timeout: 45_000 });
}

test('export a month for client review: preview, progress, the written bundle, and the Exports screen', async ({ page, core }) => {
  const { empty } = await december(core.url);
  const outDir = path.join(tempDataDir(), 'Ekspor Desember');
  await openExports(page, core.url);
  await expect(page.getByText('Belum ada bundle yang dikirim.')).toBeVisible();

  await page.getByRole('button', { name: 'Ekspor untuk review klien' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ekspor EP untuk review klien' });
  await pickMonth(page, dialog, 'Bulan', 'Des');
  await dialog.getByLabel('Simpan ke folder').fill(outDir);

  const preview = dialog.getByRole('region', { name: 'Yang dikirim ke klien' });
  await expect(preview).toContainText('5 postingan');
  await expect(preview).toContainText('5 caption platform');
  await expect(preview).toContainText('1 tanpa caption');
  await expect(preview).toContainText('1 dengan masalah caption');
  await expect(preview.getByRole('link', { name: 'Buka postingan 4, Hari Ibu' })).toHaveAttribute('href', `#/calendar/${empty.id}`);
  await expect(preview.getByRole('listitem').filter({ hasText: 'Thread resep' })).toContainText('Masalah caption di X');
  await expect(dialog.getByText('File: Kopi-Senja-EP-2026-12-v1.zip')).toBeVisible();
  await shot(page, 'export-dialog-preview-id-light');

  // Hold the reply until the progress bar has shown the core's events to the end.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/exports.create', async (route) => {
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
  });
  await dialog.getByRole('button', { name: 'Ekspor', exact: true }).click();
  const bar = dialog.getByRole('progressbar', { name: 'Kemajuan ekspor' });
  await expect(bar).toBeVisible();
  // Waits for the core to finish the bundle (Chromium prints the PDF): patience, not a duration.
  await expect(dialog.getByText('Selesai · 4 dari 4 langkah')).toBeVisible({ timeout: 180_000 });
  await expect(bar).toHaveAttribute('aria-valuenow', '100');
  await expect(dialog.getByRole('button', { name: 'Batalkan ekspor' })).toBeVisible();
  release();

  await expect(dialog.getByRole('status')).toContainText('Bundle v1 siap: 5 postingan.');
  const zipPath = path.join(outDir, 'Kopi-Senja-EP-2026-12-v1.zip');
  await expect(dialog.getByText(zipPath, { exact: true })).toBeVisible();
  await expect(dialog.getByText(path.join(outDir, 'Kopi-Senja-EP-2026-12-v1-review.html'), { exact: true })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Salin lokasi: Zip untuk klien' })).toBeVisible();
  expect(fs.existsSync(zipPath)).toBe(true);
  await shot(page, 'export-dialog-finished-id-light');
  await dialog.getByRole('button', { name: 'Selesai' }).click();

  const table = page.getByRole('table', { name: 'Bundle terkirim' });
  const row = table.getByRole('row').filter({ hasText: 'Kopi Senja' });
  await expect(row).toContainText('1–31 Desember 2026');
  await expect(row).toContainText('v1');
  await expect(row).toContainText('0 disetujui');
  await expect(row).toContainText('5 menunggu');
  // The exported drafts now wait for the client.
  const slots = await apiCall(core.url, 'slots.list', { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
  expect(slots.map((s) => s.status)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent']);
  fs.rmSync(path.dirname(outDir), { recursive: true, force: true });
});

test('the Exports screen in both languages and both themes', async ({ page, core }) => {
  const { client } = await december(core.url);
  const outDir = path.join(tempDataDir(), 'Ekspor');
  await apiCall(core.url, 'exports.create', { clientId: client.id, from: '2026-12-01', to: '2026-12-31', outDir });
  await apiCall(core.url, 'exports.create', { clientId: client.id, from: '2026-12-07', to: '2026-12-13', outDir });
  for (const [language, theme] of [['id', 'light'], ['id', 'dark'], ['en', 'light'], ['en', 'dark']] as const) {
    await apiCall(core.url, 'settings.update', { language, theme });
    await openExports(page, core.url, language === 'id' ? 'Ekspor' : 'Exports');
    const table = page.getByRole('table', { name: language === 'id' ? 'Bundle terkirim' : 'Bundles sent' });
    await expect(table.getByRole('row')).toHaveCount(3);
    await shot(page, `exports-screen-${language}-${theme}`);
  }
  await page.getByRole('button', { name: 'Export for client review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the EP for client review' });
  await pickMonth(page, dialog, 'Month', 'Dec');
  await expect(dialog.getByRole('region', { name: 'What goes to the client' })).toContainText('5 posts');
  await expect(dialog.getByText('File: Kopi-Senja-EP-2026-12-v2.zip')).toBeVisible();
  await shot(page, 'export-dialog-preview-en-dark');
  fs.rmSync(path.dirname(outDir), { recursive: true, force: true });
});
