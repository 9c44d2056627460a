/** Issue messages in Indonesian and English: short, with the numbers that matter. */
import { PLATFORM_LABELS, type Platform } from '../domain/platforms';
import type { PlatformRule } from './rules';

export interface Message {
  id: string;
  en: string;
}

const group = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const nId = (n: number): string => group(n, '.');
const nEn = (n: number): string => group(n, ',');
const label = (p: Platform): string => PLATFORM_LABELS[p];

export function overLimit(p: Platform, rule: PlatformRule, limit: number, over: number): Message {
  const bytes = rule.unit === 'bytes';
  const what = {
    id: `${bytes ? 'byte' : 'karakter'}${rule.field ? ` ${rule.field.id}` : ''}`,
    en: `${bytes ? 'byte' : 'character'}${rule.field ? ` ${rule.field.en}` : ''}`,
  };
  return {
    id: `Melebihi batas ${nId(limit)} ${what.id} ${label(p)} sebanyak ${nId(over)}`,
    en: `${nEn(over)}${bytes ? ' bytes' : ''} over ${label(p)}'s ${nEn(limit)}-${what.en} limit`,
  };
}

export const tooManyHashtags = (p: Platform, max: number, nth: number): Message => ({
  id: `${label(p)} maksimal ${max} hashtag per postingan; ini hashtag ke-${nth}`,
  en: `${label(p)} allows ${max} hashtags per post; this is hashtag ${nth}`,
});

export const tooManyMentions = (p: Platform, max: number, nth: number): Message => ({
  id: `${label(p)} maksimal ${max} mention per postingan; ini mention ke-${nth}`,
  en: `${label(p)} allows ${max} mentions per post; this is mention ${nth}`,
});

export const tooManyLinks = (p: Platform, max: number, nth: number): Message => ({
  id: `${label(p)} menolak postingan dengan lebih dari ${max} link; ini link ke-${nth}`,
  en: `${label(p)} rejects posts with more than ${max} links; this is link ${nth}`,
});

export const extraTopicTag = (p: Platform, max: number, tag: string): Message => ({
  id: `${label(p)} hanya memakai ${max} tag topik; #${tag} tetap teks biasa`,
  en: `${label(p)} uses only ${max} topic tag; #${tag} stays plain text`,
});

export function linkNotClickable(p: Platform, rule: PlatformRule): Message {
  if (rule.linkInBio) {
    return {
      id: `Link tidak bisa diklik di ${label(p)}; tulis "link di bio"`,
      en: `Links aren't clickable on ${label(p)}; say "link in bio"`,
    };
  }
  return {
    id: `Link tidak bisa diklik di ${label(p)}; isi kolom link-nya`,
    en: `Links aren't clickable on ${label(p)}; use its link field`,
  };
}

export const truncatedPreview = (p: Platform, at: number): Message => ({
  id: `${label(p)} hanya menampilkan ±${at} karakter pertama sebelum "selengkapnya"`,
  en: `${label(p)} shows only the first ~${at} characters before "more"`,
});

export const forbiddenChar = (p: Platform, rule: PlatformRule, ch: string): Message => ({
  id: `${label(p)} menolak karakter "${ch}"${rule.field ? ` di ${rule.field.id}` : ''}`,
  en: `${label(p)} rejects "${ch}"${rule.field ? ` in the ${rule.field.en}` : ''}`,
});

export function invalidChar(p: Platform, code: number): Message {
  const u = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    id: `Karakter tak terlihat ${u} membuat ${label(p)} menolak postingan`,
    en: `Invisible character ${u} makes ${label(p)} reject the post`,
  };
}

export const duplicateHashtag = (tag: string): Message => ({
  id: `Hashtag #${tag} sudah dipakai sebelumnya`,
  en: `Hashtag #${tag} is already used earlier`,
});

export const bannedWord = (word: string): Message => ({
  id: `Kata terlarang klien: "${word}"`,
  en: `Client's banned word: "${word}"`,
});

export const requiredHashtagMissing = (tag: string): Message => ({
  id: `Hashtag wajib #${tag} belum ada`,
  en: `Required hashtag #${tag} is missing`,
});

export const linkMissing = (link: string): Message => ({
  id: `Link slot (${link}) belum ada di teks`,
  en: `The slot's link (${link}) isn't in the text`,
});

export const linkInBio = (p: Platform): Message => ({
  id: `Link tidak bisa diklik di ${label(p)}; pasang di bio dan tulis "link di bio"`,
  en: `${label(p)} can't hold a clickable link; put it in the bio and say "link in bio"`,
});

export const headlineMissing = (): Message => ({
  id: 'Artikel perlu judul',
  en: 'The article needs a headline',
});

export const empty = (): Message => ({ id: 'Teks masih kosong', en: 'No text yet' });

export const notNfc = (): Message => ({
  id: 'Teks berisi huruf terurai (NFD); normalkan ke NFC agar hitungan sama di semua platform',
  en: 'Text has decomposed letters (NFD); normalise to NFC so every platform counts it the same',
});
