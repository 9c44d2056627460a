import { describe, expect, it } from 'vitest';
import { PLATFORMS, type Platform } from '../domain/platforms';
import { checkAll, checkCopy, countFor, refusals, type CheckContext, type Issue, type IssueCode } from './check';

const SAMPLE =
  'Promo Harbolnas 12.12 🎉🔥 diskon s/d 50%! Cek di https://example.com/promo?utm_source=x #Harbolnas';

const codes = (p: Platform, text: string, ctx?: CheckContext): IssueCode[] =>
  checkCopy(p, text, ctx).issues.map((i) => i.code);
const only = (p: Platform, text: string, code: IssueCode, ctx?: CheckContext): Issue[] =>
  checkCopy(p, text, ctx).issues.filter((i) => i.code === code);
const spans = (text: string, issues: Issue[]): string[] => issues.map((i) => text.slice(i.from, i.to));

describe('result shape', () => {
  it('reports platform, length, limit, unit and ok', () => {
    expect(checkCopy('x', SAMPLE)).toMatchObject({ platform: 'x', length: 84, limit: 280, unit: 'weighted', ok: true });
    expect(checkCopy('youtube', SAMPLE)).toMatchObject({ limit: 5000, unit: 'bytes', ok: true });
    expect(checkCopy('blog', SAMPLE, { headline: 'Promo' })).toMatchObject({ limit: null, unit: 'characters', ok: true, issues: [] });
  });

  it('names each message by an i18n key with its parameters, never in a language', () => {
    const r = checkAll('a'.repeat(3000) + ' <b> #a #a', { bannedWords: ['b'], requiredHashtags: ['x'], link: 'toko.id' });
    for (const p of PLATFORMS) {
      for (const i of r[p].issues) {
        expect(i.message.key).toMatch(/^checks\.[a-zA-Z]+$/);
        expect(Object.keys(i.message)).toEqual(['key', 'params']);
      }
    }
    expect(only('youtube', 'a'.repeat(5001), 'over-limit')[0]!.message).toEqual({
      key: 'checks.overLimitBytes',
      params: { platform: 'YouTube', limit: 5000, over: 1, context: 'description' },
    });
  });

  it('reports empty text as info, and the required hashtags it still lacks', () => {
    const r = checkAll('   ', { requiredHashtags: ['#TokoKita'], link: 'https://toko.id' });
    for (const p of PLATFORMS) {
      expect(r[p].ok).toBe(true);
      const expected = ['required-hashtag-missing', 'empty'];
      expect(r[p].issues.map((i) => i.code)).toEqual(p === 'blog' ? ['headline-missing', ...expected] : expected);
    }
    expect(checkAll('').x.issues.map((i) => i.code)).toEqual(['empty']);
    expect(checkCopy('x', '').length).toBe(0);
  });

  it('sorts errors first, then by position', () => {
    const r = checkCopy('instagram', '#a #a #b #c #d #e #f murah', { bannedWords: ['murah'] });
    const sev = r.issues.map((i) => i.severity);
    expect(sev).toEqual([...sev].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
    expect(r.issues[0]!.code).toBe('too-many-hashtags');
  });

  it('checkAll equals checkCopy per platform, and accepts a subset', () => {
    const ctx = { bannedWords: ['diskon'], requiredHashtags: ['TokoKita'], link: 'https://toko.id' };
    const all = checkAll(SAMPLE, ctx);
    expect(Object.keys(all).sort()).toEqual([...PLATFORMS].sort());
    for (const p of PLATFORMS) expect(all[p]).toEqual(checkCopy(p, SAMPLE, ctx));
    const some = checkAll(SAMPLE, ctx, ['x', 'threads']);
    expect(Object.keys(some)).toEqual(['x', 'threads']);
  });

  it('countFor agrees with checkCopy', () => {
    const text = SAMPLE.repeat(30);
    for (const p of PLATFORMS) {
      const r = checkCopy(p, text);
      expect(countFor(p, text)).toEqual({ length: r.length, limit: r.limit, unit: r.unit });
    }
  });
});

describe('over-limit', () => {
  it('says by how much', () => {
    const [i] = only('x', 'a'.repeat(292), 'over-limit');
    expect(i).toMatchObject({ severity: 'error', rule: 'platform', from: 280, to: 292 });
    expect(i!.message).toEqual({ key: 'checks.overLimit', params: { platform: 'X', limit: 280, over: 12 } });
    expect(refusals(checkCopy('x', 'a'.repeat(292)))).toEqual([i]);
  });

  it('uses each platform limit', () => {
    const limits: Partial<Record<Platform, number>> = {
      x: 280, threads: 500, pinterest: 800, instagram: 2200, tiktok: 2200, linkedin: 3000, youtube: 5000, facebook: 63206,
    };
    for (const [p, limit] of Object.entries(limits) as [Platform, number][]) {
      expect(only(p, 'a'.repeat(limit), 'over-limit'), p).toEqual([]);
      expect(only(p, 'a'.repeat(limit + 1), 'over-limit')[0]?.from, p).toBe(limit);
    }
    expect(only('blog', 'a'.repeat(200_000), 'over-limit', { headline: 'x' })).toEqual([]);
  });
});

describe('X', () => {
  it('flags invisible characters X rejects', () => {
    const text = 'halo\uFEFFsemua';
    expect(only('x', text, 'invalid-char')).toMatchObject([{ severity: 'error', from: 4, to: 5 }]);
    expect(checkCopy('x', text).ok).toBe(false);
    expect(only('instagram', text, 'invalid-char')).toEqual([]);
  });

  it('has no hashtag, mention or link limits', () => {
    const text = Array.from({ length: 10 }, (_, i) => `#t${i} @u${i} toko${i}.id`).join(' ');
    expect(codes('x', text).filter((c) => c !== 'over-limit')).toEqual([]);
  });
});

describe('Instagram', () => {
  it('errors from the 6th hashtag (limit announced Dec 2025)', () => {
    const text = '#satu #dua #tiga #empat #lima #enam #tujuh';
    const extra = only('instagram', text, 'too-many-hashtags');
    expect(spans(text, extra)).toEqual(['#enam', '#tujuh']);
    expect(extra[0]!.severity).toBe('error');
    expect(extra[0]!.message).toEqual({ key: 'checks.tooManyHashtags', params: { platform: 'Instagram', max: 5, nth: 6 } });
    expect(only('instagram', '#satu #dua #tiga #empat #lima', 'too-many-hashtags')).toEqual([]);
  });

  it('errors from the 21st mention', () => {
    const text = Array.from({ length: 22 }, (_, i) => `@user${i}`).join(' ');
    expect(spans(text, only('instagram', text, 'too-many-mentions'))).toEqual(['@user20', '@user21']);
  });

  it('warns at each link, with or without a scheme', () => {
    const text = '🎉 Cek https://toko.id/promo atau shopee.co.id/tokokita ya';
    const links = only('instagram', text, 'link-not-clickable');
    expect(spans(text, links)).toEqual(['https://toko.id/promo', 'shopee.co.id/tokokita']);
    expect(links[0]!.severity).toBe('warning');
    expect(only('facebook', text, 'link-not-clickable')).toEqual([]);
  });

  it('marks the ~125-character "more" cut as info, not inside an emoji', () => {
    const text = 'a'.repeat(200);
    expect(only('instagram', text, 'truncated-preview')).toMatchObject([{ severity: 'info', from: 125 }]);
    expect(only('instagram', 'a'.repeat(125), 'truncated-preview')).toEqual([]);
    const flag = 'a'.repeat(124) + '🇮🇩 lanjut';
    expect(only('instagram', flag, 'truncated-preview')[0]!.from).toBe(124);
    const astral = '🎉'.repeat(130); // 125 code points = 250 UTF-16 units
    expect(only('instagram', astral, 'truncated-preview')[0]!.from).toBe(250);
  });

  it('never puts the "more" cut inside a word: it moves to the word\'s start', () => {
    const text = 'Ngopi pagi '.repeat(11) + 'selengkapnya di sini'; // 121 chars, then the word
    const cut = only('instagram', text, 'truncated-preview')[0]!.from!;
    expect(cut).toBe(121);
    expect(text.slice(cut)).toMatch(/^selengkapnya/);
  });

  it('suggests "link in bio" for the slot link unless the caption already says bio', () => {
    expect(codes('instagram', 'Promo hari ini', { link: 'https://toko.id' })).toContain('link-in-bio');
    expect(codes('instagram', 'Promo hari ini, link di bio', { link: 'https://toko.id' })).not.toContain('link-in-bio');
    expect(codes('tiktok', 'Promo', { link: 'https://toko.id' })).toContain('link-in-bio');
  });
});

describe('Threads', () => {
  it('warns from the second topic tag', () => {
    const text = 'Promo #Harbolnas #PromoAkhirTahun #diskon';
    const extra = only('threads', text, 'extra-topic-tag');
    expect(spans(text, extra)).toEqual(['#PromoAkhirTahun', '#diskon']);
    expect(extra.every((i) => i.severity === 'warning')).toBe(true);
    expect(only('threads', 'Promo #Harbolnas', 'extra-topic-tag')).toEqual([]);
  });

  it('errors from the 6th unique link; repeats count once', () => {
    const six = ['a.com', 'b.com', 'c.com', 'd.com', 'e.com', 'https://f.com/x'].join(' ');
    expect(spans(six, only('threads', six, 'too-many-links'))).toEqual(['https://f.com/x']);
    const repeated = 'a.com b.com c.com d.com e.com a.com b.com';
    expect(only('threads', repeated, 'too-many-links')).toEqual([]);
  });

  it('counts emoji as bytes toward 500', () => {
    const text = 'Halo '.repeat(98) + '🇮🇩'; // 490 + 8 = 498
    expect(checkCopy('threads', text)).toMatchObject({ length: 498, ok: true });
    expect(checkCopy('threads', text + '🎉')).toMatchObject({ length: 502, ok: false });
  });
});

describe('YouTube', () => {
  it('errors at every < and >', () => {
    const text = 'Tonton <3 sampai habis -> promo';
    const bad = only('youtube', text, 'forbidden-char');
    expect(bad.map((i) => [i.from, i.to])).toEqual([[7, 8], [24, 25]]);
    expect(bad[0]!.message).toEqual({ key: 'checks.forbiddenChar', params: { platform: 'YouTube', ch: '<', context: 'description' } });
    expect(checkCopy('youtube', text).ok).toBe(false);
    expect(only('x', text, 'forbidden-char')).toEqual([]);
  });

  it('counts the description in UTF-8 bytes', () => {
    expect(checkCopy('youtube', '🎉'.repeat(1250))).toMatchObject({ length: 5000, ok: true });
    const over = checkCopy('youtube', '🎉'.repeat(1251));
    expect(over).toMatchObject({ length: 5004, ok: false });
    expect(over.issues[0]).toMatchObject({ code: 'over-limit', from: 2500 });
  });
});

describe('TikTok, Facebook, LinkedIn, Pinterest', () => {
  it('count UTF-16 units (TikTok per its API)', () => {
    const text = '👨‍👩‍👧'.repeat(275); // 8 units each = 2,200
    expect(checkCopy('tiktok', text)).toMatchObject({ length: 2200, ok: true });
    expect(checkCopy('tiktok', text + 'a').ok).toBe(false);
  });

  it('Pinterest warns about unclickable links', () => {
    expect(codes('pinterest', 'Resep lengkap di toko.id/resep')).toContain('link-not-clickable');
  });

  it('LinkedIn and Facebook accept links and many hashtags', () => {
    const text = '#a #b #c #d #e #f #g https://toko.id';
    expect(codes('linkedin', text)).toEqual([]);
    expect(codes('facebook', text)).toEqual([]);
  });
});

describe('blog / forum article', () => {
  it('has no limit but expects a headline', () => {
    const r = checkCopy('blog', 'Isi artikel panjang. '.repeat(5000));
    expect(r).toMatchObject({ limit: null, ok: true });
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['headline-missing', 'warning']]);
    expect(codes('blog', 'Isi', { headline: '  ' })).toEqual(['headline-missing']);
    expect(codes('blog', 'Isi', { headline: 'Tips Belanja Harbolnas' })).toEqual([]);
  });
});

describe('context checks (every platform)', () => {
  it("flags banned words with positions, as the client's errors, on every platform", () => {
    const text = 'Harga MURAH! Produk termurah dan murahan. Paling murah.';
    const r = checkAll(text, { bannedWords: ['murah'] });
    for (const p of PLATFORMS) {
      expect(r[p].ok).toBe(false);
      // The client forbids it; the platform would publish it.
      expect(r[p].issues.filter((i) => i.code === 'banned-word').every((i) => i.rule === 'client')).toBe(true);
      expect(refusals(r[p])).toEqual([]);
      expect(spans(text, r[p].issues.filter((i) => i.code === 'banned-word'))).toEqual(['MURAH', 'murah']);
    }
  });

  it('warns about missing required hashtags, with or without #, case-insensitively', () => {
    const ctx = { requiredHashtags: ['#TokoKita', 'harbolnas', '＃Promo', ' '] };
    const issues = only('instagram', 'Belanja yuk #tokokita', 'required-hashtag-missing', ctx);
    expect(issues.map((i) => i.message.params.tag)).toEqual(['harbolnas', 'Promo']);
    expect(issues[0]!.rule).toBe('client');
    expect(issues[0]!.severity).toBe('warning');
    expect(issues[0]!.from).toBeUndefined();
  });

  it('warns at the second and later use of a hashtag, ignoring case', () => {
    const text = '#Promo hari ini 🎉 #promo #PROMO #lain';
    const dup = only('facebook', text, 'duplicate-hashtag');
    expect(spans(text, dup)).toEqual(['#promo', '#PROMO']);
    expect(dup[0]!.severity).toBe('warning');
  });

  it('notes a slot link missing from the text where links are clickable', () => {
    const ctx = { link: 'https://www.toko.id/promo/' };
    expect(codes('facebook', 'Promo hari ini', ctx)).toEqual(['link-missing']);
    expect(codes('facebook', 'Promo di toko.id/promo', ctx)).toEqual([]);
    expect(codes('x', 'Promo di https://toko.id/promo', ctx)).toEqual([]);
    expect(only('facebook', 'Promo', 'link-missing', ctx)[0]!.message.params).toEqual({ link: 'toko.id/promo' });
    expect(codes('pinterest', 'Promo', ctx)).toEqual([]);
  });

  it('notes NFD text, without changing the X count', () => {
    const text = 'Kopi cafe\u0301 enak';
    expect(codes('instagram', text)).toEqual(['not-nfc']);
    expect(checkCopy('x', text).length).toBe(checkCopy('x', text.normalize('NFC')).length);
  });
});
