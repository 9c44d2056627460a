/** Test helper (not shipped code): random copy built from tricky fragments, seeded. */

export const FRAGMENTS = [
  'Promo', 'diskon', 's/d', '50%!', 'Harbolnas', '12.12', 'kak', 'yuk', 'belanja', 'Rp25.000', '(cek)', '...', '—',
  '🎉', '🔥', '👍🏽', '👨‍👩‍👧', '🇮🇩', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', '1️⃣', '#️⃣', '❤️', '☀️', '©', '™', '🫶', '🐦‍🔥',
  '中文', '日本語', '한국어', 'ไทย', 'العربية', '𝗣𝗥𝗢𝗠𝗢', 'café', 'cafe\u0301', 'Ångström', 'A\u030Angstro\u0308m',
  'https://example.com/promo?utm_source=x', 'http://toko.id', 'toko.id', 'www.toko.co.id/a_b', 'shopee.co.id/tokokita',
  'https://t.co/abc123', 'example.com/#anchor', 'x@toko.id', 'https://tokó.id/x', '(https://a.com)', 'a.b',
  '#Harbolnas', '#PromoAkhirTahun', '＃全角', '#日本', '#kopi_susu', '#123', '#a#b', '#tag.com', '#Kopi☕', '#café',
  '@tokokita_official', '@kakak.reviewer', '@a@b', 'RT:@user', '＠fullwidth', '@user/list',
  '\u00A0', '\u3000', '\u200B', '\u200D', '\uFE0F', '\n', '\t',
];

/** Mulberry32: small, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomCopy(rand: () => number, pieces: number, extra: readonly string[] = []): string {
  const pool = extra.length ? FRAGMENTS.concat(extra) : FRAGMENTS;
  const seps = [' ', ' ', ' ', '', '\n', ', '];
  let s = '';
  for (let i = 0; i < pieces; i++) {
    s += pool[Math.floor(rand() * pool.length)]! + seps[Math.floor(rand() * seps.length)]!;
  }
  return s;
}
