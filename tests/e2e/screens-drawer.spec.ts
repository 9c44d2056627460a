import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { apiCall } from './api';
import { test, expect as baseExpect, tempDataDir } from './core';

/**
 * Screenshots of the post drawer with visuals, approval and history, in both languages and
 * themes at 1440×900, for people to look at (RENCANA_SCREENSHOTS=1; not part of npm test).
 */
test.skip(!process.env.RENCANA_SCREENSHOTS, 'screenshots only with RENCANA_SCREENSHOTS=1');
test.setTimeout(600_000);
const expect = baseExpect.configure({ timeout: 90_000 });
const OUT = path.resolve(import.meta.dirname, '../../test-results/screens');

test('post drawer with visuals, light and dark, Indonesian and English', async ({ page, core }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T03:00:00Z'));
  const dir = tempDataDir();
  const colors = ['#8d5b3c', '#e0a458', '#2e86de', '#c0392b'];
  const files: string[] = [];
  for (const [i, c] of colors.entries()) {
    const f = path.join(dir, `kopi-${i + 1}.jpg`);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1200"><rect width="1200" height="1200" fill="${c}"/><circle cx="600" cy="560" r="300" fill="#fff" fill-opacity="0.25"/><text x="600" y="620" font-size="160" text-anchor="middle" fill="#fff" font-family="sans-serif">12.12</text></svg>`;
    await sharp(Buffer.from(svg)).jpeg().toFile(f);
    files.push(f);
  }
  const client = await apiCall(core.url, 'clients.create', { name: 'Kopi Senja', color: '#b45309', accounts: [{ platform: 'instagram', handle: '@kopisenja' }] });
  const slot = await apiCall(core.url, 'slots.create', {
    clientId: client.id,
    startsAt: '2026-12-12T12:00:00.000Z',
    topic: 'Promo Harbolnas 12.12',
    pillar: 'promo',
    visualBrief: 'Foto produk kopi susu gula aren, latar oranye, teks 12.12 besar.',
  });
  await apiCall(core.url, 'variants.save', { slotId: slot.id, platform: 'instagram', doc: null, plain: 'Harbolnas 12.12 ☕ Diskon 50% semua kopi susu, hari ini saja!\n\n#KopiSenja #Harbolnas' });
  await apiCall(core.url, 'assets.add', { slotId: slot.id, paths: files });
  await apiCall(core.url, 'slots.approveOutside', { id: slot.id, note: 'OK lewat WhatsApp, Bu Sari' });
  await apiCall(core.url, 'variants.save', { slotId: slot.id, platform: 'instagram', doc: null, plain: 'Harbolnas 12.12 ☕ Diskon 50% semua kopi susu, sampai jam 12 malam!\n\n#KopiSenja #Harbolnas' });
  await apiCall(core.url, 'comments.add', { slotId: slot.id, text: 'Klien minta foto kedua jadi sampul.' });

  fs.mkdirSync(OUT, { recursive: true });
  for (const language of ['id', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      await apiCall(core.url, 'settings.update', { language, theme });
      await page.goto(`${core.url}#/calendar/${slot.id}`);
      const drawer = page.getByRole('dialog', { name: 'Promo Harbolnas 12.12' });
      await expect(drawer.locator('img[src^="data:image/jpeg"]').first()).toBeVisible();
      await expect(drawer.locator('img[src^="data:image/jpeg"]')).toHaveCount(5);
      await page.screenshot({ path: path.join(OUT, `drawer-${language}-${theme}.png`) });
      await drawer.getByRole('region', { name: language === 'id' ? 'Riwayat' : 'History' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(OUT, `drawer-history-${language}-${theme}.png`) });
    }
  }
  await page.goto(`${core.url}#/calendar`);
  const ev = page.locator('.rc-ev--slot', { hasText: 'Promo Harbolnas 12.12' });
  await ev.hover();
  await expect(page.locator('.rc-hovercard img').first()).toBeVisible();
  await page.screenshot({ path: path.join(OUT, 'calendar-hover-en-dark.png') });
});
