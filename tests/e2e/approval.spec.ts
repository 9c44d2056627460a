import fs from 'node:fs';
import ICAL from 'ical.js';
import { apiCall } from './api';
import { test, expect as baseExpect } from './core';

// Shared machine: generous waits, never an assertion on time.
test.setTimeout(420_000);
const expect = baseExpect.configure({ timeout: 45_000 });
const FIRST_LOAD = { timeout: 90_000 };

async function fixture(url: string) {
  const client = await apiCall(url, 'clients.create', { name: 'Kopi Senja', color: '#b45309', accounts: [{ platform: 'instagram', handle: '@kopisenja' }] });
  const slot = await apiCall(url, 'slots.create', { clientId: client.id, startsAt: '2026-12-12T12:00:00.000Z', topic: 'Promo Harbolnas 12.12' });
  await apiCall(url, 'variants.save', { slotId: slot.id, platform: 'instagram', doc: null, plain: 'Promo 12.12 ☕' });
  return { client, slot };
}

test('status: a refused move says why; approved outside the app with a note; an edit marks it changed; posted asks for the link', async ({ page, core }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T03:00:00Z'));
  const { slot } = await fixture(core.url);
  await page.goto(`${core.url}#/calendar/${slot.id}`);
  const drawer = page.getByRole('dialog', { name: 'Promo Harbolnas 12.12' });
  const status = drawer.getByRole('button', { name: /^Status: / });
  await expect(status).toHaveAccessibleName('Status: Draf', FIRST_LOAD);

  // "Approved" is not a step the user takes by hand: the core refuses and the drawer says why.
  await status.click();
  await page.getByRole('menuitem', { name: 'Disetujui', exact: true }).click();
  await expect(drawer.getByRole('alert')).toContainText('Hanya klien yang menyetujui post');
  expect((await apiCall(core.url, 'slots.get', { id: slot.id })).status).toBe('draft');

  // Approved outside the app, with a note saying how.
  await status.click();
  await page.getByRole('menuitem', { name: 'Disetujui di luar aplikasi…' }).click();
  const modal = page.getByRole('dialog', { name: 'Disetujui di luar aplikasi' });
  await expect(modal.getByRole('button', { name: 'Catat persetujuan' })).toBeDisabled();
  await modal.getByRole('textbox', { name: 'Bagaimana klien menyetujuinya?' }).fill('OK lewat WhatsApp, Bu Sari');
  await modal.getByRole('button', { name: 'Catat persetujuan' }).click();
  await expect(status).toHaveAccessibleName('Status: Disetujui');
  await expect(drawer.getByText(/^Disetujui di luar aplikasi pada /)).toBeVisible();
  const history = drawer.getByRole('region', { name: 'Riwayat' });
  await expect(history.getByRole('listitem').filter({ hasText: 'Draf → Disetujui' })).toContainText('OK lewat WhatsApp, Bu Sari');
  const approved = await apiCall(core.url, 'slots.get', { id: slot.id });
  expect(approved).toMatchObject({ status: 'approved', changedSinceApproval: false, approval: { source: 'outside' } });

  // Editing the approved copy: "changed since approval" in the drawer…
  const editor = drawer.getByRole('textbox', { name: 'Copy Instagram' });
  await editor.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' diskon 50%');
  await expect(drawer.getByText('Berubah sejak disetujui').first()).toBeVisible();
  await expect.poll(async () => (await apiCall(core.url, 'slots.get', { id: slot.id })).changedSinceApproval).toBe(true);

  // …and on the calendar event.
  await drawer.getByRole('button', { name: 'Tutup postingan' }).click();
  await expect(page.locator('.rc-ev--slot', { hasText: 'Promo Harbolnas 12.12' }).getByRole('img', { name: 'Berubah sejak disetujui klien' })).toBeVisible();

  // Posted needs the post's link: picking it asks for one.
  await page.locator('.rc-ev--slot', { hasText: 'Promo Harbolnas 12.12' }).click();
  await status.click();
  await page.getByRole('menuitem', { name: 'Terjadwal' }).click();
  await expect(status).toHaveAccessibleName('Status: Terjadwal');
  await status.click();
  await page.getByRole('menuitem', { name: 'Terbit' }).click();
  const posted = page.getByRole('dialog', { name: 'Tandai sudah terbit' });
  await posted.getByRole('textbox', { name: 'Tautan post yang sudah tayang' }).fill('https://www.instagram.com/p/Cx12ab/');
  await posted.getByRole('button', { name: 'Tandai terbit' }).click();
  await expect(status).toHaveAccessibleName('Status: Terbit');
  expect(await apiCall(core.url, 'slots.get', { id: slot.id })).toMatchObject({ status: 'posted', postUrl: 'https://www.instagram.com/p/Cx12ab/' });

  // A note of one's own joins the history with its author.
  await history.getByRole('textbox', { name: 'Tambah catatan' }).fill('Klien minta jam 19.00');
  await history.getByRole('button', { name: 'Simpan catatan' }).click();
  await expect(history.getByRole('listitem').filter({ hasText: 'Klien minta jam 19.00' })).toContainText('Anda');
});

test('the calendar’s .ics download holds the client’s posts and campaigns and parses back', async ({ page, core }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T03:00:00Z'));
  const { client, slot } = await fixture(core.url);
  await apiCall(core.url, 'campaigns.create', { clientId: client.id, name: 'Harbolnas', startDate: '2026-12-10', endDate: '2026-12-12', color: '#ff0000' });
  await page.goto(`${core.url}#/calendar`);
  await page.getByRole('button', { name: 'Unduh .ics' }).click(FIRST_LOAD);
  const dialog = page.getByRole('dialog', { name: 'Unduh file kalender (.ics)' });
  await expect(dialog.getByRole('textbox', { name: 'Klien' })).toHaveValue('Kopi Senja');
  // The period reads the Indonesian way in the date pickers.
  await expect(dialog.getByLabel('Dari')).toHaveValue('Sel, 1 Des 2026');
  await expect(dialog.getByLabel('Sampai')).toHaveValue('Kam, 31 Des 2026');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Unduh', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Kopi-Senja-2026-12-01-2026-12-31.ics');
  const text = fs.readFileSync((await file.path())!, 'utf8');
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.map((e) => e.summary).sort()).toEqual(['Kampanye: Harbolnas', 'Promo Harbolnas 12.12 (Instagram)']);
  const post = events.find((e) => e.uid === `slot-${slot.id}@rencana`)!;
  expect(post.startDate.toJSDate().toISOString()).toBe('2026-12-12T12:00:00.000Z');
  expect(post.description).toContain('Promo 12.12 ☕');
  await expect(page.getByText(/Kopi-Senja-2026-12-01-2026-12-31\.ics tersimpan: 1 post, 1 kampanye/)).toBeVisible();
});
