import type { Field, Source } from './fields';

/**
 * Column names per source and language, as data (../shared/reference/platform-exports.md).
 * Matching is case-insensitive and ignores spaces and punctuation at the ends. A new language is a
 * new entry in a list; nothing reads a column by its position.
 *
 * `verified: false` marks names no real file has shown us yet (Indonesian Meta, TikTok, X and
 * LinkedIn headers): they are guesses a user can correct in the import preview, kept apart so
 * they are easy to replace once a real file arrives.
 */
export interface AliasTable {
  source: Source;
  /** Headers that only this source's files carry; detection scores them double. */
  signature: string[];
  fields: Partial<Record<Field, { verified: string[]; unverified?: string[] }>>;
}

const META: AliasTable = {
  source: 'meta',
  signature: ['permalink', 'publish time', 'post type', 'data comment', 'account username', 'page name', 'link permanente', 'horário de publicação'],
  fields: {
    postId: { verified: ['post id', 'identificação do post'], unverified: ['id postingan', 'id kiriman'] },
    url: { verified: ['permalink', 'link permanente'], unverified: ['tautan permanen'] },
    caption: { verified: ['description', 'descrição'], unverified: ['deskripsi', 'keterangan'] },
    title: { verified: ['title'], unverified: ['judul'] },
    publishTime: { verified: ['publish time', 'publication time', 'horário de publicação'], unverified: ['waktu publikasi', 'waktu dipublikasikan'] },
    postType: { verified: ['post type', 'tipo de post'], unverified: ['jenis postingan', 'jenis kiriman'] },
    reach: { verified: ['reach', 'range', 'alcance'], unverified: ['jangkauan'] },
    impressions: { verified: ['impressions'], unverified: ['impresi'] },
    views: { verified: ['views', 'visualizações', 'reels_plays:count'], unverified: ['tayangan', 'dilihat'] },
    likes: { verified: ['likes', 'reactions', 'curtidas'], unverified: ['suka', 'reaksi'] },
    comments: { verified: ['comments', 'comentários'], unverified: ['komentar'] },
    shares: { verified: ['shares', 'compartilhamentos'], unverified: ['dibagikan', 'bagikan'] },
    saves: { verified: ['saves', 'salvamentos'], unverified: ['disimpan', 'simpan'] },
    clicks: { verified: ['total clicks', 'link clicks'], unverified: ['klik tautan', 'total klik'] },
    follows: { verified: ['follows', 'seguimentos'], unverified: ['mengikuti', 'pengikut baru'] },
  },
};

const TIKTOK: AliasTable = {
  source: 'tiktok',
  signature: ['video link', 'video title', 'total views', 'total likes', 'post time', '動画リンク'],
  fields: {
    url: { verified: ['video link', '動画リンク'], unverified: ['tautan video'] },
    caption: { verified: ['video title', '動画タイトル'], unverified: ['judul video'] },
    postDate: { verified: ['post time', 'publishing time', '投稿日'], unverified: ['waktu posting', 'waktu unggah'] },
    views: { verified: ['total views', 'video views', '再生数'], unverified: ['total penayangan', 'penayangan'] },
    likes: { verified: ['total likes', 'likes', 'いいね'], unverified: ['total suka', 'suka'] },
    comments: { verified: ['total comments', 'comments', 'コメント'], unverified: ['total komentar', 'komentar'] },
    shares: { verified: ['total shares', 'shares', 'シェア'], unverified: ['total dibagikan', 'dibagikan'] },
    saves: { verified: ['add to favorites'], unverified: ['favorit', 'total favorit'] },
  },
};

const X_NEW: AliasTable = {
  source: 'x',
  signature: ['post id', 'post link', 'post text', 'new follows', 'bookmarks', 'reposts'],
  fields: {
    postId: { verified: ['post id'], unverified: ['id postingan'] },
    url: { verified: ['post link'], unverified: ['tautan postingan'] },
    caption: { verified: ['post text'], unverified: ['teks postingan'] },
    postDate: { verified: ['date'], unverified: ['tanggal'] },
    impressions: { verified: ['impressions'], unverified: ['impresi', 'tayangan'] },
    likes: { verified: ['likes'], unverified: ['suka'] },
    comments: { verified: ['replies'], unverified: ['balasan'] },
    shares: { verified: ['reposts'], unverified: ['posting ulang'] },
    saves: { verified: ['bookmarks'], unverified: ['markah'] },
    clicks: { verified: ['url clicks'], unverified: ['klik url'] },
    follows: { verified: ['new follows'], unverified: ['pengikut baru'] },
  },
};

const X_LEGACY: AliasTable = {
  source: 'x_legacy',
  signature: ['tweet id', 'tweet permalink', 'tweet text', 'id do tweet', 'engagement rate', 'url clicks'],
  fields: {
    postId: { verified: ['tweet id', 'id do tweet'] },
    url: { verified: ['tweet permalink', 'link permanente do tweet'] },
    caption: { verified: ['tweet text', 'texto do tweet'] },
    publishTime: { verified: ['time', 'hora'] },
    impressions: { verified: ['impressions', 'impressões'] },
    likes: { verified: ['likes', 'favorites', 'curtidas'] },
    comments: { verified: ['replies', 'respostas'] },
    shares: { verified: ['retweets'] },
    clicks: { verified: ['url clicks', 'cliques no url'] },
    follows: { verified: ['follows', 'seguiram'] },
  },
};

const YOUTUBE: AliasTable = {
  source: 'youtube',
  signature: ['video publish time', 'video title', 'watch time (hours)', 'waktu publikasi video', 'judul video', 'waktu tonton (jam)', 'konten', 'content'],
  fields: {
    postId: { verified: ['content', 'konten', 'контент', '콘텐츠'] },
    caption: { verified: ['video title', 'judul video', 'название видео'] },
    postDate: { verified: ['video publish time', 'waktu publikasi video', 'время публикации видео'] },
    // The trap: in Indonesian YouTube Studio "Penayangan" is Views and "Tayangan" is Impressions.
    views: { verified: ['views', 'penayangan', 'просмотры'] },
    impressions: { verified: ['impressions', 'thumbnail impressions', 'tayangan', 'tayangan thumbnail'] },
    likes: { verified: ['likes', 'suka'] },
    comments: { verified: ['comments added', 'komentar ditambahkan'] },
    shares: { verified: ['shares'], unverified: ['dibagikan'] },
    follows: { verified: ['subscribers', 'subscriber', 'subscribers gained', 'subscriber yang diperoleh'] },
    watchHours: { verified: ['watch time (hours)', 'waktu tonton (jam)', 'время просмотра (часы)'] },
  },
};

const LINKEDIN: AliasTable = {
  source: 'linkedin',
  signature: ['post title', 'post link', 'update title', 'update link', 'created date', 'posted by', 'click through rate (ctr)'],
  fields: {
    url: { verified: ['post link', 'update link'], unverified: ['tautan postingan'] },
    caption: { verified: ['post title', 'update title'], unverified: ['judul postingan'] },
    postDate: { verified: ['created date'], unverified: ['tanggal dibuat'] },
    impressions: { verified: ['impressions'], unverified: ['impresi', 'tayangan'] },
    views: { verified: ['views', 'video views'] },
    clicks: { verified: ['clicks'], unverified: ['klik'] },
    likes: { verified: ['likes', 'reactions'], unverified: ['suka', 'reaksi'] },
    comments: { verified: ['comments'], unverified: ['komentar'] },
    shares: { verified: ['reposts', 'shares'], unverified: ['posting ulang'] },
    follows: { verified: ['follows'], unverified: ['pengikut'] },
  },
};

export const ALIAS_TABLES: readonly AliasTable[] = [META, TIKTOK, X_NEW, X_LEGACY, YOUTUBE, LINKEDIN];

/** Labels of summary rows to skip (YouTube's Total row, in the languages seen). */
export const TOTAL_LABELS = ['total', 'totals', 'jumlah', 'итоговое значение', '합계', 'gesamt'];

export function normHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[:：]+$/, '')
    .trim();
}

/** The field a header means in this source's files, or null when no alias knows it. */
export function fieldFor(table: AliasTable, header: string): Field | null {
  const h = normHeader(header);
  for (const [field, names] of Object.entries(table.fields)) {
    if (names.verified.includes(h) || names.unverified?.includes(h)) return field as Field;
  }
  return null;
}
