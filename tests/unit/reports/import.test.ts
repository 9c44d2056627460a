import { execFileSync } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../../fixtures/metrics/make-ids';
import { tempDir, testCore } from '../core/helpers';

const fx = (name: string) => path.join(import.meta.dirname, '../../fixtures/metrics', name);

/** A client in WIB with a July campaign, two EP posts the Instagram export should find. */
async function setup() {
  const t = testCore();
  const client = await t.call('clients.create', { name: 'Kopi Senja', color: '#8b5e3c', timezone: 'Asia/Jakarta' });
  const campaign = await t.call('campaigns.create', {
    clientId: client.id,
    name: 'Kemerdekaan',
    startDate: '2026-07-01',
    endDate: '2026-07-31',
    color: '#c92a2a',
    kpiTargets: [
      { metric: 'Reach', target: 10000, unit: '' },
      { metric: 'Engagement rate', target: 10, unit: '%' },
      { metric: 'Leads', target: 20, unit: '' },
    ],
  });
  const tips = await t.call('slots.create', { clientId: client.id, campaignId: campaign.id, startsAt: '2026-07-15T11:00:00Z', platforms: ['instagram'], topic: 'Tips kopi tubruk' });
  await t.call('variants.save', { slotId: tips.id, platform: 'instagram', doc: null, plain: 'Tips menyeduh kopi tubruk di rumah ☕ #kopisenja' });
  await t.call('slots.approveOutside', { id: tips.id, note: 'Disetujui lewat WhatsApp' });
  await t.call('slots.update', { id: tips.id, patch: { status: 'scheduled' } });
  const carousel = await t.call('slots.create', { clientId: client.id, campaignId: campaign.id, startsAt: '2026-07-20T09:00:00Z', platforms: ['instagram'], postUrl: 'https://www.instagram.com/p/KS0003/' });
  return { ...t, client, campaign, tips, carousel };
}

describe('metrics import', () => {
  it('previews, applies, matches posts, updates on re-import and undoes', async () => {
    const { call, fail, client, tips, carousel } = await setup();
    const preview = await call('metrics.preview', { path: fx('meta-instagram-posts.csv'), clientId: client.id });
    expect(preview.source).toBe('meta');
    expect(preview.counts).toMatchObject({ rows: 3, ok: 3, new: 3, updated: 0, matched: 2 });
    expect(preview.period).toEqual({ from: '2026-07-15', to: '2026-08-01' });
    expect(preview.rows.find((r) => r.externalId === '17900000000000002')!.match).toMatchObject({ slotId: tips.id, kind: 'auto' });
    expect(preview.rows.find((r) => r.externalId === '17900000000000003')!.match).toMatchObject({ slotId: carousel.id, kind: 'url' });
    // Preview writes nothing.
    expect(await call('metrics.list', { clientId: client.id, from: '2026-01-01', to: '2026-12-31' })).toHaveLength(0);

    const applied = await call('metrics.apply', { path: fx('meta-instagram-posts.csv'), clientId: client.id });
    expect(applied).toMatchObject({ added: 3, updated: 0, matched: 2, urlsFilled: 1, markedPosted: 1, unmatched: 1 });
    // The carousel was never approved: matched, but the machine keeps it out of "posted".
    expect(applied.notPosted).toEqual([{ slotId: carousel.id, status: 'draft' }]);
    const posted = await call('slots.get', { id: tips.id });
    expect(posted).toMatchObject({ status: 'posted', postUrl: 'https://www.instagram.com/reel/KS0002/' });
    const unmatched = await call('metrics.list', { clientId: client.id, from: '2026-07-01', to: '2026-08-31', unmatched: true });
    expect(unmatched.map((m) => m.externalId)).toEqual(['17900000000000001']);

    const again = await call('metrics.apply', { path: fx('meta-instagram-posts.csv'), clientId: client.id });
    expect(again).toMatchObject({ added: 0, updated: 3, matched: 2, urlsFilled: 0, markedPosted: 0 });
    expect(await call('metrics.list', { clientId: client.id, from: '2026-01-01', to: '2026-12-31' })).toHaveLength(3);

    // The first import cannot be undone while the later one that touched the same posts stands.
    expect(await fail('metrics.undo', { importId: applied.importId })).toMatchObject({ code: 'conflict', details: { reason: 'later_import' } });
    await call('metrics.undo', { importId: again.importId });
    expect(await call('metrics.list', { clientId: client.id, from: '2026-01-01', to: '2026-12-31' })).toHaveLength(3);
    await call('metrics.undo', { importId: applied.importId });
    expect(await call('metrics.list', { clientId: client.id, from: '2026-01-01', to: '2026-12-31' })).toHaveLength(0);
    expect(await call('slots.get', { id: tips.id })).toMatchObject({ status: 'scheduled', postUrl: '' });
    const history = await call('metrics.imports', { clientId: client.id });
    expect(history.every((h) => h.undoneAt !== null)).toBe(true);
  });

  it('a hand match fills the URL and marks the post posted', async () => {
    const { call, client, campaign } = await setup();
    await call('metrics.apply', { path: fx('meta-instagram-posts.csv'), clientId: client.id });
    const lone = (await call('metrics.list', { clientId: client.id, from: '2026-08-01', to: '2026-08-01', unmatched: true }))[0]!;
    const slot = await call('slots.create', { clientId: client.id, campaignId: campaign.id, startsAt: '2026-07-31T12:00:00Z', platforms: ['instagram'] });
    await call('slots.approveOutside', { id: slot.id, note: 'ok by phone' });
    await call('slots.update', { id: slot.id, patch: { status: 'scheduled' } });
    const res = await call('metrics.match', { metricId: lone.id, slotId: slot.id });
    expect(res).toMatchObject({ urlFilled: true, markedPosted: true, metric: { slotId: slot.id, matchKind: 'manual' } });
    expect(await call('slots.get', { id: slot.id })).toMatchObject({ status: 'posted', postUrl: 'https://www.instagram.com/p/KS0001/' });
  });

  it('a failed import changes nothing', async () => {
    const { call, fail, client } = await setup();
    const missing = await fail('metrics.apply', { path: '/nonexistent/file.csv', clientId: client.id });
    expect(missing.code).toBe('file_missing');
    expect(await call('metrics.imports', { clientId: client.id })).toHaveLength(0);
  });
});

describe('report', () => {
  it('computes KPI against targets with the formula, per campaign and per month, and the previous month', async () => {
    const { call, client, campaign } = await setup();
    await call('metrics.apply', { path: fx('meta-instagram-posts.csv'), clientId: client.id });
    await call('metrics.apply', { path: fx('Content_kopisenja.zip'), clientId: client.id, exportDate: '2026-08-02' });
    await call('metrics.apply', { path: fx('tweet_activity_metrics_kopisenja_20260601_20260630_en.csv'), clientId: client.id });
    await call('reports.saveNotes', { clientId: client.id, from: '2026-07-01', to: '2026-07-31', notes: { summary: 'Bulan yang baik', insights: HOSTILE, nextPlan: 'Lebih banyak reel', leads: 12 } });

    const r = await call('reports.get', { clientId: client.id, from: '2026-07-01', to: '2026-07-31' });
    // July in WIB: reel (15 Jul), carousel (20 Jul) and the TikTok of 28 Jul; the 31 Jul Pacific post is 1 Aug in Jakarta.
    expect(r.totals.posts).toBe(3);
    expect(r.totals.metrics.reach).toBe(9000 + 1500);
    // Engagements = likes + comments + shares + saves: reel 800+60+120+150, carousel 90+12+3+10, TikTok 2100+85+40.
    expect(r.totals.engagements).toBe(1130 + 115 + 2225);
    // ER by reach counts only posts that report reach (TikTok does not).
    expect(r.totals.erNumerator).toBe(1245);
    expect(r.totals.erDenominator).toBe(10500);
    expect(r.totals.er).toBeCloseTo(1245 / 10500, 10);
    expect(r.previous).toEqual({ from: '2026-06-01', to: '2026-06-30' });
    expect(r.previousTotals).toMatchObject({ posts: 1, engagements: 210 + 12 + 30 });

    const camp = r.campaigns.find((c) => c.id === campaign.id)!;
    expect(camp.totals.posts).toBe(2); // only the posts matched to the campaign's EP posts
    const reach = camp.kpis.find((k) => k.key === 'reach')!;
    expect(reach).toMatchObject({ target: 10000, actual: 10500, progress: 1.05, formula: { key: 'sum', params: { field: 'reach', posts: 2 } } });
    const er = camp.kpis.find((k) => k.key === 'er')!;
    expect(er.actual).toBeCloseTo((1245 / 10500) * 100, 8);
    expect(er.formula).toEqual({ key: 'er', params: { base: 'reach', numerator: 1245, denominator: 10500 } });
    expect(camp.kpis.find((k) => k.key === 'leads')).toMatchObject({ actual: 12, progress: 0.6 });
    expect(r.kpis.map((k) => k.key)).toEqual(['reach', 'er', 'leads']);
    expect(r.kpis[0]).toMatchObject({ actual: 10500 });

    expect(r.byPlatform.map((b) => [b.key, b.totals.posts])).toEqual([['tiktok', 1], ['instagram', 2]]);
    expect(r.top[0]).toMatchObject({ platform: 'tiktok', engagements: 2225 });

    await call('reports.updateSettings', { clientId: client.id, settings: { erBase: 'followers', followers: { instagram: 10000, tiktok: 5000 } } });
    const byFollowers = await call('reports.get', { clientId: client.id, from: '2026-07-01', to: '2026-07-31' });
    expect(byFollowers.totals.er).toBeCloseTo((1245 + 2225) / 15000, 10);
    await call('reports.updateSettings', { clientId: client.id, settings: { erBase: 'impressions' } });
    expect((await call('reports.get', { clientId: client.id, from: '2026-07-01', to: '2026-07-31' })).totals.er).toBeNull();
  });

  it('counts the heat map per weekday and hour in the client zone and says when data is thin', async () => {
    const { call, client } = await setup();
    await call('metrics.apply', { path: fx('meta-instagram-posts.csv'), clientId: client.id });
    await call('metrics.apply', { path: fx('Content_kopisenja.zip'), clientId: client.id, exportDate: '2026-08-02' });
    await call('metrics.apply', { path: fx('youtube-id.zip'), clientId: client.id });
    const r = await call('reports.get', { clientId: client.id, from: '2026-07-01', to: '2026-07-31' });
    const cells = r.heatmap.cells.map((c) => [c.weekday, c.hour, c.posts]);
    // Reel Wed 15 Jul 18:00 WIB, carousel Mon 20 Jul 16:15, TikTok Tue 28 Jul 19:05, TikTok Tue 30 Dec 2025 20:00.
    expect(cells).toEqual([
      [1, 16, 1],
      [2, 19, 1],
      [2, 20, 1],
      [3, 18, 1],
    ]);
    expect(r.heatmap).toMatchObject({ timedPosts: 4, untimedPosts: 2, thin: true, minPosts: 3 });
    expect(r.suggestions).toEqual([]);
  });

  it('exports the report as PDF (text checked with pdftotext) and XLSX with hostile text kept as text', async () => {
    const { call, client } = await setup();
    await call('metrics.apply', { path: fx('meta-instagram-posts.csv'), clientId: client.id });
    await call('reports.saveNotes', { clientId: client.id, from: '2026-07-01', to: '2026-07-31', notes: { summary: 'Reach naik berkat reel', insights: HOSTILE, nextPlan: 'Fokus promo gajian', leads: 12 } });
    const out = tempDir();
    const pdf = await call('reports.export', { clientId: client.id, from: '2026-07-01', to: '2026-07-31', format: 'pdf', outDir: out, language: 'id' });
    expect(path.basename(pdf.path)).toBe('Kopi Senja-Laporan-2026-07-01_2026-07-31.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Laporan bulanan — Kopi Senja');
    expect(text).toContain('1–31 Juli 2026');
    expect(text).toContain('KPI terhadap target');
    expect(text).toContain('Kemerdekaan');
    expect(text).toMatch(/Reach 10\.000 10\.500 105%/);
    // pdftotext splits the small-print numerator's digit groups; the formula itself reads whole.
    expect(text).toContain('÷ 10.500 (jangkauan) × 100');
    expect(text).toContain('Engagement rate = engagement ÷ jangkauan');
    expect(text).toContain('Reach naik berkat reel');
    // The hostile caption and commentary print as their own characters (the RTL override reorders a few).
    expect(text).toContain('<script>alert(');
    expect(text).toContain('=HYPERLINK(');

    const xlsx = await call('reports.export', { clientId: client.id, from: '2026-07-01', to: '2026-07-31', format: 'xlsx', outDir: out, language: 'en' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx.path);
    const summary = wb.getWorksheet('Summary')!;
    const cells = summary.getSheetValues().flat().filter((v) => typeof v === 'string');
    expect(cells).toContain(HOSTILE);
    let hostileType: number | undefined;
    summary.eachRow((row) => row.eachCell((c) => (c.value === HOSTILE && c.master === c ? (hostileType = c.type) : undefined)));
    expect(hostileType).toBe(ExcelJS.ValueType.String);
    const kpi = wb.getWorksheet('KPI')!;
    expect(kpi.getRow(2).values).toEqual([undefined, 'Client KPI this month', 'Reach', 10000, 10500, 1.05, 'Σ Reach over 2 posts']);
  }, 120_000); // starts a real Chromium to print
});
