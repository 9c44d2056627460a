import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { writeIndonesianXlsx } from '../fixtures/epSheets';
import { apiCall } from './api';
import { test, expect } from './core';
import { openTable, seedFebruary } from './table-helpers';

const OUT = path.resolve(import.meta.dirname, '../.tmp/screens');
test.describe.configure({ timeout: 180_000 });

async function setLook(page: Page, url: string, language: 'id' | 'en', theme: 'light' | 'dark') {
  await apiCall(url, 'settings.update', { language, theme });
}

for (const language of ['id', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`EP table screenshot, ${language}, ${theme}`, async ({ page, core }) => {
      await seedFebruary(core.url);
      await setLook(page, core.url, language, theme);
      const grid = await openTable(page, core.url);
      await expect(grid.getByRole('gridcell', { name: 'Kopi susu gula aren' })).toBeVisible();
      await grid.getByRole('checkbox', { name: language === 'id' ? 'Pilih post 2' : 'Select post 2' }).click();
      await grid.getByRole('gridcell', { name: 'Cara seduh V60' }).click();
      fs.mkdirSync(OUT, { recursive: true });
      await page.screenshot({ path: path.join(OUT, `table-${language}-${theme}.png`) });
    });
  }
}

test('import preview screenshot', async ({ page, core }, info) => {
  await seedFebruary(core.url);
  const file = path.join(info.outputDir, 'EP Februari.xlsx');
  await writeIndonesianXlsx(file);
  await openTable(page, core.url);
  await page.getByRole('button', { name: 'Rencana massal' }).click();
  await page.getByRole('menuitem', { name: 'Impor spreadsheet EP' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor spreadsheet EP' });
  await dialog.locator('input[type="file"]').setInputFiles(file);
  await expect(dialog.getByText('Judul kolom ditemukan di baris 4')).toBeVisible();
  fs.mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: path.join(OUT, 'import-preview-id.png') });
});
