/**
 * Editor quality bar (DESIGN.md §8): all platform checks on a 2,200-character caption
 * ≤ 1.5× twitter-text's parseTweet alone on the same text, at the median, same run.
 * Both are timed interleaved (order alternating) so drift and GC hit them alike.
 */
import { checkAll, type CheckContext } from '../../shared/platforms';
import { parseTweet } from '../../shared/platforms/twitter';
import { ratio, summarize } from './stats';

const PARAGRAPHS = [
  '✨ PROMO HARBOLNAS 12.12 SUDAH DIMULAI! ✨ Halo kak, sudah siap belanja kebutuhan akhir tahun? Tim @tokokita_official menyiapkan diskon s/d 50% untuk skincare, fashion, dan perlengkapan rumah 🏠🛒.',
  'Mulai tanggal 12 Desember pukul 00.00 WIB sampai 14 Desember 23.59 WIB, semua produk pilihan bisa kakak dapatkan dengan harga spesial. Gratis ongkir ke seluruh Indonesia 🇮🇩 tanpa minimum belanja, khusus pengguna baru ada voucher tambahan Rp25.000 👍🏽.',
  'Produk favorit bulan ini: serum vitamin C 🍊, sunscreen SPF 50 ☀️, gamis katun premium 👗, dan set panci anti lengket 🍳. Stok terbatas ya kak, siapa cepat dia dapat! 🔥🔥🔥',
  'Cara ikutan gampang banget: 1️⃣ follow akun kami, 2️⃣ masukkan produk ke keranjang, 3️⃣ checkout saat jam flash sale, lalu 4️⃣ tunjukkan bukti pembelian di DM. Pemenang giveaway diumumkan bareng @kakak.reviewer dan @mama_hemat_id pada 15 Desember 👨‍👩‍👧.',
  'Semua info lengkap dan syarat ketentuan ada di https://tokokita.co.id/harbolnas?utm_source=instagram&utm_medium=caption ya. Kalau ada pertanyaan, langsung tanya admin lewat DM atau WhatsApp di jam kerja (Senin–Sabtu, 08.00–20.00 WIB) 📲.',
  'Terima kasih sudah setia belanja bersama kami sepanjang tahun ini 🙏. Semoga akhir tahunmu menyenangkan, hemat, dan penuh berkah! Jangan lupa ajak teman dan keluarga supaya makin seru belanjanya 💖.',
];
const HASHTAGS = '\n\n#Harbolnas #Harbolnas1212 #PromoAkhirTahun #TokoKita #BelanjaHemat';

/** A realistic Indonesian caption of exactly 2,200 UTF-16 units, hashtags at the end. */
export function sampleCaption(length = 2200): string {
  let body = '';
  for (let i = 0; body.length + HASHTAGS.length < length; i++) {
    body += (body ? '\n\n' : '') + PARAGRAPHS[i % PARAGRAPHS.length];
  }
  body = body.slice(0, length - HASHTAGS.length);
  const last = body.charCodeAt(body.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) body = body.slice(0, -1) + ' '; // no lone surrogate
  return body + HASHTAGS;
}

const CONTEXT: CheckContext = {
  bannedWords: ['murah', 'termurah', 'paling murah', 'obral'],
  requiredHashtags: ['#TokoKita', 'Harbolnas'],
  link: 'https://tokokita.co.id/harbolnas',
};

export async function benchCopy(): Promise<Record<string, number | string>> {
  const text = sampleCaption();
  const runs = 500;
  const warmup = 200;
  let sink = 0; // use the results so nothing is optimised away
  const timeAll = (): number => {
    const t0 = performance.now();
    sink += checkAll(text, CONTEXT).x.length;
    return performance.now() - t0;
  };
  const timeTweet = (): number => {
    const t0 = performance.now();
    sink += parseTweet(text).weightedLength;
    return performance.now() - t0;
  };
  for (let i = 0; i < warmup; i++) {
    timeAll();
    timeTweet();
  }
  const all: number[] = [];
  const tweet: number[] = [];
  const paired: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first so neither always runs on a warmer cache.
    const first = i % 2 === 0 ? timeAll() : timeTweet();
    const second = i % 2 === 0 ? timeTweet() : timeAll();
    const [a, t] = i % 2 === 0 ? [first, second] : [second, first];
    all.push(a);
    tweet.push(t);
    if (t > 0) paired.push(a / t);
  }
  const checks = summarize(all);
  const baseline = summarize(tweet);
  const pairedSorted = paired.sort((x, y) => x - y);
  return {
    textLength: text.length,
    platforms: Object.keys(checkAll(text, CONTEXT)).length,
    runs,
    checkAllP50Ms: checks.p50,
    checkAllP95Ms: checks.p95,
    parseTweetP50Ms: baseline.p50,
    parseTweetP95Ms: baseline.p95,
    ratioP50: ratio(checks.p50, baseline.p50),
    medianPairedRatio: Math.round(pairedSorted[pairedSorted.length >> 1]! * 100) / 100,
    budget: 'ratioP50 <= 1.5',
    sink: sink > 0 ? 'ok' : 'none',
  };
}
