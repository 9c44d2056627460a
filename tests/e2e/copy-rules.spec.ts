import { apiCall } from './api';
import { test, expect } from './core';

test('the client’s banned words and required hashtags, and the slot’s link, are checked in the copy', async ({ page, core }) => {
  const client = await apiCall(core.url, 'clients.create', {
    name: 'Klinik Gigi Senyum Ceria',
    color: '#0891b2',
    timezone: 'Asia/Makassar',
    bannedWords: ['pasti sembuh'],
    requiredHashtags: ['#SenyumCeria'],
  });
  const slot = await apiCall(core.url, 'slots.create', { clientId: client.id, startsAt: '2026-12-12T03:00:00.000Z', topic: 'Promo scaling', link: 'senyumceria.id/promo' });
  await apiCall(core.url, 'variants.save', {
    slotId: slot.id,
    platform: 'x',
    doc: null,
    plain: 'Gigi kuning? Scaling di Senyum Ceria, dijamin Pasti Sembuh! Bukan kemurahan hati, ini promo.',
  });
  await page.goto(`${core.url}#/calendar/${slot.id}`);
  const panel = page.getByRole('dialog').getByRole('tabpanel', { name: 'X' });
  const checks = panel.getByRole('list', { name: 'Pemeriksaan X' });
  // Matched as a whole word whatever its case, quoting the words as written; "kemurahan" does not trip anything.
  await expect(checks.getByRole('listitem').filter({ hasText: 'Klien melarang kata "pasti sembuh"' })).toContainText('di “Pasti Sembuh”');
  await expect(checks.getByRole('listitem')).toHaveCount(3);
  await expect(checks.getByRole('listitem').filter({ hasText: 'Hashtag wajib #SenyumCeria belum ada' })).toBeVisible();
  await expect(checks.getByRole('listitem').filter({ hasText: 'Link slot (senyumceria.id/promo) belum ada di teks' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /^X/ })).toContainText('1');

  // The client's page edits the rules; the form keeps them.
  await page.goto(`${core.url.split('?')[0]}#/clients/${client.id}`);
  await expect(page.getByText('pasti sembuh', { exact: true })).toBeVisible();
  await expect(page.getByText('#SenyumCeria', { exact: true })).toBeVisible();
});
