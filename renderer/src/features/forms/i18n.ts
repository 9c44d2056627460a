/** Words shared by the forms that autosave (post fields, client, campaign): where a save stands. */
export const formsEn = {
  saving: 'Saving…',
  saved: 'Saved',
  retrying: 'Not saved yet — the app will retry',
  notSaved: 'Not saved: fix the field marked in red',
  draftRestored: 'Your unsaved changes were restored',
  discardDraft: 'Discard them',
  leaveTitle: 'Discard this new campaign?',
  leaveBody: 'It has not been saved yet. Save it first, or discard what you typed.',
  keepEditing: 'Keep editing',
  discard: 'Discard',
};

/** Content-pillar suggestions (shared/domain PILLAR_SUGGESTIONS), as the user writes them. */
export const pillarsEn = {
  product: 'Product',
  promo: 'Promo',
  education: 'Education',
  trivia: 'Trivia',
  games: 'Games',
  quote: 'Quote',
  testimonial: 'Testimonial',
  'behind-the-scenes': 'Behind the scenes',
  engagement: 'Engagement',
  seasonal: 'Seasonal',
};

export const pillarsId: typeof pillarsEn = {
  product: 'Produk',
  promo: 'Promo',
  education: 'Edukasi',
  trivia: 'Trivia',
  games: 'Games',
  quote: 'Quote',
  testimonial: 'Testimoni',
  'behind-the-scenes': 'Di balik layar',
  engagement: 'Interaksi',
  seasonal: 'Musiman',
};

export const formsId: typeof formsEn = {
  saving: 'Menyimpan…',
  saved: 'Tersimpan',
  retrying: 'Belum tersimpan — aplikasi akan mencoba lagi',
  notSaved: 'Belum tersimpan: perbaiki isian yang ditandai merah',
  draftRestored: 'Perubahan yang belum tersimpan sudah dipulihkan',
  discardDraft: 'Buang perubahan',
  leaveTitle: 'Buang kampanye baru ini?',
  leaveBody: 'Kampanye ini belum disimpan. Simpan dulu, atau buang yang sudah diketik.',
  keepEditing: 'Lanjut mengedit',
  discard: 'Buang',
};
