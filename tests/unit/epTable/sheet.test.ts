import { describe, expect, it } from 'vitest';
import { detectHeaderRow, mapHeaders, matchHeader } from '../../../shared/epSheet/fields';
import { composeCopy, parseSheet } from '../../../shared/epSheet/rows';
import { readDate, readFormat, readPlatforms, readStatus, readTime } from '../../../shared/epSheet/values';

describe('reading EP dates as people write them', () => {
  it.each([
    ['1/2/2027', '2027-02-01'],
    ['01-02-27', '2027-02-01'],
    ['1.2.2027', '2027-02-01'],
    ['2027-02-01', '2027-02-01'],
    ['Senin, 1 Februari 2027', '2027-02-01'],
    ['Sen, 1 Feb 2027', '2027-02-01'],
    ['1 Feb 2027', '2027-02-01'],
    ['1-Feb-2027', '2027-02-01'],
    ['17 Agustus 2027', '2027-08-17'],
    ['Monday, 1 February 2027', '2027-02-01'],
    ['February 1, 2027', '2027-02-01'],
    ["Jum'at, 5 Februari 2027", '2027-02-05'],
  ])('%s → %s', (text, iso) => {
    expect(readDate(text, 2026).date).toBe(iso);
  });
  it('reads Excel serial numbers and date cells', () => {
    expect(readDate(46419, 2026).date).toBe('2027-02-01');
    expect(readDate(new Date(Date.UTC(2027, 1, 1)), 2026).date).toBe('2027-02-01');
  });
  it('flags a weekday that does not match, a guessed year and nonsense', () => {
    expect(readDate('Selasa, 1 Februari 2027', 2026)).toEqual({ date: '2027-02-01', weekdayMismatch: true });
    expect(readDate('1 Februari', 2027)).toEqual({ date: '2027-02-01', yearGuessed: true });
    expect(readDate('31/2/2027', 2026).date).toBeNull();
    expect(readDate('besok', 2026).date).toBeNull();
    expect(readDate(3, 2026).date).toBeNull();
  });
});

describe('reading EP times', () => {
  it.each([
    ['19.00', '19:00'],
    ['19:00', '19:00'],
    ['19.00 WIB', '19:00'],
    ['7 PM', '19:00'],
    ['7.30 pm', '19:30'],
    ['12 AM', '00:00'],
    ['jam 9', '09:00'],
    ['pukul 08.15', '08:15'],
  ])('%s → %s', (text, hhmm) => {
    expect(readTime(text)).toBe(hhmm);
  });
  it('reads time cells, day fractions and 19.3 typed as a number', () => {
    expect(readTime(new Date(Date.UTC(1899, 11, 30, 19, 45)))).toBe('19:45');
    expect(readTime(0.8125)).toBe('19:30');
    expect(readTime(19.3)).toBe('19:30');
    expect(readTime(19)).toBe('19:00');
    expect(readTime('25.00')).toBeNull();
    expect(readTime('sore')).toBeNull();
  });
});

describe('platforms, formats and statuses', () => {
  it('splits combined platform cells', () => {
    expect(readPlatforms('IG, FB').platforms).toEqual(['instagram', 'facebook']);
    expect(readPlatforms('IG/TikTok').platforms).toEqual(['instagram', 'tiktok']);
    expect(readPlatforms('Instagram & Twitter').platforms).toEqual(['instagram', 'x']);
    expect(readPlatforms('IG Reels + TT')).toEqual({ platforms: ['instagram', 'tiktok'], unknown: [], format: 'reel' });
    expect(readPlatforms('Tik Tok dan YouTube').platforms).toEqual(['tiktok', 'youtube']);
    expect(readPlatforms('Snapchat')).toEqual({ platforms: [], unknown: ['snapchat'] });
  });
  it('reads formats and statuses in both languages', () => {
    expect(readFormat('Reels')).toBe('reel');
    expect(readFormat('Carousel / Slide')).toBe('carousel');
    expect(readFormat('Artikel')).toBe('article');
    expect(readFormat('Hologram')).toBeNull();
    expect(readStatus('Review')).toBe('in_review');
    expect(readStatus('Disetujui')).toBe('approved');
    expect(readStatus('Sudah tayang')).toBe('posted');
    expect(readStatus('on progress')).toBe('draft');
    expect(readStatus('???')).toBeNull();
  });
});

describe('headers', () => {
  it('maps Indonesian and English names and their variants', () => {
    expect(mapHeaders(['No.', 'Hari / Tanggal', 'Waktu', 'Channel', 'Pilar Konten', 'Jenis Konten', 'Judul', 'Brief Visual', 'Copywriting', 'Tagar', 'CTA/Link', 'PIC', 'Status', 'Kampanye'])).toEqual([
      'no', 'date', 'time', 'platform', 'pillar', 'format', 'topic', 'visual', 'caption', 'hashtags', 'link', 'pic', 'status', 'campaign',
    ]);
    expect(mapHeaders(['Tgl', 'Time', 'Konten', 'Caption (IG)', 'Unknown'])).toEqual(['date', 'time', 'caption', 'ignore', 'ignore']);
    expect(matchHeader('Caption (IG)')).toBe('caption');
    expect(matchHeader('Tanggal Posting')).toBe('date');
  });
  it('finds the header under title rows, and none in prose', () => {
    const grid = [['EDITORIAL PLAN KOPI SENJA'], ['Periode: Februari 2027'], [], ['No', 'Tanggal', 'Jam', 'Topik', 'Caption'], ['1', '1/2/2027']];
    expect(detectHeaderRow(grid)).toBe(3);
    expect(detectHeaderRow([['Dear client,'], ['here is the plan']])).toBe(-1);
  });
});

describe('parseSheet', () => {
  const opts = { fallbackYear: 2027, defaultTime: '19:00', defaultPlatform: 'instagram' as const };
  it('joins one-row-per-platform rows into one post with a copy per platform', () => {
    const grid = [
      ['Tanggal', 'Jam', 'Platform', 'Topik', 'Caption'],
      ['1/2/2027', '19.00', 'IG', 'Promo', 'Caption IG'],
      ['1/2/2027', '19.00', 'TikTok', 'Promo', 'Caption TikTok'],
      ['1/2/2027', '19.00', 'IG', 'Promo', 'Second IG post, same topic'],
    ];
    const sheet = parseSheet(grid, opts)!;
    expect(sheet.posts).toHaveLength(2);
    expect(sheet.posts[0]!.variants).toEqual([
      { platform: 'instagram', plain: 'Caption IG' },
      { platform: 'tiktok', plain: 'Caption TikTok' },
    ]);
    expect(sheet.posts[0]!.rows).toEqual([2, 3]);
  });
  it('uses a given mapping for headerless rows (a paste)', () => {
    const sheet = parseSheet([['2027-02-01', '08:00', 'FB', 'Halo']], { ...opts, headerless: true, mapping: ['date', 'time', 'platform', 'topic'] })!;
    expect(sheet.headerRow).toBe(-1);
    expect(sheet.posts[0]).toMatchObject({ date: '2027-02-01', time: '08:00', topic: 'Halo', variants: [{ platform: 'facebook', plain: '' }] });
  });
  it('adds hashtags to the copy unless it already carries them', () => {
    expect(composeCopy('Halo', '#a #b')).toBe('Halo\n\n#a #b');
    expect(composeCopy('Halo #a #b', '#a #b')).toBe('Halo #a #b');
    expect(composeCopy('Halo', 'kopi, promo')).toBe('Halo\n\n#kopi #promo');
  });
});
