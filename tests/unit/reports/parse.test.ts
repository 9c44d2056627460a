import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExport } from '../../../electron/core/metrics/parse';
import { parseNumber, parseMonthDay, recoverYear, snowflakeTime, tiktokIdTime } from '../../../shared/metrics/values';
import { HOSTILE, snowflake, tiktokId } from '../../fixtures/metrics/make-ids';
import { tempDir } from '../core/helpers';

const fx = (name: string) => path.join(import.meta.dirname, '../../fixtures/metrics', name);
const WIB = 'Asia/Jakarta';

describe('platform exports, parsed field by field', () => {
  it('Meta Instagram CSV with BOM: Pacific publish time converted to WIB, across the month boundary', async () => {
    const p = await parseExport({ path: fx('meta-instagram-posts.csv') }, WIB);
    expect(p.source).toBe('meta');
    expect(p.sourceZone).toBe('America/Los_Angeles');
    expect(p.headers[0]).toBe('Post ID'); // the BOM does not stick to the first header
    expect(p.rows).toHaveLength(3);
    const [a, b, c] = p.rows;
    expect(a).toMatchObject({
      platform: 'instagram',
      externalId: '17900000000000001',
      url: 'https://www.instagram.com/p/KS0001/',
      caption: 'Promo kemerdekaan: diskon 17% semua kopi susu!',
      postType: 'IG image',
      // 07/31/2026 10:30 PDT = 17:30 UTC = 00:30 WIB on 1 August.
      publishedAt: '2026-07-31T17:30:00Z',
      date: '2026-08-01',
      metrics: { views: 5400, reach: 4321, likes: 300, shares: 25, follows: 7, comments: 40, saves: 35 },
      problems: [],
      ok: true,
    });
    expect(b).toMatchObject({ platform: 'instagram', publishedAt: '2026-07-15T11:00:00Z', date: '2026-07-15', metrics: { reach: 9000, saves: 150 } });
    // Hostile text stays text: nothing is evaluated or stripped.
    expect(c!.caption).toBe(HOSTILE);
    expect(c!.date).toBe('2026-07-20');
  });

  it('Meta Facebook file in UTF-16LE with sep= line and a header holding commas', async () => {
    const p = await parseExport({ path: fx('meta-facebook-utf16.csv') }, WIB);
    expect(p.source).toBe('meta');
    expect(p.headers).toContain('Reactions, Comments and Shares');
    expect(p.rows).toHaveLength(1);
    expect(p.rows[0]).toMatchObject({
      platform: 'facebook',
      externalId: '123_456',
      caption: 'Menu baru: es kopi gula aren 🍹',
      publishedAt: '2026-07-03T03:00:00Z', // 20:00 PDT on 2 July
      date: '2026-07-03',
      metrics: { impressions: 3000, reach: 2500, likes: 100, comments: 25, shares: 15, clicks: 60 },
    });
  });

  it('YouTube Indonesian zip: Total row skipped, Penayangan is views and Tayangan impressions', async () => {
    const p = await parseExport({ path: fx('youtube-id.zip') }, WIB);
    expect(p.source).toBe('youtube');
    expect(p.sheet).toBe('Data tabel.csv');
    expect(p.skipped).toBe(1);
    expect(p.rows).toHaveLength(2);
    expect(p.rows[0]).toMatchObject({
      platform: 'youtube',
      externalId: 'dQw4w9WgXcQ',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      caption: 'Cara bikin kopi susu kekinian',
      publishedAt: null,
      date: '2026-07-03',
      metrics: { views: 12000, impressions: 180000, follows: 50, watchHours: 700.25 },
    });
    // An id starting with "-" arrives with a leading space (reference §4): trimmed.
    expect(p.rows[1]).toMatchObject({ externalId: '-abcdEFGh1', date: '2026-07-21', metrics: { views: 3400, impressions: 30000 } });
    expect(p.headers.find((h) => h === 'Rasio klik-tayang dari tayangan (%)')).toBeTruthy();
  });

  it('TikTok Content zip without years: upload time from the video id, year recovered from the export date', async () => {
    const p = await parseExport({ path: fx('Content_kopisenja.zip'), exportDate: '2026-08-02' }, WIB);
    expect(p.source).toBe('tiktok');
    const [a, b] = p.rows;
    expect(a).toMatchObject({
      platform: 'tiktok',
      externalId: tiktokId('2026-07-28T12:05:00Z'),
      caption: 'Kopi susu 10 ribu? Cobain! #kopisenja',
      publishedAt: '2026-07-28T12:05:00Z',
      date: '2026-07-28',
      metrics: { likes: 2100, comments: 85, shares: 40, views: 31000 },
    });
    expect(b).toMatchObject({ date: '2025-12-30', publishedAt: '2025-12-30T13:00:00Z', problems: [] });
  });

  it('X content export: date-only column, time restored from the Snowflake id', async () => {
    const p = await parseExport({ path: fx('account_analytics_content_2026-07-01_2026-07-31.csv') }, WIB);
    expect(p.source).toBe('x');
    expect(p.exportDate).toBe('2026-07-31');
    expect(p.rows[0]).toMatchObject({
      platform: 'x',
      externalId: snowflake('2026-07-14T12:00:00Z'),
      caption: 'Senja hari ini ditemani kopi apa?',
      publishedAt: '2026-07-14T12:00:00Z',
      date: '2026-07-14',
      metrics: { impressions: 8000, likes: 120, saves: 15, shares: 18, follows: 3, comments: 22, clicks: 9 },
    });
  });

  it('X legacy tweet_activity_metrics: UTC times with +0000, favorites as likes', async () => {
    const p = await parseExport({ path: fx('tweet_activity_metrics_kopisenja_20260601_20260630_en.csv') }, WIB);
    expect(p.source).toBe('x_legacy');
    expect(p.rows[0]).toMatchObject({
      platform: 'x',
      externalId: '1803000000000000001',
      publishedAt: '2026-06-20T09:00:00Z',
      date: '2026-06-20',
      metrics: { impressions: 12500, likes: 210, shares: 30, comments: 12, clicks: 55, follows: 5 },
    });
  });

  it('LinkedIn XLSX: the All posts sheet under its title row, text and real date cells', async () => {
    const p = await parseExport({ path: fx('linkedin-content.xlsx') }, WIB);
    expect(p.source).toBe('linkedin');
    expect(p.sheet).toContain('All posts');
    expect(p.rows).toHaveLength(2);
    expect(p.rows[0]).toMatchObject({
      platform: 'linkedin',
      externalId: '7350000000000000001',
      caption: 'Kopi Senja membuka lowongan barista',
      date: '2026-07-14',
      metrics: { impressions: 4200, clicks: 180, likes: 95, comments: 14, shares: 6, follows: 9 },
    });
    expect(p.rows[1]).toMatchObject({ date: '2026-07-22', metrics: { impressions: 2100 } });
  });

  it('refuses a file that is no analytics export with a clear error', async () => {
    const f = path.join(tempDir(), 'belanja.csv');
    fs.writeFileSync(f, 'Nama,Harga\nKopi,10000\n');
    await expect(parseExport({ path: f }, WIB)).rejects.toMatchObject({ code: 'file_unreadable', details: { reason: 'unknown_export' } });
    const zip = path.join(tempDir(), 'broken.zip');
    fs.writeFileSync(zip, Buffer.from('PK\u0003\u0004garbage'));
    await expect(parseExport({ path: zip }, WIB)).rejects.toMatchObject({ code: 'file_unreadable' });
  });

  it('an unknown header can be mapped by hand, and a bad number is a row problem', async () => {
    const f = path.join(tempDir(), 'meta.csv');
    fs.writeFileSync(f, 'Post ID,Publish time,Permalink,Post type,Jangkauan unik,Likes\n1,07/01/2026 10:00,https://www.instagram.com/p/X1/,IG image,500,lots\n');
    const auto = await parseExport({ path: f }, WIB);
    expect(auto.mapping[4]).toBeNull();
    expect(auto.rows[0]!.problems).toEqual([{ code: 'bad_number', column: 'Likes', value: 'lots' }]);
    const mapped = await parseExport({ path: f, mapping: ['postId', 'publishTime', 'url', 'postType', 'reach', null] }, WIB);
    expect(mapped.rows[0]!.metrics).toEqual({ reach: 500 });
  });
});

describe('cell values', () => {
  it('reads separators and abbreviations', () => {
    expect(parseNumber('5,431')).toBe(5431);
    expect(parseNumber('5.431')).toBe(5431);
    expect(parseNumber('1.2K')).toBe(1200);
    expect(parseNumber('2,5', true)).toBe(2.5);
    expect(parseNumber('--')).toBeNull();
    expect(parseNumber('abc')).toBeNaN();
  });
  it('recovers the year of a month-day from the export date', () => {
    expect(recoverYear(parseMonthDay('September 25')!, '2026-10-02')).toBe('2026-09-25');
    expect(recoverYear(parseMonthDay('25 Desember')!, '2026-10-02')).toBe('2025-12-25');
    expect(recoverYear(parseMonthDay('9月13日')!, '2026-10-02')).toBe('2026-09-13');
  });
  it('reads times from ids', () => {
    expect(tiktokIdTime(tiktokId('2026-07-28T12:05:00Z'))).toBe('2026-07-28T12:05:00Z');
    expect(snowflakeTime(snowflake('2026-07-14T12:00:00Z'))).toBe('2026-07-14T12:00:00Z');
  });
});
