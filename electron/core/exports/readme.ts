import { formatPeriod } from '../../../shared/domain/formatDate';
import { REVIEW_STRINGS } from '../../../shared/review/strings';
import type { BundleNames } from './names';

/**
 * `BACA-SAYA.txt`: a few lines telling the client, in Indonesian, how to review. Clients
 * open the zip on a phone; the steps name the exact files they will see. CRLF so Windows
 * Notepad shows the lines too.
 */
export function readmeText(opts: {
  clientName: string;
  from: string;
  to: string;
  version: number;
  posts: number;
  names: BundleNames;
}): string {
  const { names } = opts;
  // The buttons are named exactly as the page names them (one source: shared/review/strings.ts).
  const w = REVIEW_STRINGS.id;
  return [
    `Rencana konten ${opts.clientName}`,
    `Periode ${formatPeriod(opts.from, opts.to, 'id')} · versi ${opts.version} · ${opts.posts} postingan`,
    '',
    'CARA MEMERIKSA',
    `1. Buka review.html (bisa langsung dari HP, tanpa internet dan tanpa akun).`,
    `2. Di setiap postingan pilih "${w.approve}" atau "${w.requestChanges}", lalu tulis komentar bila perlu.`,
    `3. Isi "${w.reviewer}". Progres tersimpan di browser, jadi boleh dilanjutkan nanti.`,
    `4. Kirim hasilnya lewat salah satu tombol: "${w.whatsapp}", "${w.copy}"`,
    `   (tempel di chat), atau "${w.save}" (kirim file feedback-....json yang terunduh).`,
    '',
    'Lebih suka Excel? Isi kolom Keputusan (Setuju / Revisi) dan Komentar di',
    `${names.xlsx}, lalu kirim kembali file itu. Jangan ubah kolom ID.`,
    '',
    'ISI PAKET',
    `- review.html: halaman untuk memeriksa dan menyetujui`,
    `- ${names.pdf}: rencana konten untuk dibaca atau dicetak`,
    `- ${names.xlsx}: rencana konten dalam bentuk tabel`,
    '- assets/: gambar dan video asli setiap postingan',
    '- manifest.json: data teknis untuk aplikasi Rencana (tidak perlu dibuka)',
    '',
    'Postingan hanya dianggap disetujui untuk versi yang Anda lihat. Bila ada perubahan',
    'setelah Anda menyetujui, versi berikutnya menandainya "berubah sejak disetujui".',
    '',
  ].join('\r\n');
}
