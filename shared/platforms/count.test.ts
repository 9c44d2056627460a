import { describe, expect, it } from 'vitest';
import { checkCopy, countFor } from './check';
import { codePointOffset, nfcToOriginal, threadsCount, utf16Count, utf8Count, xCount } from './count';
import { findEmoji } from './entities';
import { randomCopy, rng } from './fuzz';
import { tokenize } from './tokens';
import { parseTweet } from './twitter';

const SAMPLE =
  'Promo Harbolnas 12.12 🎉🔥 diskon s/d 50%! Cek di https://example.com/promo?utm_source=x #Harbolnas';

const x = (s: string): number => countFor('x', s).length;
const overFrom = (p: Parameters<typeof checkCopy>[0], s: string): number | undefined =>
  checkCopy(p, s).issues.find((i) => i.code === 'over-limit')?.from;

describe('X weighted length (twitter-text)', () => {
  it('matches the reference sample: 84', () => {
    expect(x(SAMPLE)).toBe(84);
    expect(parseTweet(SAMPLE).weightedLength).toBe(84);
  });

  it('counts emoji sequences and flags as 2', () => {
    expect(x('👨‍👩‍👧')).toBe(2); // ZWJ family
    expect(x('🇮🇩')).toBe(2); // flag
    expect(x('👍🏽')).toBe(2); // skin tone
    expect(x('1️⃣')).toBe(2); // keycap
    expect(x('🏴󠁧󠁢󠁥󠁮󠁧󠁿')).toBe(2); // tag sequence
    expect(x('🎉🔥 ok')).toBe(7);
  });

  it('counts every URL as 23, with or without a scheme', () => {
    expect(x('https://example.com/a/very/long/path?with=query&and=more')).toBe(23);
    expect(x('toko.id')).toBe(23);
    expect(x('www.toko.co.id/promo')).toBe(23);
    expect(x('cek toko.id sekarang')).toBe(4 + 23 + 9);
    expect(x('12.12')).toBe(5); // not a URL
  });

  it('counts CJK as 2 and Latin with accents as 1', () => {
    expect(x('中文字')).toBe(6);
    expect(x('日本 ok')).toBe(7);
    expect(x('café Ångström')).toBe(13);
  });

  it('counts NFD text as its NFC form, like X', () => {
    expect(x('cafe\u0301')).toBe(4);
    expect(x('A\u030Angstro\u0308m')).toBe(8);
  });

  it('is 0 for empty text', () => {
    expect(x('')).toBe(0);
    expect(countFor('x', '')).toEqual({ length: 0, limit: 280, unit: 'weighted' });
  });

  it('equals parseTweet on the whole text for random tricky copy', () => {
    const rand = rng(1212);
    for (let i = 0; i < 400; i++) {
      let s = randomCopy(rand, 1 + Math.floor(rand() * 60), ['\uFEFF', '\uFFFE']);
      if (i % 4 === 0) s = s.replace(/ /g, ''); // long runs without spaces
      expect(x(s), JSON.stringify(s)).toBe(parseTweet(s).weightedLength);
    }
  });

  it('gives parseTweet the same neighbours as in the whole text', () => {
    // At the very start twitter-text reads "öa.om" as "ö" + URL "a.om"; after a space, as one URL.
    for (const s of ['öa.om', ' öa.om', 'x öa.com y', '🎉toko.id', 'ö'.repeat(40) + ' a.com', '#a.com', '@b.com']) {
      expect(x(s), s).toBe(parseTweet(s).weightedLength);
    }
  });

  it('puts the over-limit offset right after parseTweet validRangeEnd (inclusive)', () => {
    const rand = rng(280);
    let checked = 0;
    for (let i = 0; i < 300; i++) {
      const s = randomCopy(rand, 40 + Math.floor(rand() * 80)).normalize('NFC'); // see next test for NFD
      const p = parseTweet(s);
      if (p.weightedLength <= 280) continue;
      expect(xCount(s, tokenize(s), 280).cut, JSON.stringify(s)).toBe(p.validRangeEnd + 1);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('maps the over-limit offset of NFD text to the same place in its NFC form', () => {
    const rand = rng(2812);
    let checked = 0;
    for (let i = 0; i < 300; i++) {
      const s = randomCopy(rand, 40 + Math.floor(rand() * 80), ['cafe\u0301', 'e\u0301e\u0301', 'n\u0303o']);
      const n = s.normalize('NFC');
      if (n === s) continue;
      const p = parseTweet(n);
      if (p.weightedLength <= 280) continue;
      const cut = xCount(s, tokenize(s), 280).cut!;
      expect(s.slice(0, cut).normalize('NFC').length, JSON.stringify(s)).toBe(p.validRangeEnd + 1);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('never cuts through a URL or an emoji', () => {
    const s = 'a'.repeat(270) + ' https://example.com/promo';
    expect(overFrom('x', s)).toBe(271); // 271 + 23 > 280: the URL is the first thing over
    const e = 'a'.repeat(279) + '👨‍👩‍👧';
    expect(overFrom('x', e)).toBe(279);
  });

  it('maps the cut back to the original offsets in NFD text', () => {
    const s = 'e\u0301'.repeat(300); // 300 é in NFD, 600 UTF-16 units
    expect(x(s)).toBe(300);
    expect(overFrom('x', s)).toBe(560); // the 281st é starts at 2 × 280
    expect(nfcToOriginal('ae\u0301c', 2)).toBe(3); // 'c'
    expect(nfcToOriginal('ae\u0301c', 1)).toBe(1); // 'é' starts at its base letter
    expect(nfcToOriginal('a🎉e\u0301', 3)).toBe(3); // after a surrogate pair
  });

  it('is within the limit at exactly 280', () => {
    expect(checkCopy('x', 'a'.repeat(280)).ok).toBe(true);
    expect(overFrom('x', 'a'.repeat(281))).toBe(280);
    expect(checkCopy('x', '中'.repeat(140)).ok).toBe(true);
    expect(overFrom('x', '中'.repeat(141))).toBe(140);
  });
});

describe('UTF-16 character count (Instagram, TikTok, Facebook, LinkedIn, Pinterest)', () => {
  it('counts UTF-16 units: emoji 2 or more, CJK 1', () => {
    expect(countFor('tiktok', '🎉')).toEqual({ length: 2, limit: 2200, unit: 'characters' });
    expect(countFor('instagram', '👨‍👩‍👧').length).toBe(8);
    expect(countFor('instagram', '中文').length).toBe(2);
    expect(countFor('linkedin', '𝗣𝗥𝗢𝗠𝗢').length).toBe(10); // "bold" letters are astral
    expect(countFor('facebook', '').length).toBe(0);
  });

  it('counts NFD as typed (never less than what the platform may count)', () => {
    expect(countFor('instagram', 'cafe\u0301').length).toBe(5);
    expect(countFor('instagram', 'café').length).toBe(4);
  });

  it('cuts at the limit without splitting a surrogate pair', () => {
    expect(utf16Count('a'.repeat(10), 10).cut).toBeNull();
    expect(utf16Count('a'.repeat(11), 10).cut).toBe(10);
    expect(utf16Count('a'.repeat(9) + '🎉', 10).cut).toBe(9);
    expect(overFrom('pinterest', 'a'.repeat(801))).toBe(800);
  });
});

describe('UTF-8 bytes (YouTube description)', () => {
  it('counts bytes', () => {
    expect(utf8Count('abc', null).length).toBe(3);
    expect(utf8Count('é', null).length).toBe(2);
    expect(utf8Count('中', null).length).toBe(3);
    expect(utf8Count('🎉', null).length).toBe(4);
    expect(utf8Count('🇮🇩', null).length).toBe(8);
    expect(utf8Count('\uD800', null).length).toBe(3); // lone surrogate → U+FFFD
    expect(countFor('youtube', 'cafe\u0301')).toEqual({ length: 6, limit: 5000, unit: 'bytes' });
  });

  it('cuts where the cumulative byte count crosses the limit', () => {
    expect(utf8Count('aaaa', 4).cut).toBeNull();
    expect(utf8Count('aaa中', 4).cut).toBe(3);
    expect(utf8Count('aa🎉', 5).cut).toBe(2);
    const s = '中'.repeat(1667); // 5,001 bytes in 1,667 characters
    expect(countFor('youtube', s).length).toBe(5001);
    expect(overFrom('youtube', s)).toBe(1666);
    expect(checkCopy('youtube', '中'.repeat(1666) + 'ab').ok).toBe(true);
  });
});

describe('Threads (emoji as UTF-8 bytes, other characters 1)', () => {
  const threads = (s: string): number => countFor('threads', s).length;

  it('weighs emoji by bytes', () => {
    expect(threads('abc')).toBe(3);
    expect(threads('🎉')).toBe(4);
    expect(threads('🇮🇩')).toBe(8);
    expect(threads('👍🏽')).toBe(8);
    expect(threads('❤️')).toBe(6);
    expect(threads('1️⃣')).toBe(7);
    expect(threads('👨‍👩‍👧')).toBe(18);
    expect(threads('🏴󠁧󠁢󠁥󠁮󠁧󠁿')).toBe(28);
    expect(threads(SAMPLE)).toBe(SAMPLE.length - 4 + 8);
  });

  it('counts other characters once per code point, CJK included', () => {
    expect(threads('中文字')).toBe(3);
    expect(threads('𝗣𝗥𝗢𝗠𝗢')).toBe(5);
    expect(threads('cafe\u0301')).toBe(5);
    expect(threads('')).toBe(0);
  });

  it('cuts before the emoji that crosses 500', () => {
    const s = 'a'.repeat(497) + '🎉';
    expect(threads(s)).toBe(501);
    expect(overFrom('threads', s)).toBe(497);
    expect(checkCopy('threads', 'a'.repeat(496) + '🎉').ok).toBe(true);
    const t = 'a'.repeat(300) + ' ' + '中'.repeat(200);
    expect(threadsCount(t, findEmoji(t, tokenize(t)), 500).cut).toBe(500);
  });
});

describe('codePointOffset', () => {
  it('steps over surrogate pairs', () => {
    expect(codePointOffset('🎉🎉🎉', 2)).toEqual({ offset: 4, more: true });
    expect(codePointOffset('abc', 5)).toEqual({ offset: 3, more: false });
  });
});
