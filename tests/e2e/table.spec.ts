import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { HOSTILE, writeIndonesianXlsx } from '../fixtures/epSheets';
import { apiCall } from './api';
import { test, expect } from './core';
import { openTable, seedFebruary } from './table-helpers';

const FEB = { from: '2027-01-31T00:00:00.000Z', to: '2027-03-02T00:00:00.000Z' };
const MAR = { from: '2027-02-28T00:00:00.000Z', to: '2027-04-02T00:00:00.000Z' };

// Long walks through the UI; on a machine shared with other builds a step can take a while.
test.describe.configure({ timeout: 240_000 });

test('edit cells with the keyboard like Excel, and Ctrl+Z takes the edits back', async ({ page, core }) => {
  const { ids } = await seedFebruary(core.url);
  const grid = await openTable(page, core.url);

  // Typing on a cell starts editing it with that character; Enter saves and goes down.
  await grid.getByRole('gridcell', { name: 'Kuis tebak rasa' }).click();
  await page.keyboard.type('Kuis rasa baru');
  await expect(page.getByRole('textbox', { name: 'Topik post 5' })).toHaveValue('Kuis rasa baru');
  await page.keyboard.press('Enter');
  await expect(grid.getByRole('gridcell', { name: 'Kuis rasa baru' })).toBeVisible();
  await expect(grid).toHaveAttribute('aria-activedescendant', `ep-${ids[5]}-topic`);

  // Enter opens the editor with the value; Escape leaves it as it was.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: 'Topik post 5' });
  await editor.fill('Tidak jadi');
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(grid.getByRole('gridcell', { name: 'Kuis rasa baru' })).toBeVisible();

  // Arrows to the pillar of post 1, type, Tab saves and moves right onto the format.
  await grid.getByRole('gridcell', { name: 'Kopi susu gula aren' }).click();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('edukasi');
  await page.keyboard.press('Tab');
  await expect(grid).toHaveAttribute('aria-activedescendant', `ep-${ids[0]}-format`);

  // The core's answer to the next save is held back, as on a busy machine: the edit is stored,
  // the app has not heard so yet.
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  let held = false;
  await page.route('**/api/slots.update', async (route) => {
    if (held) return route.continue();
    held = true;
    const response = await route.fetch();
    await answered;
    await route.fulfill({ response });
  });
  await page.keyboard.press('Enter');
  await page.getByRole('combobox', { name: 'Format post 1' }).selectOption('reel');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await apiCall(core.url, 'slots.get', { id: ids[0]! })).format).toBe('reel');
  expect(await apiCall(core.url, 'slots.get', { id: ids[0]! })).toMatchObject({ pillar: 'edukasi', format: 'reel' });
  expect((await apiCall(core.url, 'slots.get', { id: ids[4]! })).topic).toBe('Kuis rasa baru');

  // Ctrl+Z, three times: format, pillar, topic come back. The first is pressed before the answer
  // arrives and still takes back the format, the edit made last, once the save has landed.
  await page.keyboard.press('Control+z');
  answer();
  await expect.poll(async () => (await apiCall(core.url, 'slots.get', { id: ids[0]! })).format).toBe('carousel');
  expect((await apiCall(core.url, 'slots.get', { id: ids[0]! })).pillar).toBe('edukasi');
  await page.unroute('**/api/slots.update');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await apiCall(core.url, 'slots.get', { id: ids[0]! })).pillar).toBe('product');
  await page.keyboard.press('Control+z');
  await expect(grid.getByRole('gridcell', { name: 'Kuis tebak rasa' })).toBeVisible();
});

test('with the mouse: a drag selects a block of cells, a double click edits the cell', async ({ page, core }) => {
  await seedFebruary(core.url);
  const grid = await openTable(page, core.url);
  const from = await grid.getByRole('gridcell', { name: 'Kopi susu gula aren' }).boundingBox();
  const to = await grid.getByRole('gridcell', { name: 'Kuis tebak rasa' }).boundingBox();
  await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
  await page.mouse.down();
  await page.mouse.move(to!.x + to!.width / 2, to!.y + to!.height / 2, { steps: 8 });
  await page.mouse.up();
  // The topics of posts 1 to 5, and nothing else.
  await expect(grid.locator('[role="gridcell"][aria-selected="true"]')).toHaveCount(5);

  await grid.getByRole('gridcell', { name: 'Kuis tebak rasa' }).dblclick();
  await expect(page.getByRole('textbox', { name: 'Topik post 5' })).toHaveValue('Kuis tebak rasa');
  await page.keyboard.press('Escape');
  await expect(grid.getByRole('gridcell', { name: 'Kuis tebak rasa' })).toBeVisible();
});

test('change the status of several posts at once: the allowed ones change, the refused ones are named, undo takes it back', async ({ page, core }) => {
  const { ids } = await seedFebruary(core.url);
  const grid = await openTable(page, core.url);
  await grid.getByRole('checkbox', { name: 'Pilih post 1' }).click();
  await grid.getByRole('checkbox', { name: 'Pilih post 3' }).click({ modifiers: ['Shift'] });
  await expect(page.getByText('3 post dipilih')).toBeVisible();

  await page.getByRole('toolbar', { name: 'Aksi massal' }).getByRole('button', { name: 'Ubah status' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ubah status' });
  await dialog.getByRole('combobox', { name: 'Status baru' }).selectOption({ label: 'Direview' });
  await dialog.getByRole('button', { name: 'Terapkan' }).click();

  await expect(page.getByText('2 post diubah')).toBeVisible();
  await expect(page.getByText('1 post tidak diubah')).toBeVisible();
  await expect(page.getByText('No 3 “Fakta kopi arabika”: Post tidak bisa dipindah dari “Ide” ke “Direview”.')).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'Direview' })).toHaveCount(3); // posts 1, 2 and the one already in review
  expect((await apiCall(core.url, 'slots.get', { id: ids[2]! })).status).toBe('idea');

  await page.getByRole('button', { name: 'Batalkan' }).click();
  await expect(page.getByText('Dibatalkan')).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'Direview' })).toHaveCount(1);
  for (const id of ids.slice(0, 2)) expect((await apiCall(core.url, 'slots.get', { id })).status).toBe('draft');
});

test('copy rows as TSV for Excel, and paste them back as new posts after a preview', async ({ page, core, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { ids, client } = await seedFebruary(core.url);
  await apiCall(core.url, 'slots.update', { id: ids[1]!, patch: { topic: HOSTILE.dde } });
  const grid = await openTable(page, core.url);
  await grid.getByRole('checkbox', { name: 'Pilih post 1' }).click();
  await grid.getByRole('checkbox', { name: 'Pilih post 2' }).click();
  await grid.getByRole('gridcell', { name: 'Kopi susu gula aren' }).click();
  await page.keyboard.press('Control+c');

  const tsv = await page.evaluate(() => navigator.clipboard.readText());
  const rows = Papa.parse<string[]>(tsv, { delimiter: '\t' }).data;
  expect(rows[0]).toEqual(['No', 'Tanggal', 'Jam', 'Platform', 'Pilar', 'Format', 'Topik', 'Visual/brief', 'Caption', 'Hashtag', 'CTA/Link', 'PIC', 'Status', 'Kampanye', 'Cek copy']);
  expect(rows[1]).toEqual(['1', '2027-02-01', '19:00', 'Instagram, Facebook', 'product', 'carousel', 'Kopi susu gula aren', '', 'Pagi lebih semangat ☕️\nCoba sekarang! #KopiSenja', '#KopiSenja', '', 'Rani', 'Draf', 'Promo 2.2', 'Aman']);
  // A cell Excel would run as a formula arrives as text.
  expect(rows[2]![6]).toBe(`'${HOSTILE.dde}`);
  expect(tsv.split('\r\n')).toHaveLength(3);

  // Paste the copied rows back: a preview first, then two new posts with their copy.
  await page.keyboard.press('Escape');
  await grid.getByRole('gridcell', { name: 'Testimoni pelanggan' }).click();
  await page.keyboard.press('Control+v');
  const dialog = page.getByRole('dialog', { name: 'Tempel baris sebagai post baru' });
  await expect(dialog.getByText('2 baris terbaca, 2 post akan dibuat untuk Kopi Senja.', { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: 'Buat 2 post' }).click();
  await expect(page.getByText('2 post dibuat')).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'Kopi susu gula aren' })).toHaveCount(2);

  const all = await apiCall(core.url, 'slots.list', { ...FEB, clientIds: [client.id] });
  const copies = all.filter((s) => !ids.includes(s.id));
  expect(copies.map((s) => [s.topic, s.startsAt, s.format, s.pillar, s.pic, s.status])).toEqual([
    ['Kopi susu gula aren', '2027-02-01T12:00:00.000Z', 'carousel', 'product', 'Rani', 'draft'],
    [HOSTILE.dde, '2027-02-02T12:00:00.000Z', 'reel', 'promo', 'Rani', 'draft'],
  ]);
  expect(copies[0]!.variants.map((v) => [v.platform, v.plain])).toEqual([
    ['instagram', 'Pagi lebih semangat ☕️\nCoba sekarang! #KopiSenja'],
    ['facebook', 'Pagi lebih semangat ☕️\nCoba sekarang! #KopiSenja'],
  ]);
  expect(copies[0]!.campaignId).not.toBeNull();
});

test('fill a month from the cadence and copy last month’s plan, each previewed and undone in one step', async ({ page, core }) => {
  const { client } = await seedFebruary(core.url);
  await apiCall(core.url, 'cadences.create', { clientId: client.id, platform: 'instagram', format: 'feed', weekdays: [1, 3, 5], time: '19:00' });
  const grid = await openTable(page, core.url);
  await page.getByRole('button', { name: 'Bulan berikutnya' }).click();
  await expect(page.getByRole('heading', { name: 'Tabel EP · Maret 2027' })).toBeVisible();

  await page.getByRole('button', { name: 'Rencana massal' }).click();
  await page.getByRole('menuitem', { name: 'Isi dari jadwal rutin' }).click();
  let dialog = page.getByRole('dialog', { name: 'Isi Maret 2027 dari jadwal rutin' });
  await expect(dialog.getByText('12 draf post pada hari dan jam jadwal rutin. Sudah terisi: 0. Tidak dibuat karena paket sudah penuh: 2.')).toBeVisible();
  await expect(dialog.getByRole('row')).toHaveCount(13);
  await expect(dialog.getByRole('row').nth(1)).toContainText('Sen, 1 Mar 2027');
  await dialog.getByRole('button', { name: 'Buat 12 post' }).click();
  await expect(page.getByText('12 post dibuat')).toBeVisible();
  await expect(grid.getByRole('row')).toHaveCount(13);
  expect(await apiCall(core.url, 'slots.list', { ...MAR, clientIds: [client.id] })).toHaveLength(12);

  await grid.getByRole('gridcell', { name: 'Sen, 1 Mar 2027' }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Dibatalkan')).toBeVisible();
  expect(await apiCall(core.url, 'slots.list', { ...MAR, clientIds: [client.id] })).toHaveLength(0);

  await page.getByRole('button', { name: 'Rencana massal' }).click();
  await page.getByRole('menuitem', { name: 'Salin rencana bulan lalu' }).click();
  dialog = page.getByRole('dialog', { name: 'Salin rencana Februari 2027 ke Maret 2027' });
  await expect(dialog.getByText('6 post dari 6 post di Februari 2027', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('row').nth(1)).toContainText('Sen, 1 Mar 2027');
  await dialog.getByRole('button', { name: 'Buat 6 post' }).click();
  await expect(page.getByText('6 post dibuat')).toBeVisible();
  const copied = await apiCall(core.url, 'slots.list', { ...MAR, clientIds: [client.id] });
  expect(copied.map((s) => s.startsAt)).toEqual([
    '2027-03-01T12:00:00.000Z', // 1st Monday
    '2027-03-02T12:00:00.000Z', // 1st Tuesday
    '2027-03-04T02:00:00.000Z', // 1st Thursday, 09:00 WIB
    '2027-03-09T12:30:00.000Z',
    '2027-03-10T12:00:00.000Z',
    '2027-03-16T12:00:00.000Z',
  ]);
  expect(copied.flatMap((s) => s.variants.map((v) => v.plain))).toEqual(['', '', '', '', '', '', '']);
  expect(copied.map((s) => s.topic)).toEqual(['', '', '', '', '', '']);
});

test('import an EP spreadsheet: preview, correct a column, import, see it in the table, undo', async ({ page, core }, info) => {
  const client = await apiCall(core.url, 'clients.create', { name: 'Batik Larasati', color: '#7c3aed', accounts: [{ platform: 'instagram', handle: '@batik' }] });
  const file = path.join(info.outputDir, 'EP Februari.xlsx');
  await writeIndonesianXlsx(file);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const grid = await openTable(page, core.url, 'Batik Larasati');
  await page.getByRole('button', { name: 'Rencana massal' }).click();
  await page.getByRole('menuitem', { name: 'Impor spreadsheet EP' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor spreadsheet EP' });
  await dialog.locator('input[type="file"]').setInputFiles(file);
  // Reading a workbook is real work for the core: wait for it as long as a user would.
  await expect(dialog.getByText('Judul kolom ditemukan di baris 4 sheet “EP Februari” (EP Februari.xlsx).')).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByText('8 baris menjadi 7 post. 1 baris bergalat tidak diikutkan; 1 baris ada peringatan.')).toBeVisible();
  await expect(dialog.getByText('Tanggal: tanggal “besok” tidak terbaca')).toBeVisible();

  // The visual brief column is not wanted in this client's posts.
  await dialog.getByRole('combobox', { name: 'Kolom H: “Visual/Brief”' }).selectOption('ignore');
  await expect(dialog.getByRole('combobox', { name: 'Kolom H: “Visual/Brief”' })).toHaveValue('ignore');
  await dialog.getByRole('button', { name: 'Impor 7 post' }).click();
  await expect(page.getByText('7 post diimpor dari EP Februari.xlsx')).toBeVisible();

  await expect(grid.getByRole('gridcell', { name: 'Kopi susu gula aren' })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: HOSTILE.script })).toBeVisible();
  const slots = await apiCall(core.url, 'slots.list', { ...FEB, clientIds: [client.id] });
  expect(slots).toHaveLength(7);
  expect(slots.every((s) => s.visualBrief === '')).toBe(true);
  expect(dialogs).toEqual([]);

  await page.getByRole('button', { name: 'Batalkan' }).click();
  await expect(page.getByText('Impor dibatalkan')).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'Kopi susu gula aren' })).toHaveCount(0);
  expect(await apiCall(core.url, 'slots.list', { ...FEB, clientIds: [client.id] })).toHaveLength(0);
});

test('a file that is not a spreadsheet gets a clear message and changes nothing', async ({ page, core }, info) => {
  const client = await apiCall(core.url, 'clients.create', { name: 'Batik Larasati', color: '#7c3aed' });
  const file = path.join(info.outputDir, 'foto.png');
  fs.mkdirSync(info.outputDir, { recursive: true });
  fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  await openTable(page, core.url, 'Batik Larasati');
  await page.getByRole('button', { name: 'Rencana massal' }).click();
  await page.getByRole('menuitem', { name: 'Impor spreadsheet EP' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor spreadsheet EP' });
  await dialog.locator('input[type="file"]').setInputFiles(file);
  await expect(dialog.getByRole('alert')).toHaveText('Berkas ini bukan spreadsheet. Simpan sebagai .xlsx atau .csv lalu coba lagi.');
  await expect(dialog.getByRole('button', { name: /^Impor/ })).toBeDisabled();
  expect(await apiCall(core.url, 'slots.list', { ...FEB, clientIds: [client.id] })).toHaveLength(0);
});
