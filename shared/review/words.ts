import type { Format } from '../domain/platforms';
import type { SlotStatus } from '../domain/status';

/**
 * Words of the documents the client receives (XLSX, PDF, review page), in both languages. The
 * app's own UI takes its status and format names from here too, so a post reads the same on
 * the freelancer's calendar and in the client's sheet.
 */
export type DocLanguage = 'id' | 'en';

export const STATUS_WORDS: Record<DocLanguage, Record<SlotStatus, string>> = {
  id: {
    idea: 'Ide',
    draft: 'Draf',
    in_review: 'Direview',
    sent: 'Dikirim ke klien',
    approved: 'Disetujui',
    changes_requested: 'Minta revisi',
    scheduled: 'Terjadwal',
    posted: 'Terbit',
  },
  en: {
    idea: 'Idea',
    draft: 'Draft',
    in_review: 'In review',
    sent: 'Sent to client',
    approved: 'Approved',
    changes_requested: 'Changes requested',
    scheduled: 'Scheduled',
    posted: 'Posted',
  },
};

export const FORMAT_WORDS: Record<DocLanguage, Record<Format, string>> = {
  id: {
    feed: 'Feed',
    carousel: 'Carousel',
    reel: 'Reels',
    story: 'Story',
    video: 'Video',
    short: 'Shorts',
    thread: 'Utas',
    live: 'Live',
    article: 'Artikel',
  },
  en: {
    feed: 'Feed',
    carousel: 'Carousel',
    reel: 'Reel',
    story: 'Story',
    video: 'Video',
    short: 'Short',
    thread: 'Thread',
    live: 'Live',
    article: 'Article',
  },
};

/**
 * The EP sheet's columns (DESIGN.md §7), in order. `key` is what code and the feedback
 * import use; the header is what the client reads.
 */
export const EP_COLUMNS = [
  { key: 'no', id: 'No', en: 'No' },
  { key: 'date', id: 'Tanggal', en: 'Date' },
  { key: 'day', id: 'Hari', en: 'Day' },
  { key: 'time', id: 'Jam', en: 'Time' },
  { key: 'platform', id: 'Platform', en: 'Platform' },
  { key: 'pillar', id: 'Pillar', en: 'Pillar' },
  { key: 'format', id: 'Format', en: 'Format' },
  { key: 'topic', id: 'Topik', en: 'Topic' },
  { key: 'visual', id: 'Visual/brief', en: 'Visual/brief' },
  { key: 'image', id: 'Gambar', en: 'Image' },
  { key: 'caption', id: 'Caption', en: 'Caption' },
  { key: 'hashtags', id: 'Hashtag', en: 'Hashtags' },
  { key: 'link', id: 'CTA/Link', en: 'CTA/Link' },
  { key: 'status', id: 'Status', en: 'Status' },
  { key: 'clientNotes', id: 'Catatan klien', en: 'Client notes' },
  { key: 'decision', id: 'Keputusan', en: 'Decision' },
  { key: 'comment', id: 'Komentar', en: 'Comment' },
  { key: 'id', id: 'ID', en: 'ID' },
] as const;
export type EpColumnKey = (typeof EP_COLUMNS)[number]['key'];

/** The values of the sheet's decision list; the import maps them back to `approve` / `changes`. */
export const DECISION_WORDS: Record<DocLanguage, { approve: string; changes: string }> = {
  id: { approve: 'Setuju', changes: 'Revisi' },
  en: { approve: 'Approve', changes: 'Revise' },
};
