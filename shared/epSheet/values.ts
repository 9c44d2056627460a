import { FORMATS, type Format, type Platform } from '../domain/platforms';
import type { SlotStatus } from '../domain/status';

/**
 * Reading the values of an EP sheet as people type them. A cell is what the spreadsheet reader
 * gives: text, a number (Excel serials, `19.3` for 19.30), a Date (date and time cells), or empty.
 * Nothing is ever evaluated: formulas arrive as their cached value or their text.
 */
export type SheetCell = string | number | boolean | Date | null;

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (y: number, m: number, d: number): string | null => {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null; // 31 February
  return `${y}-${pad(m)}-${pad(d)}`;
};

const MONTHS: Record<string, number> = {};
[
  ['januari', 'january', 'jan'],
  ['februari', 'february', 'feb', 'pebruari'],
  ['maret', 'march', 'mar'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['agustus', 'august', 'agu', 'agt', 'ags', 'aug'],
  ['september', 'sept', 'sep'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nopember', 'nov', 'nop'],
  ['desember', 'december', 'des', 'dec'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const WEEKDAYS: Record<string, number> = {};
[
  ['senin', 'monday', 'mon', 'sen'],
  ['selasa', 'tuesday', 'tue', 'tues', 'sel'],
  ['rabu', 'wednesday', 'wed', 'rab'],
  ['kamis', 'thursday', 'thu', 'thur', 'thurs', 'kam'],
  ['jumat', "jum'at", 'friday', 'fri', 'jum'],
  ['sabtu', 'saturday', 'sat', 'sab'],
  ['minggu', 'ahad', 'sunday', 'sun', 'min'],
].forEach((names, i) => names.forEach((n) => (WEEKDAYS[n] = i + 1)));

/** ISO weekday named by a word ("Senin", "Mon"), or null. */
export function readWeekday(text: string): number | null {
  return WEEKDAYS[text.normalize('NFKC').trim().toLowerCase().replace(/[.,']/g, '')] ?? null;
}

/** ISO weekday of a 'YYYY-MM-DD'. */
export const weekdayOf = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
};

/** Excel's day 0 is 1899-12-30 (it counts the 1900 leap day that never was). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
export function excelSerialToDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 20_000 || serial > 200_000) return null;
  const d = new Date(EXCEL_EPOCH + Math.floor(serial) * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export interface DateRead {
  date: string | null;
  /** The weekday named in the text does not fall on that date. */
  weekdayMismatch?: boolean;
  /** The text had no year; `fallbackYear` was used. */
  yearGuessed?: boolean;
}

/**
 * A date cell: a real date, an Excel serial, or text read day-first the Indonesian way —
 * `1/2/2027`, `01-02-27`, `2027-02-01`, `Senin, 1 Februari 2027`, `1 Feb 2027`, `Feb 1, 2027`.
 */
export function readDate(cell: SheetCell, fallbackYear: number): DateRead {
  if (cell === null || cell === '' || typeof cell === 'boolean') return { date: null };
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { date: null };
    return { date: isoDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()) };
  }
  if (typeof cell === 'number') return { date: excelSerialToDate(cell) };
  const text = cell.normalize('NFKC').trim().toLowerCase();
  if (/^\d{4,6}(\.\d+)?$/.test(text)) return { date: excelSerialToDate(Number(text)) };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t\s].*)?$/.exec(text);
  if (m) return { date: isoDate(+m[1]!, +m[2]!, +m[3]!) };

  // Words: an optional weekday, then day month year or month day year.
  const words = text.replace(/,|(?<=\p{L})\./gu, ' ').replace(/\s+/g, ' ').trim().split(' ');
  let weekday: number | undefined;
  if (words.length > 1 && WEEKDAYS[words[0]!.replace(/'/g, '')] !== undefined && !/^\d/.test(words[0]!)) {
    weekday = WEEKDAYS[words.shift()!.replace(/'/g, '')];
  }
  const rest = words.join(' ');
  let y: number | undefined;
  let mo: number | undefined;
  let d: number | undefined;
  let yearGuessed = false;
  if ((m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2}|\d{4}))?(?:\s.*)?$/.exec(rest))) {
    d = +m[1]!;
    mo = +m[2]!;
    y = m[3] ? +m[3] : undefined;
  } else if ((m = /^(\d{1,2})\s*-?\s*([a-z]+)\s*-?\s*(\d{2}|\d{4})?$/.exec(rest)) && MONTHS[m[2]!]) {
    d = +m[1]!;
    mo = MONTHS[m[2]!];
    y = m[3] ? +m[3] : undefined;
  } else if ((m = /^([a-z]+)\s+(\d{1,2})(?:\s+(\d{4}))?$/.exec(rest)) && MONTHS[m[1]!]) {
    mo = MONTHS[m[1]!];
    d = +m[2]!;
    y = m[3] ? +m[3] : undefined;
  } else {
    return { date: null };
  }
  if (y === undefined) {
    y = fallbackYear;
    yearGuessed = true;
  } else if (y < 100) y += 2000;
  const date = isoDate(y, mo!, d!);
  if (!date) return { date: null };
  const out: DateRead = { date };
  if (yearGuessed) out.yearGuessed = true;
  if (weekday !== undefined && weekday !== weekdayOf(date)) out.weekdayMismatch = true;
  return out;
}

/**
 * A time cell: a time value (Excel stores it as a fraction of a day or a Date on 1899-12-30),
 * `19.00`, `19:00`, `19.00 WIB`, `7 PM`, `7.30 pm`, `jam 19`, or a number such as 19.3 (Excel's
 * reading of "19.30"). 'HH:mm', or null.
 */
export function readTime(cell: SheetCell): string | null {
  if (cell === null || cell === '' || typeof cell === 'boolean') return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    return `${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}`;
  }
  if (typeof cell === 'number') {
    if (cell > 0 && cell < 1) {
      const mins = Math.round(cell * 24 * 60) % (24 * 60);
      return `${pad(Math.floor(mins / 60))}:${pad(mins % 60)}`;
    }
    return readTime(String(cell));
  }
  const text = cell.normalize('NFKC').trim().toLowerCase().replace(/^(jam|pukul|pkl\.?|at)\s*/, '');
  const m = /^(\d{1,2})(?:\s*[.:h]\s*(\d{1,2}))?(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?\s*(wib|wita|wit)?$/.exec(text);
  if (!m) return null;
  let h = +m[1]!;
  const min = m[2] === undefined ? 0 : m[2].length === 1 ? +m[2] * 10 : +m[2];
  const ampm = m[3]?.replace(/\./g, '');
  if (ampm) {
    if (h < 1 || h > 12) return null;
    if (ampm === 'pm' && h !== 12) h += 12;
    if (ampm === 'am' && h === 12) h = 0;
  }
  if (h === 24 && min === 0) h = 0;
  if (h > 23 || min > 59) return null;
  return `${pad(h)}:${pad(min)}`;
}

const PLATFORM_ALIASES: Record<string, Platform> = {
  ig: 'instagram', insta: 'instagram', instagram: 'instagram', igs: 'instagram', igf: 'instagram', igr: 'instagram',
  tt: 'tiktok', tiktok: 'tiktok', tik: 'tiktok', tk: 'tiktok',
  x: 'x', twitter: 'x', tw: 'x', twt: 'x',
  threads: 'threads', thread: 'threads', th: 'threads',
  fb: 'facebook', facebook: 'facebook', meta: 'facebook',
  yt: 'youtube', youtube: 'youtube', ytshorts: 'youtube',
  li: 'linkedin', linkedin: 'linkedin', lnkd: 'linkedin',
  pinterest: 'pinterest', pin: 'pinterest',
  blog: 'blog', website: 'blog', web: 'blog', forum: 'blog',
};

const FORMAT_ALIASES: Record<string, Format> = {
  feed: 'feed', post: 'feed', single: 'feed', foto: 'feed', photo: 'feed', image: 'feed', gambar: 'feed', static: 'feed', statis: 'feed',
  carousel: 'carousel', carrousel: 'carousel', karosel: 'carousel', slide: 'carousel', slides: 'carousel', album: 'carousel',
  reel: 'reel', reels: 'reel',
  story: 'story', stories: 'story', igs: 'story', status: 'story',
  video: 'video', vid: 'video',
  short: 'short', shorts: 'short',
  thread: 'thread', utas: 'thread', tweet: 'thread', twit: 'thread', cuitan: 'thread',
  live: 'live', siaran: 'live',
  article: 'article', artikel: 'article', blog: 'article',
};

export interface PlatformRead {
  platforms: Platform[];
  /** Words that named no platform, e.g. "Snapchat". */
  unknown: string[];
  /** A format named in the same cell ("IG Reels"), when there is one. */
  format?: Format;
}

/** `IG, FB`, `IG/TikTok`, `Instagram & Facebook`, `IG Reels + TT`: every platform named. */
export function readPlatforms(cell: SheetCell): PlatformRead {
  const out: PlatformRead = { platforms: [], unknown: [] };
  if (cell === null || typeof cell !== 'string') return out;
  const parts = cell
    .normalize('NFKC')
    .toLowerCase()
    .split(/[,/&+;|\n]|\s+(?:dan|and)\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  for (const part of parts) {
    const words = part.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
    const joined = words.join('');
    let platform: Platform | undefined = PLATFORM_ALIASES[joined];
    let rest: string[] = [];
    if (!platform) {
      for (let i = words.length; i > 0 && !platform; i--) {
        platform = PLATFORM_ALIASES[words.slice(0, i).join('')];
        if (platform) rest = words.slice(i);
      }
    }
    if (!platform) {
      out.unknown.push(part);
      continue;
    }
    if (!out.platforms.includes(platform)) out.platforms.push(platform);
    const fmt = rest.map((w) => FORMAT_ALIASES[w]).find(Boolean) ?? (joined === 'igs' ? 'story' : joined === 'ytshorts' ? 'short' : undefined);
    if (fmt && !out.format) out.format = fmt;
  }
  return out;
}

/** `Reels`, `Carousel`, `IG Story`, `Artikel` → a format, or null. */
export function readFormat(cell: SheetCell): Format | null {
  if (typeof cell !== 'string') return null;
  const words = cell.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  if ((FORMATS as readonly string[]).includes(words.join(''))) return words.join('') as Format;
  for (const w of words) if (FORMAT_ALIASES[w]) return FORMAT_ALIASES[w];
  return null;
}

const STATUS_ALIASES: Array<[RegExp, SlotStatus]> = [
  [/^(ide|idea|ideas|brainstorm)$/, 'idea'],
  [/^(draft|draf|drafting|wip|on progress|in progress|proses|dikerjakan|todo|to do|belum)$/, 'draft'],
  [/^(review|in review|direview|internal review|cek|checking|qc)$/, 'in_review'],
  [/^(sent|dikirim|terkirim|sent to client|kirim ke klien|menunggu approval|waiting approval|waiting for approval)$/, 'sent'],
  [/^(revisi|revise|revision|changes|changes requested|perlu revisi|minta revisi)$/, 'changes_requested'],
  [/^(approved|approve|disetujui|setuju|acc|ok|oke|done approval)$/, 'approved'],
  [/^(scheduled|terjadwal|dijadwalkan|schedule)$/, 'scheduled'],
  [/^(posted|published|terbit|tayang|sudah tayang|terposting|sudah posting|live|uploaded|done)$/, 'posted'],
];

/** The status words of EP sheets, or null for an empty or unknown status. */
export function readStatus(cell: SheetCell): SlotStatus | null {
  if (typeof cell !== 'string') return null;
  const t = cell.normalize('NFKC').toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  for (const [re, s] of STATUS_ALIASES) if (re.test(t)) return s;
  return null;
}

/** Text of any cell, for the text fields: numbers as written, dates as 'YYYY-MM-DD'. */
export function cellText(cell: SheetCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'string') return cell.replace(/\r\n?/g, '\n');
  return String(cell);
}
