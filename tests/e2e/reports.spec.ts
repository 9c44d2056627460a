import fs from 'node:fs';
import path from 'node:path';
import { apiCall } from './api';
import { expect, test, tempDataDir } from './core';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/metrics');
const SHOTS = path.resolve(import.meta.dirname, '../.tmp/screenshots');

/** Three Instagram posts on Mondays at 05:00 Pacific = 19:00 WIB: enough for a suggested prime time. */
function mondaysCsv(dir: string): string {
  const head = '"Post ID","Account username","Description","Publish time","Permalink","Post type","Date","Views","Reach","Likes","Shares","Comments","Saves"';
  const rows = ['07/06/2026', '07/13/2026', '07/20/2026'].map(
    (d, i) => `"1790000000000010${i}","kopisenja","Senin malam ngopi ${i}","${d} 05:00","https://www.instagram.com/p/MON${i}/","IG image","Lifetime","900","700","${100 + i * 50}","5","9","4"`,
  );
  const file = path.join(dir, 'mondays.csv');
  fs.writeFileSync(file, '\uFEFF' + [head, ...rows].join('\n'));
  return file;
}

test('import a month of exports, read KPI and heat map, adopt a prime time, export the report', async ({ core, page }) => {
  test.setTimeout(600_000); // four imports, a Chromium print and eight screenshots on a shared machine
  const client = await apiCall(core.url, 'clients.create', { name: 'Kopi Senja', color: '#8b5e3c', timezone: 'Asia/Jakarta' });
  const campaign = await apiCall(core.url, 'campaigns.create', {
    clientId: client.id,
    name: 'Kemerdekaan',
    startDate: '2026-07-01',
    endDate: '2026-07-31',
    color: '#c92a2a',
    kpiTargets: [
      { metric: 'Reach', target: 10000, unit: '' },
      { metric: 'Engagement rate', target: 10, unit: '%' },
    ],
  });
  const tips = await apiCall(core.url, 'slots.create', { clientId: client.id, campaignId: campaign.id, startsAt: '2026-07-15T11:00:00Z', platforms: ['instagram'], topic: 'Tips kopi tubruk' });
  await apiCall(core.url, 'variants.save', { slotId: tips.id, platform: 'instagram', doc: null, plain: 'Tips menyeduh kopi tubruk di rumah' });
  await apiCall(core.url, 'slots.approveOutside', { id: tips.id, note: 'WhatsApp' });
  await apiCall(core.url, 'slots.update', { id: tips.id, patch: { status: 'scheduled' } });

  await page.goto(core.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Laporan' }).click();
  await expect(page.getByRole('heading', { name: 'Laporan', level: 2 })).toBeVisible();
  const period = page.getByLabel('Periode', { exact: true });
  // The screen opens on last month; the fixtures are July 2026.
  for (let i = 0; i < 36 && !(await period.textContent())?.includes('Juli 2026'); i++) {
    const text = (await period.textContent()) ?? '';
    await page.getByRole('button', { name: 'Bulan sebelumnya' }).click();
    await expect(period).not.toHaveText(text);
  }
  await expect(period).toHaveText('Juli 2026');

  const importFile = async (file: string, rows: number, how: 'pick' | 'type' = 'type') => {
    if (how === 'pick') {
      // Picked like a user does: the browser hands the file to the core, which previews it at once.
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Pilih file ekspor…' }).click();
      await (await chooser).setFiles(file);
    } else {
      await page.getByLabel('Lokasi file ekspor').fill(file);
      await page.getByRole('button', { name: 'Pratinjau' }).click();
    }
    await expect(page.getByRole('status', { name: 'Impor metrik' })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'baris' })).toContainText(`${rows} baris`, { timeout: 60_000 });
    await page.getByRole('button', { name: `Impor ${rows} baris` }).click();
    await expect(page.getByRole('status', { name: 'Impor metrik' })).toContainText(/baru, \d+ diperbarui/, { timeout: 60_000 });
  };
  await importFile(path.join(FIXTURES, 'meta-instagram-posts.csv'), 3);
  await importFile(path.join(FIXTURES, 'Content_kopisenja.zip'), 2, 'pick');
  await importFile(path.join(FIXTURES, 'youtube-id.zip'), 2);
  await importFile(mondaysCsv(core.dataDir), 3);

  // The reel matched its EP post, which is now posted with the URL from the export.
  const slot = await apiCall(core.url, 'slots.get', { id: tips.id });
  expect(slot).toMatchObject({ status: 'posted', postUrl: 'https://www.instagram.com/reel/KS0002/' });

  const kpi = page.getByRole('table', { name: 'KPI klien bulan ini' });
  await expect(kpi.getByRole('row', { name: /Reach/ })).toContainText('10.000');
  await expect(kpi.getByRole('row', { name: /Engagement rate/ })).toContainText('(jangkauan) × 100');
  const heat = page.getByRole('region', { name: /Waktu terbaik/ });
  await expect(heat.getByRole('img', { name: /Waktu terbaik/ })).toBeVisible();
  await heat.getByRole('button', { name: 'Pakai sebagai prime time: Instagram Sen 19.00' }).click();
  await expect(heat.getByText('Prime time', { exact: true })).toBeVisible();
  expect(await apiCall(core.url, 'primeTimes.list', { clientId: client.id })).toEqual([{ platform: 'instagram', weekday: 1, time: '19:00', source: 'suggested' }]);

  await page.getByLabel('Ringkasan').fill('Reach naik berkat reel tips.');
  await page.getByRole('button', { name: 'Simpan catatan' }).click();
  await expect(page.getByText('Catatan disimpan.')).toBeVisible();

  const out = tempDataDir();
  await page.getByLabel('Folder tujuan').fill(out);
  await page.getByRole('button', { name: 'Ekspor PDF' }).click();
  const saved = page.getByRole('status', { name: 'Ekspor laporan' });
  await expect(saved).toContainText(/Laporan disimpan: .*\.pdf/, { timeout: 120_000 });
  await page.getByRole('button', { name: 'Ekspor XLSX' }).click();
  await expect(saved).toContainText(/Laporan disimpan: .*\.xlsx/, { timeout: 60_000 });
  expect(fs.readdirSync(out).sort()).toEqual(['Kopi Senja-Laporan-2026-07-01_2026-07-31.pdf', 'Kopi Senja-Laporan-2026-07-01_2026-07-31.xlsx']);
  fs.mkdirSync(SHOTS, { recursive: true });
  fs.copyFileSync(path.join(out, 'Kopi Senja-Laporan-2026-07-01_2026-07-31.pdf'), path.join(SHOTS, 'report.pdf'));

});

test('reports screen screenshots: Indonesian and English, light and dark, 1440×900', async ({ core, page }) => {
  test.setTimeout(600_000); // a shared 2-core machine renders slowly; nothing here is timed
  const client = await apiCall(core.url, 'clients.create', { name: 'Kopi Senja', color: '#8b5e3c', timezone: 'Asia/Jakarta' });
  await apiCall(core.url, 'campaigns.create', {
    clientId: client.id, name: 'Kemerdekaan', startDate: '2026-07-01', endDate: '2026-07-31', color: '#c92a2a',
    kpiTargets: [{ metric: 'Reach', target: 10000, unit: '' }, { metric: 'Engagement rate', target: 10, unit: '%' }],
  });
  for (const f of ['meta-instagram-posts.csv', 'Content_kopisenja.zip', 'youtube-id.zip']) {
    await apiCall(core.url, 'metrics.apply', { path: path.join(FIXTURES, f), clientId: client.id, exportDate: '2026-08-02' });
  }
  await apiCall(core.url, 'metrics.apply', { path: mondaysCsv(core.dataDir), clientId: client.id });
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.goto(`${core.url}#/reports`);
  await page.evaluate(() => localStorage.setItem('rencana.ui.reportsMonth', JSON.stringify('2026-07-01')));
  for (const theme of ['light', 'dark'] as const) {
    for (const language of ['id', 'en'] as const) {
      await apiCall(core.url, 'settings.update', { theme, language });
      await page.reload();
      const period = page.getByLabel(language === 'id' ? 'Periode' : 'Period', { exact: true });
      for (let i = 0; i < 36 && !/(Juli|July) 2026/.test((await period.textContent()) ?? ''); i++) {
        const text = (await period.textContent()) ?? '';
        await page.getByRole('button', { name: language === 'id' ? 'Bulan sebelumnya' : 'Previous month' }).click();
        await expect(period).not.toHaveText(text);
      }
      await expect(page.getByRole('table', { name: language === 'id' ? 'KPI klien bulan ini' : 'Client KPI this month' })).toBeVisible({ timeout: 60_000 });
      await page.screenshot({ path: path.join(SHOTS, `reports-${language}-${theme}.png`) });
      await page.getByRole('region', { name: language === 'id' ? /Waktu terbaik/ : /Best time/ }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, `reports-${language}-${theme}-heatmap.png`) });
    }
  }
});
