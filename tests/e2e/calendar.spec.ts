import type { Page } from '@playwright/test';
import { apiCall } from './api';
import { test, expect } from './core';

/** The calendar opens on "today": pin it to 2 December 2026, 10:00 in Jakarta. */
async function openCalendar(page: Page, url: string) {
  await page.clock.setFixedTime(new Date('2026-12-02T03:00:00Z'));
  await page.goto(url + '#/calendar');
  await expect(page.getByRole('heading', { name: 'Desember 2026' })).toBeVisible();
}
const day = (page: Page, date: string) => page.locator(`[role="cell"][data-date="${date}"]`).first();

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}
async function centerOf(page: Page, locator: ReturnType<Page['locator']>) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function kopi(url: string, timezone = 'Asia/Jakarta') {
  return apiCall(url, 'clients.create', { name: 'Kopi Senja', color: '#b45309', timezone });
}

test('select days to create a campaign', async ({ page, core }) => {
  await kopi(core.url);
  await openCalendar(page, core.url);
  const from = await centerOf(page, day(page, '2026-12-08'));
  const to = await centerOf(page, day(page, '2026-12-11'));
  await drag(page, from, to);

  const drawer = page.getByRole('dialog', { name: 'Kampanye baru' });
  await expect(drawer.getByLabel('Mulai', { exact: true })).toHaveValue('Sel, 8 Des 2026');
  await expect(drawer.getByLabel('Selesai', { exact: true })).toHaveValue('Jum, 11 Des 2026');
  await drawer.getByLabel('Nama kampanye').fill('Harbolnas 12.12 Kopi');
  await drawer.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Kampanye “Harbolnas 12.12 Kopi” dibuat')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Harbolnas 12.12 Kopi' }).first()).toBeVisible();
  const [campaign] = await apiCall(core.url, 'campaigns.list', {});
  expect(campaign).toMatchObject({ name: 'Harbolnas 12.12 Kopi', startDate: '2026-12-08', endDate: '2026-12-11' });
});

test('drag a post to another day, keep its time, and find it there after a reload', async ({ page, core }) => {
  const c = await kopi(core.url);
  const slot = await apiCall(core.url, 'slots.create', { clientId: c.id, startsAt: '2026-12-10T12:00:00.000Z', topic: 'Promo kopi susu' });
  await openCalendar(page, core.url);
  const ev = day(page, '2026-12-10').getByRole('button', { name: /Promo kopi susu/ });
  await expect(ev).toContainText('19.00');
  await drag(page, await centerOf(page, ev), await centerOf(page, day(page, '2026-12-17')));
  await expect(page.getByText('Dipindah ke Kamis, 17 Des 2026 19.00 WIB')).toBeVisible();

  await page.reload();
  await expect(day(page, '2026-12-17').getByRole('button', { name: /Promo kopi susu/ })).toBeVisible();
  await expect(day(page, '2026-12-10').getByRole('button', { name: /Promo kopi susu/ })).toHaveCount(0);
  expect((await apiCall(core.url, 'slots.get', { id: slot.id })).startsAt).toBe('2026-12-17T12:00:00.000Z');
});

test('filter by client from the sidebar', async ({ page, core }) => {
  const a = await kopi(core.url);
  const b = await apiCall(core.url, 'clients.create', { name: 'Batik Larasati', color: '#7c3aed' });
  await apiCall(core.url, 'slots.create', { clientId: a.id, startsAt: '2026-12-09T12:00:00.000Z', topic: 'Kopi pagi' });
  await apiCall(core.url, 'slots.create', { clientId: b.id, startsAt: '2026-12-09T13:00:00.000Z', topic: 'Motif parang' });
  await openCalendar(page, core.url);
  const cal = page.locator('.rc-calendar');
  await expect(cal.getByRole('button', { name: /Kopi pagi/ })).toBeVisible();
  await expect(cal.getByRole('button', { name: /Motif parang/ })).toBeVisible();

  await page.getByRole('navigation').getByRole('button', { name: 'Batik Larasati' }).click();
  await expect(cal.getByRole('button', { name: /Motif parang/ })).toBeVisible();
  await expect(cal.getByRole('button', { name: /Kopi pagi/ })).toHaveCount(0);

  await page.getByRole('navigation').getByRole('button', { name: 'Semua klien' }).click();
  await expect(cal.getByRole('button', { name: /Kopi pagi/ })).toBeVisible();
});

test('toggle the holiday layer, and it stays off after a reload', async ({ page, core }) => {
  await kopi(core.url);
  await openCalendar(page, core.url);
  const harbolnas = day(page, '2026-12-12').getByText('Harbolnas 12.12');
  await expect(harbolnas).toBeVisible();
  await expect(day(page, '2026-12-25').getByText('Kelahiran Yesus Kristus')).toBeVisible();

  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByRole('checkbox', { name: 'Hari libur & momen' }).uncheck();
  await expect(harbolnas).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Desember 2026' })).toBeVisible();
  await expect(day(page, '2026-12-12').getByText('Harbolnas 12.12')).toHaveCount(0);
});

test('drag an idea onto a day and get a post', async ({ page, core }) => {
  await kopi(core.url);
  await openCalendar(page, core.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Kopi Senja' }).click();
  const panel = page.getByRole('complementary', { name: 'Panel perencanaan' });
  await panel.getByRole('textbox', { name: 'Ide baru' }).fill('Behind the scenes roasting');
  await panel.getByRole('button', { name: 'Tambah ide' }).click();
  const idea = panel.getByRole('listitem').filter({ hasText: 'Behind the scenes roasting' });
  await expect(idea).toBeVisible();

  await drag(page, await centerOf(page, idea), await centerOf(page, day(page, '2026-12-15')));
  await expect(page.getByText('Ide “Behind the scenes roasting” masuk kalender')).toBeVisible();
  await expect(day(page, '2026-12-15').getByRole('button', { name: /Behind the scenes roasting/ })).toBeVisible();
  await expect(idea).toHaveCount(0);
  const [slot] = await apiCall(core.url, 'slots.list', { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
  expect(slot).toMatchObject({ topic: 'Behind the scenes roasting', status: 'idea', startsAt: '2026-12-15T12:00:00.000Z' });
});

test.describe('in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('a WIT client’s post shows at its WIT time, labelled', async ({ page, core }) => {
    const c = await kopi(core.url, 'Asia/Jayapura');
    await apiCall(core.url, 'slots.create', { clientId: c.id, startsAt: '2026-12-10T10:00:00.000Z', topic: 'Kopi Wamena' });
    await openCalendar(page, core.url);
    const ev = day(page, '2026-12-10').getByRole('button', { name: /Kopi Wamena/ });
    await expect(ev).toContainText('19.00 WIT');
    await ev.click();
    const drawer = page.getByRole('dialog', { name: 'Kopi Wamena' });
    await expect(drawer.getByLabel('Jam', { exact: true })).toHaveValue('19');
    await expect(drawer.getByLabel('Menit', { exact: true })).toHaveValue('00');
    await expect(drawer.getByLabel('Tanggal')).toHaveValue('Kam, 10 Des 2026');
  });
});

test('switches between month, week, list and year, in Indonesian and English', async ({ page, core }) => {
  const c = await kopi(core.url);
  await apiCall(core.url, 'slots.create', { clientId: c.id, startsAt: '2026-12-02T12:00:00.000Z', topic: 'Menu baru' });
  await openCalendar(page, core.url);
  const views = page.getByRole('radiogroup', { name: 'Tampilan kalender' });
  await views.getByText('Minggu', { exact: true }).click();
  await expect(page.getByRole('heading', { name: /^30 Nov.*6 Des 2026$/ })).toBeVisible();
  await expect(page.locator('.rc-calendar').getByRole('button', { name: /Menu baru/ })).toBeVisible();
  await views.getByText('Daftar', { exact: true }).click();
  await expect(page.locator('.rc-calendar').getByText('Menu baru')).toBeVisible();
  await views.getByText('Tahun', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '2026' })).toBeVisible();

  await apiCall(core.url, 'settings.update', { language: 'en' });
  await page.reload();
  await page.getByRole('radiogroup', { name: 'Calendar view' }).getByText('Month', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'December 2026' })).toBeVisible();
});

test('a weekly cadence shows placeholders until a post fills them', async ({ page, core }) => {
  const c = await kopi(core.url);
  await apiCall(core.url, 'cadences.create', { clientId: c.id, platform: 'instagram', format: 'feed', weekdays: [1, 3, 5], time: '19:00' });
  await openCalendar(page, core.url);
  // Wednesday 9 December: an empty Instagram feed slot at 19:00.
  const placeholder = day(page, '2026-12-09').getByRole('button', { name: /\+ Instagram Feed/ });
  await expect(placeholder).toContainText('19.00');
  await expect(day(page, '2026-12-08').getByRole('button', { name: /\+ Instagram Feed/ })).toHaveCount(0);
  await placeholder.click();

  await expect(page.getByText('Postingan ditambahkan pada Rabu, 9 Des 2026 19.00 WIB')).toBeVisible();
  await expect(page.getByRole('dialog').getByLabel('Tanggal')).toHaveValue('Rab, 9 Des 2026');
  await page.getByRole('button', { name: 'Tutup postingan' }).click();
  await expect(day(page, '2026-12-09').getByRole('button', { name: /\+ Instagram Feed/ })).toHaveCount(0);
  const [slot] = await apiCall(core.url, 'slots.list', { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
  expect(slot).toMatchObject({ format: 'feed', startsAt: '2026-12-09T12:00:00.000Z', variants: [{ platform: 'instagram', plain: '' }] });
});

test('delete a post and undo it', async ({ page, core }) => {
  const c = await kopi(core.url);
  const slot = await apiCall(core.url, 'slots.create', { clientId: c.id, startsAt: '2026-12-10T12:00:00.000Z', topic: 'Kopi gula aren' });
  await openCalendar(page, core.url);
  await day(page, '2026-12-10').getByRole('button', { name: /Kopi gula aren/ }).click();
  await page.getByRole('dialog', { name: 'Kopi gula aren' }).getByRole('button', { name: 'Hapus' }).click();
  await expect(page.getByText('Postingan dihapus')).toBeVisible();
  await expect(day(page, '2026-12-10').getByRole('button', { name: /Kopi gula aren/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(day(page, '2026-12-10').getByRole('button', { name: /Kopi gula aren/ })).toBeVisible();
  expect((await apiCall(core.url, 'slots.get', { id: slot.id })).topic).toBe('Kopi gula aren');
});

test('keyboard: arrows move months, T comes back to today', async ({ page, core }) => {
  await kopi(core.url);
  await openCalendar(page, core.url);
  await page.getByRole('heading', { name: 'Desember 2026' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'Januari 2027' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { name: 'Februari 2027' })).toBeVisible();
  await page.keyboard.press('t');
  await expect(page.getByRole('heading', { name: 'Desember 2026' })).toBeVisible();
});

test('the Ideas page collects ideas that then wait in the calendar’s idea bank', async ({ page, core }) => {
  await kopi(core.url);
  await page.goto(core.url + '#/ideas');
  await page.getByLabel('Ide', { exact: true }).fill('Kuis tebak biji kopi');
  await page.getByRole('textbox', { name: 'Pilar konten' }).fill('games');
  await page.getByLabel('Catatan (hook, referensi, mekanisme)').fill('Hadiah voucher 50rb untuk 3 pemenang');
  await page.getByRole('button', { name: 'Tambah ide' }).click();
  await expect(page.getByText('Ide “Kuis tebak biji kopi” ditambahkan')).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: 'Kuis tebak biji kopi' })).toContainText('Hadiah voucher 50rb');

  await page.getByRole('link', { name: 'Kalender' }).click();
  await expect(page.getByRole('complementary').getByRole('listitem').filter({ hasText: 'Kuis tebak biji kopi' })).toBeVisible();
});
