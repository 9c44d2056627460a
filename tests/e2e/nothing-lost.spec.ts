import { apiCall } from './api';
import { test, expect } from './core';

const CORE_BACK = () => window.dispatchEvent(new Event('rencana:core-back'));
// A reload parses the whole bundle again: on a busy shared machine that alone can pass the default wait.
const AFTER_RELOAD = { timeout: 60_000 };

async function clientWithPost(url: string) {
  const client = await apiCall(url, 'clients.create', { name: 'Kopi Senja', color: '#b45309', accounts: [{ platform: 'instagram', handle: '@kopisenja' }] });
  const slot = await apiCall(url, 'slots.create', { clientId: client.id, startsAt: '2026-12-12T12:00:00.000Z', topic: 'Promo Harbolnas' });
  await apiCall(url, 'variants.save', { slotId: slot.id, platform: 'instagram', doc: null, plain: 'Promo 12.12 gitu deh' });
  return { client, slot };
}

test('a post field edit that fails to save is kept through a reload and sent when the core is back', async ({ page, core }) => {
  const { slot } = await clientWithPost(core.url);
  // The core stops answering post saves (as while it restarts).
  await page.route('**/api/slots.update', (route) => route.abort());
  await page.goto(`${core.url}#/calendar/${slot.id}`);
  const drawer = page.getByRole('dialog', { name: 'Promo Harbolnas' });
  await drawer.getByLabel('Topik').fill('Promo Harbolnas 12.12 serba 50%');
  // Shown once the first tries have failed (a wait, longer on a loaded machine).
  await expect(drawer.getByText('Belum tersimpan — aplikasi akan mencoba lagi')).toBeVisible({ timeout: 45_000 });
  expect((await apiCall(core.url, 'slots.get', { id: slot.id })).topic).toBe('Promo Harbolnas');

  // (The page's last flush as it unloads may reach the core past the route: either way the edit is kept.)
  await page.reload();
  const again = page.getByRole('dialog');
  await expect(again.getByLabel('Topik')).toHaveValue('Promo Harbolnas 12.12 serba 50%', AFTER_RELOAD);

  await page.unroute('**/api/slots.update');
  await page.evaluate(CORE_BACK);
  await expect.poll(async () => (await apiCall(core.url, 'slots.get', { id: slot.id })).topic).toBe('Promo Harbolnas 12.12 serba 50%');
  await expect(again.getByText('Tersimpan', { exact: true })).toBeVisible();
});

test('Escape in a dialog opened from the post drawer closes only that dialog', async ({ page, core }) => {
  const { slot } = await clientWithPost(core.url);
  await page.goto(`${core.url}#/calendar/${slot.id}`);
  const drawer = page.getByRole('dialog', { name: 'Promo Harbolnas' });
  await drawer.getByRole('button', { name: 'Riwayat' }).click();
  const history = page.getByRole('dialog', { name: 'Riwayat — Instagram' });
  await expect(history).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();
  await expect(drawer).toBeVisible();
  // Escape in the drawer itself still closes it.
  await drawer.getByLabel('Topik').focus();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
});

test('a client edited and reloaded at once loses nothing', async ({ page, core }) => {
  const { client } = await clientWithPost(core.url);
  await page.goto(`${core.url}#/clients/${client.id}`);
  await page.getByLabel('Brand voice').fill('Santai, akrab, pakai gw-lo ke anak muda');
  await page.reload();
  await expect(page.getByLabel('Brand voice')).toHaveValue('Santai, akrab, pakai gw-lo ke anak muda', AFTER_RELOAD);
  await expect.poll(async () => (await apiCall(core.url, 'clients.get', { id: client.id })).brandVoice).toBe('Santai, akrab, pakai gw-lo ke anak muda');
  // Leaving for another screen and back: still there, no Save button needed.
  await page.getByLabel('Catatan').fill('Tagihan tiap tanggal 25');
  await page.goto(`${core.url}#/calendar`);
  await expect.poll(async () => (await apiCall(core.url, 'clients.get', { id: client.id })).notes).toBe('Tagihan tiap tanggal 25');
});

test('a new client half typed survives a reload', async ({ page, core }) => {
  await clientWithPost(core.url);
  await page.goto(`${core.url}#/clients/new`);
  await page.getByLabel('Nama klien').fill('Batik Larasati');
  await page.getByLabel('Brand voice').fill('Anggun dan hangat');
  await page.reload();
  await expect(page.getByText('Perubahan yang belum tersimpan sudah dipulihkan')).toBeVisible();
  await expect(page.getByLabel('Nama klien')).toHaveValue('Batik Larasati');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Klien “Batik Larasati” dibuat')).toBeVisible();
  await page.goto(`${core.url}#/clients/new`);
  await expect(page.getByLabel('Nama klien')).toHaveValue('');
});

test('a campaign edited and reloaded at once loses nothing; a new one asks before Escape discards it', async ({ page, core }) => {
  const { client } = await clientWithPost(core.url);
  await apiCall(core.url, 'campaigns.create', { clientId: client.id, name: 'Harbolnas 12.12', startDate: '2026-12-08', endDate: '2026-12-12', color: '#b45309' });
  await page.goto(`${core.url}#/campaigns`);
  await page.getByRole('button', { name: /Harbolnas 12\.12/ }).click();
  const drawer = page.getByRole('dialog', { name: 'Harbolnas 12.12' });
  await drawer.getByLabel('Catatan').fill('Giveaway tiap hari, pemenang diumumin jam 9 malem');
  await page.reload();
  await page.getByRole('button', { name: /Harbolnas 12\.12/ }).click();
  await expect(page.getByRole('dialog').getByLabel('Catatan')).toHaveValue('Giveaway tiap hari, pemenang diumumin jam 9 malem');
  const [saved] = await apiCall(core.url, 'campaigns.list', {});
  expect(saved!.notes).toBe('Giveaway tiap hari, pemenang diumumin jam 9 malem');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Kampanye baru' }).click();
  const fresh = page.getByRole('dialog', { name: 'Kampanye baru' });
  await fresh.getByLabel('Nama kampanye').fill('Ramadan 2027');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Buang kampanye baru ini?' });
  await expect(ask).toBeVisible();
  // Escape in the question closes the question only.
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(fresh.getByLabel('Nama kampanye')).toHaveValue('Ramadan 2027');
  await page.keyboard.press('Escape');
  await ask.getByRole('button', { name: 'Buang' }).click();
  await expect(fresh).toBeHidden();
});
