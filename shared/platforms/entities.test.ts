import { describe, expect, it } from 'vitest';
import { extractEntities, findEmoji } from './entities';
import { randomCopy, rng } from './fuzz';
import { tokenize } from './tokens';
import { extractHashtags, extractMentions, extractUrls } from './twitter';

const entities = (s: string) => extractEntities(s, tokenize(s));
const emoji = (s: string) => findEmoji(s, tokenize(s)).map((e) => s.slice(e.from, e.to));

describe('entities', () => {
  it('gives UTF-16 offsets (JS string indices), also after emoji', () => {
    const s = '🎉🇮🇩 promo #Harbolnas @toko cek https://toko.id';
    const { hashtags, mentions, urls } = entities(s);
    expect(hashtags).toEqual([{ from: 13, to: 23, tag: 'Harbolnas' }]); // 🎉 is 2 units, 🇮🇩 4
    expect(s.slice(hashtags[0]!.from, hashtags[0]!.to)).toBe('#Harbolnas');
    expect(s.slice(mentions[0]!.from, mentions[0]!.to)).toBe('@toko');
    expect(s.slice(urls[0]!.from, urls[0]!.to)).toBe('https://toko.id');
    // twitter-text's own extractors return UTF-16 offsets too, not code points.
    expect(extractHashtags('🎉🎉 #tag')[0]!.indices).toEqual([5, 9]);
  });

  it('finds Unicode hashtags and ends them at punctuation or emoji', () => {
    const s = '#日本 #kopi_susu #Kopi☕ ＃全角, #café! #123';
    expect(entities(s).hashtags.map((h) => h.tag)).toEqual(['日本', 'kopi_susu', 'Kopi', '全角', 'café']);
  });

  it('finds URLs with and without a scheme, not numbers or emails', () => {
    const s = 'cek toko.id/promo, https://a.com dan www.b.co.id. Jam 12.12, Rp25.000, x@toko.id';
    expect(entities(s).urls.map((u) => u.url)).toEqual(['toko.id/promo', 'https://a.com', 'www.b.co.id']);
  });

  it('does not take a hashtag inside a URL', () => {
    expect(entities('https://toko.id/#promo #ok').hashtags.map((h) => h.tag)).toEqual(['ok']);
  });

  it('finds mentions, with Instagram-style dots, not emails or @ in URLs', () => {
    const s = 'Halo @kakak.reviewer dan @mama_hemat. Email x@toko.id, https://x.com/@toko';
    expect(entities(s).mentions.map((m) => m.name)).toEqual(['kakak.reviewer', 'mama_hemat']);
  });

  it('is empty for empty or plain text', () => {
    expect(entities('')).toEqual({ hashtags: [], mentions: [], urls: [] });
    expect(entities('halo semua apa kabar')).toEqual({ hashtags: [], mentions: [], urls: [] });
  });

  it('matches the extractors run on the whole text (token windows are exact)', () => {
    const rand = rng(42);
    for (let i = 0; i < 400; i++) {
      const s = randomCopy(rand, 1 + Math.floor(rand() * 80));
      const got = entities(s);
      const urls = extractUrls(s);
      const label = JSON.stringify(s);
      expect(got.hashtags.map((h) => [h.from, h.to, h.tag]), label).toEqual(
        extractHashtags(s).map((h) => [...h.indices, h.hashtag]),
      );
      expect(got.urls.map((u) => [u.from, u.to, u.url]), label).toEqual(urls.map((u) => [...u.indices, u.url]));
      const outsideUrls = extractMentions(s).filter(
        (m) => !urls.some((u) => m.indices[0] < u.indices[1] && m.indices[1] > u.indices[0]),
      );
      expect(got.mentions.map((m) => m.from), label).toEqual(outsideUrls.map((m) => m.indices[0]));
    }
  });
});

describe('emoji sequences', () => {
  it('keeps ZWJ sequences, flags, skin tones, keycaps and tag flags whole', () => {
    expect(emoji('a👨‍👩‍👧b🇮🇩🇯🇵c👍🏽 1️⃣ #️⃣ ❤️ 🏴󠁧󠁢󠁥󠁮󠁧󠁿 🐦‍🔥')).toEqual([
      '👨‍👩‍👧', '🇮🇩', '🇯🇵', '👍🏽', '1️⃣', '#️⃣', '❤️', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', '🐦‍🔥',
    ]);
  });

  it('ignores letters, CJK and digits', () => {
    expect(emoji('café 中文 123 #1 Ångström')).toEqual([]);
  });

  it('records UTF-8 bytes per sequence', () => {
    expect(findEmoji('🇮🇩 👨‍👩‍👧', tokenize('🇮🇩 👨‍👩‍👧')).map((e) => e.bytes)).toEqual([8, 18]);
  });
});
