import { startCore, test, expect } from './core';

test('a client created through the UI is still there after the core restarts', async ({ page, core }) => {
  await page.goto(core.url);
  await expect(page.getByRole('heading', { name: 'Selamat datang di Rencana' })).toBeVisible();
  await page.getByRole('button', { name: 'Buat klien pertama' }).click();

  await page.getByLabel('Nama klien').fill('Kopi Senja Nusantara');
  await page.getByRole('textbox', { name: 'Zona waktu' }).click();
  await page.getByRole('option', { name: /WITA/ }).click();
  await page.getByRole('button', { name: 'Tambah akun' }).click();
  await page.getByRole('textbox', { name: 'Username 1' }).fill('@kopisenja');
  await page.getByRole('button', { name: 'Tambah item paket' }).click();
  await page.getByRole('textbox', { name: 'Per bulan 1' }).fill('12');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Klien “Kopi Senja Nusantara” dibuat')).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  await expect(nav.getByRole('button', { name: 'Kopi Senja Nusantara' })).toBeVisible();

  // A new core process on the same data folder: new port, new token.
  await core.stop();
  const again = await startCore(core.dataDir);
  try {
    await page.goto(again.url + '#/clients');
    const list = page.getByRole('main').getByRole('list', { name: 'Klien', exact: true });
    await list.getByRole('button', { name: /Kopi Senja Nusantara/ }).click();
    await expect(page.getByLabel('Nama klien')).toHaveValue('Kopi Senja Nusantara');
    await expect(page.getByRole('textbox', { name: 'Zona waktu' })).toHaveValue(/WITA/);
    await expect(page.getByRole('textbox', { name: 'Username 1' })).toHaveValue('@kopisenja');
    await expect(page.getByRole('textbox', { name: 'Per bulan 1' })).toHaveValue('12');
  } finally {
    await again.stop();
  }
});

test('edit, archive and restore a client', async ({ page, core }) => {
  await page.goto(core.url + '#/clients/new');
  await page.getByLabel('Nama klien').fill('Batik Larasati');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('heading', { name: 'Batik Larasati' })).toBeVisible();

  await page.getByLabel('Brand voice').fill('Anggun dan bangga pada wastra');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Klien “Batik Larasati” disimpan')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Brand voice')).toHaveValue('Anggun dan bangga pada wastra');

  await page.getByRole('button', { name: 'Arsipkan' }).click();
  await expect(page.getByText('Klien ini diarsipkan')).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  await expect(nav.getByRole('button', { name: 'Batik Larasati' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Pulihkan' }).click();
  await expect(nav.getByRole('button', { name: 'Batik Larasati' })).toBeVisible();
});

test('an invalid client is refused with words, and nothing is saved', async ({ page, core }) => {
  await page.goto(core.url + '#/clients/new');
  await page.getByLabel('Nama klien').fill('   ');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Ada isian yang perlu diperbaiki.').first()).toBeVisible();
  await expect(page.getByText('Terlalu pendek')).toBeVisible();
  await page.getByRole('link', { name: 'Klien' }).click();
  await expect(page.getByText('Belum ada klien.')).toBeVisible();
});
