import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Page } from '@playwright/test';
import { apiCall } from './api';
import { test, expect as baseExpect, tempDataDir } from './core';

/** Real image files on disk, made with sharp. */
async function images(dir: string) {
  const jpg = path.join(dir, 'kopi susu.jpg');
  await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#8d5b3c' } }).jpeg().toFile(jpg);
  const png = path.join(dir, 'logo.png');
  await sharp({ create: { width: 600, height: 600, channels: 4, background: '#2e86de' } }).png().toFile(png);
  const text = path.join(dir, 'catatan.txt');
  fs.writeFileSync(text, 'bukan gambar');
  return { jpg, png, text };
}

async function post(url: string) {
  const client = await apiCall(url, 'clients.create', { name: 'Kopi Senja', color: '#b45309' });
  const slot = await apiCall(url, 'slots.create', { clientId: client.id, startsAt: '2026-12-12T12:00:00.000Z', topic: 'Promo Harbolnas 12.12', platforms: ['instagram'] });
  return { client, slot };
}

/** Drops files on the drawer's drop zone the way a browser does: a drop event carrying a DataTransfer. */
async function drop(page: Page, files: string[]) {
  const payload = files.map((f) => ({ name: path.basename(f), type: f.endsWith('.png') ? 'image/png' : f.endsWith('.jpg') ? 'image/jpeg' : 'text/plain', b64: fs.readFileSync(f).toString('base64') }));
  const dt = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    return transfer;
  }, payload);
  await page.getByLabel('Area lepas untuk visual').dispatchEvent('drop', { dataTransfer: dt });
}

// This machine is shared with other builds: copying, hashing and thumbnailing can take a while
// under load. Generous waits, no assertion on time.
test.setTimeout(240_000);
const expect = baseExpect.configure({ timeout: 45_000 });
const FIRST_LOAD = { timeout: 90_000 };

const names = (page: Page) => page.getByRole('list', { name: 'Visual post ini' }).getByRole('listitem');

test('visuals: picked and dropped, shown as thumbnails, reordered, removed with undo; a wrong file is named', async ({ page, core }) => {
  const files = await images(tempDataDir());
  const { slot } = await post(core.url);
  await page.goto(`${core.url}#/calendar/${slot.id}`);
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('Belum ada visual.')).toBeVisible(FIRST_LOAD);

  // Pick a file with the button (the file chooser), then drop another on the zone.
  const chooser = page.waitForEvent('filechooser');
  await drawer.getByRole('button', { name: 'Pilih file' }).click();
  await (await chooser).setFiles([files.jpg]);
  await expect(names(page)).toHaveCount(1);
  await drop(page, [files.png]);
  await expect(names(page)).toHaveCount(2);
  await expect(names(page).nth(0)).toHaveAccessibleName('kopi susu.jpg');
  await expect(names(page).nth(1)).toHaveAccessibleName('logo.png');
  // Thumbnails are real JPEGs made by the core.
  const thumb = drawer.getByRole('img', { name: 'kopi susu.jpg' });
  await expect(thumb).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
  expect(await thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);

  // Reorder.
  await drawer.getByRole('button', { name: 'Geser logo.png ke depan' }).click();
  await expect(names(page).nth(0)).toHaveAccessibleName('logo.png');
  expect((await apiCall(core.url, 'slots.get', { id: slot.id })).assets.map((a) => a.name)).toEqual(['logo.png', 'kopi susu.jpg']);

  // Remove, then undo.
  await drawer.getByRole('button', { name: 'Hapus kopi susu.jpg' }).click();
  await expect(names(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(names(page)).toHaveCount(2);
  await expect(names(page).nth(1)).toHaveAccessibleName('kopi susu.jpg');

  // A file that is not an image or a video: the core says which one, in the user's language.
  await drop(page, [files.text]);
  await expect(page.getByText('“catatan.txt” tidak bisa dibaca. Mungkin rusak atau bukan gambar atau video.')).toBeVisible();
  await expect(names(page)).toHaveCount(2);

  // The same bytes dropped again are not stored or attached twice; the upload folder is emptied.
  await drop(page, [files.png]);
  await expect(page.getByText('Sudah ada di post ini')).toBeVisible();
  await expect(names(page)).toHaveCount(2);
  expect(fs.readdirSync(path.join(core.dataDir, 'incoming'))).toEqual([]);
});

test('a post’s visuals show in the copy editor’s preview and in the calendar event’s hover card', async ({ page, core }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T03:00:00Z')); // the calendar opens on the post's month
  const files = await images(tempDataDir());
  const { slot } = await post(core.url);
  // The web transport's upload route, as the renderer uses it, then assets.add by path.
  await page.goto(`${core.url}#/calendar/${slot.id}`);
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByRole('button', { name: 'Pilih file' })).toBeVisible(FIRST_LOAD);
  const chooser = page.waitForEvent('filechooser');
  await drawer.getByRole('button', { name: 'Pilih file' }).click();
  await (await chooser).setFiles([files.jpg]);
  await expect(names(page)).toHaveCount(1);
  await drawer.getByRole('tab', { name: /^Instagram/ }).click();
  const preview = drawer.locator('img[src^="data:image/jpeg"]');
  await expect(preview).toHaveCount(2); // the thumbnail in the list and the preview's cover

  await drawer.getByRole('button', { name: 'Tutup postingan' }).click();
  const ev = page.locator('.rc-ev--slot', { hasText: 'Promo Harbolnas 12.12' });
  await expect(ev).toBeVisible(FIRST_LOAD);
  await ev.hover();
  await expect(page.locator('.rc-hovercard img')).toHaveAttribute('src', /^data:image\/jpeg/);
});
