import type { Format, Platform } from '../../../shared/domain/platforms';

/** Realistic Indonesian clients for sample data and benchmarks. */
export interface SampleClient {
  name: string;
  color: string;
  timezone: string;
  brandVoice: string;
  audience: string;
  handle: string;
  tags: string[];
  bannedWords?: string[];
  package: Array<{ platform: Platform; format: Format; perMonth: number }>;
}

export const SAMPLE_CLIENTS: SampleClient[] = [
  {
    name: 'Kopi Senja Nusantara',
    color: '#b45309',
    timezone: 'Asia/Jakarta',
    brandVoice: 'Hangat, santai, akrab seperti barista langganan. Sapaan "Kak", tanpa bahasa kasar.',
    audience: 'Pekerja muda 20–30 tahun di Jabodetabek, suka nongkrong sore.',
    handle: 'kopisenja.id',
    tags: ['#KopiSenja', '#NgopiSore'],
    bannedWords: ['murahan', 'sachet'],
    package: [
      { platform: 'instagram', format: 'feed', perMonth: 12 },
      { platform: 'instagram', format: 'story', perMonth: 8 },
      { platform: 'tiktok', format: 'video', perMonth: 6 },
      { platform: 'x', format: 'feed', perMonth: 10 },
    ],
  },
  {
    name: 'Klinik Gigi Senyum Ceria',
    color: '#0891b2',
    timezone: 'Asia/Makassar',
    brandVoice: 'Ramah, edukatif, menenangkan. Hindari klaim medis berlebihan.',
    audience: 'Orang tua muda dan keluarga di Makassar.',
    handle: 'senyumceria.mks',
    tags: ['#SenyumCeria', '#SehatGigi'],
    bannedWords: ['pasti sembuh', 'tanpa rasa sakit', 'termurah'],
    package: [
      { platform: 'instagram', format: 'carousel', perMonth: 8 },
      { platform: 'facebook', format: 'feed', perMonth: 8 },
      { platform: 'tiktok', format: 'video', perMonth: 4 },
    ],
  },
  {
    name: 'Batik Larasati',
    color: '#7c3aed',
    timezone: 'Asia/Jakarta',
    brandVoice: 'Anggun, bangga pada wastra Nusantara, bercerita tentang motif.',
    audience: 'Perempuan 25–45 tahun, pekerja kantoran, pencinta kain.',
    handle: 'batiklarasati',
    tags: ['#BatikLarasati', '#BanggaBerbatik'],
    package: [
      { platform: 'instagram', format: 'feed', perMonth: 10 },
      { platform: 'instagram', format: 'reel', perMonth: 4 },
      { platform: 'threads', format: 'feed', perMonth: 8 },
    ],
  },
  {
    name: 'Papua Coffee Roasters',
    color: '#15803d',
    timezone: 'Asia/Jayapura',
    brandVoice: 'Jujur, bangga pada petani Papua, sedikit humor.',
    audience: 'Pecinta kopi specialty di seluruh Indonesia.',
    handle: 'papuaroasters',
    tags: ['#KopiPapua', '#SpecialtyCoffee'],
    package: [
      { platform: 'instagram', format: 'feed', perMonth: 8 },
      { platform: 'x', format: 'thread', perMonth: 6 },
      { platform: 'youtube', format: 'short', perMonth: 4 },
    ],
  },
  {
    name: 'Rumah Hijab Aisyah',
    color: '#db2777',
    timezone: 'Asia/Jakarta',
    brandVoice: 'Lembut, inspiratif, islami tanpa menggurui.',
    audience: 'Muslimah 18–35 tahun, belanja lewat marketplace.',
    handle: 'rumahhijab.aisyah',
    tags: ['#RumahHijabAisyah', '#HijabHarian'],
    package: [
      { platform: 'instagram', format: 'feed', perMonth: 12 },
      { platform: 'tiktok', format: 'video', perMonth: 8 },
      { platform: 'instagram', format: 'story', perMonth: 10 },
    ],
  },
  {
    name: 'FitNesia Gym',
    color: '#dc2626',
    timezone: 'Asia/Jakarta',
    brandVoice: 'Energik, memotivasi, to the point.',
    audience: 'Karyawan 22–40 tahun yang ingin mulai olahraga.',
    handle: 'fitnesia.gym',
    tags: ['#FitNesia', '#AyoGerak'],
    bannedWords: ['pasti kurus', 'instan'],
    package: [
      { platform: 'instagram', format: 'reel', perMonth: 8 },
      { platform: 'tiktok', format: 'video', perMonth: 8 },
      { platform: 'linkedin', format: 'feed', perMonth: 2 },
    ],
  },
  {
    name: 'Tani Segar Organik',
    color: '#65a30d',
    timezone: 'Asia/Pontianak',
    brandVoice: 'Bersahaja, dekat dengan petani, informatif soal gizi.',
    audience: 'Ibu rumah tangga dan keluarga sadar kesehatan.',
    handle: 'tanisegar',
    tags: ['#TaniSegar', '#SayurOrganik'],
    package: [
      { platform: 'instagram', format: 'feed', perMonth: 8 },
      { platform: 'facebook', format: 'feed', perMonth: 8 },
    ],
  },
  {
    name: 'Bimbel Cerdas Bangsa',
    color: '#2563eb',
    timezone: 'Asia/Jakarta',
    brandVoice: 'Suportif, jelas, menyemangati siswa dan orang tua.',
    audience: 'Siswa SMA kelas 12 dan orang tuanya.',
    handle: 'bimbelcerdas',
    tags: ['#BimbelCerdas', '#SiapUTBK'],
    package: [
      { platform: 'instagram', format: 'carousel', perMonth: 10 },
      { platform: 'tiktok', format: 'video', perMonth: 6 },
      { platform: 'youtube', format: 'video', perMonth: 2 },
    ],
  },
];

export const TOPICS: Array<{ pillar: string; topic: string; caption: string }> = [
  { pillar: 'product', topic: 'Menu baru minggu ini', caption: 'Ada yang baru nih, Kak! ✨ {brand} punya varian terbaru yang siap nemenin harimu. Cobain sekarang dan ceritain rasanya di kolom komentar ya 👇' },
  { pillar: 'promo', topic: 'Promo gajian', caption: 'Gajian udah cair? 💸 Saatnya self-reward! Diskon s/d 30% khusus tanggal 25–31. Cek link di bio ya, Kak.' },
  { pillar: 'education', topic: 'Tips & edukasi', caption: '3 hal yang jarang orang tahu 🤓\n1. Mulai dari yang kecil\n2. Konsisten itu kunci\n3. Nikmati prosesnya\nSimpan post ini biar nggak lupa!' },
  { pillar: 'trivia', topic: 'Fakta unik', caption: 'Tahukah kamu? 🤔 Fakta menarik hari ini bakal bikin kamu makin sayang sama {brand}. Tebak dulu jawabannya di komentar!' },
  { pillar: 'games', topic: 'Giveaway mingguan', caption: '🎁 GIVEAWAY! Mau hadiah spesial dari {brand}? Caranya: follow, like, tag 3 teman, dan share ke story. Pemenang diumumkan Jumat!' },
  { pillar: 'quote', topic: 'Quote penyemangat', caption: '"Pelan-pelan asal sampai." 🌱 Semangat buat kamu yang lagi berjuang hari ini.' },
  { pillar: 'testimonial', topic: 'Cerita pelanggan', caption: 'Terima kasih sudah percaya sama kami 🙏 Ini cerita Kak Dinda yang sudah jadi pelanggan setia sejak 2023. Kamu punya cerita juga?' },
  { pillar: 'behind-the-scenes', topic: 'Di balik layar', caption: 'Intip dapur kami yuk! 👀 Begini proses kami menyiapkan pesananmu setiap pagi.' },
  { pillar: 'engagement', topic: 'Polling pilihan', caption: 'Tim A atau Tim B? 🅰️🅱️ Pilih favoritmu di komentar, yang paling banyak bakal kami produksi bulan depan!' },
];

export const CAMPAIGN_IDEAS = [
  { name: 'Promo Gajian', objective: 'Naikkan penjualan di akhir bulan', day: 25, length: 7 },
  { name: 'Double Date Sale', objective: 'Traffic ke marketplace saat tanggal kembar', day: -1, length: 3 },
  { name: 'Awareness Bulanan', objective: 'Tambah 1.000 followers baru', day: 1, length: 14 },
];

export const SEASONAL_CAMPAIGNS: Record<number, { name: string; objective: string; start: number; end: number }> = {
  12: { name: 'Harbolnas 12.12 & Akhir Tahun', objective: 'Penjualan tertinggi tahun ini', start: 8, end: 31 },
  11: { name: 'Promo 11.11', objective: 'Kumpulkan leads sebelum Harbolnas', start: 5, end: 12 },
  3: { name: 'Ramadan Berkah', objective: 'Engagement tinggi selama Ramadan', start: 1, end: 28 },
  8: { name: 'Merdeka Sale 17-an', objective: 'Semangat kemerdekaan, diskon 17%', start: 10, end: 20 },
};
