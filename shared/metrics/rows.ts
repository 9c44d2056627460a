import { toWallTime } from '../domain/time';
import { TOTAL_LABELS, normHeader } from './aliases';
import { METRIC_FIELDS, type Field, type MetricPlatform, type Metrics, type Source } from './fields';
import { parseDate, parseDateTime, parseMonthDay, parseNumber, recoverYear, snowflakeTime, tiktokIdTime } from './values';

/** Why a row could not be read as it is; the renderer words each code (metrics.problem.<code>). */
export const ROW_PROBLEMS = ['no_id', 'bad_number', 'bad_date', 'no_date', 'id_time_mismatch', 'duplicate'] as const;
export type RowProblemCode = (typeof ROW_PROBLEMS)[number];
export interface RowProblem {
  code: RowProblemCode;
  column?: string;
  value?: string;
}

export interface MetricRow {
  /** Line of the row in its sheet, counted from 1 as a spreadsheet shows it. */
  line: number;
  platform: MetricPlatform;
  externalId: string;
  url: string;
  caption: string;
  postType: string;
  /** UTC instant when the file (or the post id) gives the time of day, else null. */
  publishedAt: string | null;
  /** The publish date in the client's zone (or as the file gives it when it has no time). */
  date: string | null;
  metrics: Metrics;
  problems: RowProblem[];
  /** False when the row cannot be imported (no id, no date). */
  ok: boolean;
}

export interface ReadOptions {
  source: Source;
  headers: string[];
  mapping: Array<Field | null>;
  /** Rows below the header row, and the sheet line of the first one. */
  rows: string[][];
  firstLine: number;
  clientZone: string;
  /** The zone the file writes times in where it does not say (Meta: US Pacific, reference §1). */
  sourceZone: string;
  /** The day the file was exported: the latest a post in it can be (TikTok's year). */
  exportDate: string;
  /** Platform for Meta rows the file does not tell apart. */
  platformHint?: MetricPlatform;
}

export const DEFAULT_SOURCE_ZONE: Record<Source, string> = {
  meta: 'America/Los_Angeles',
  tiktok: 'UTC',
  x: 'UTC',
  x_legacy: 'UTC',
  youtube: 'UTC',
  linkedin: 'UTC',
};

const SOURCE_PLATFORM: Record<Exclude<Source, 'meta'>, MetricPlatform> = {
  tiktok: 'tiktok',
  x: 'x',
  x_legacy: 'x',
  youtube: 'youtube',
  linkedin: 'linkedin',
};

function metaPlatform(url: string, postType: string, headers: string[], hint?: MetricPlatform): MetricPlatform {
  if (/instagram\.com/i.test(url) || /^ig\b/i.test(postType.trim())) return 'instagram';
  if (/facebook\.com|fb\.watch/i.test(url)) return 'facebook';
  const h = headers.map(normHeader);
  if (h.includes('account username') || h.includes('nome de usuário da conta')) return 'instagram';
  if (h.includes('page name') || h.includes('page id')) return 'facebook';
  return hint ?? 'instagram';
}

/** The platform's own id of a post, from its link when the file has no id column. */
export function idFromUrl(url: string): string {
  const u = url.trim();
  const m =
    /tiktok\.com\/@[^/]+\/(?:video|photo)\/(\d+)/i.exec(u) ??
    /(?:twitter|x)\.com\/[^/]+\/status(?:es)?\/(\d+)/i.exec(u) ??
    /instagram\.com\/(?:[^/]+\/)?(?:p|reel|reels|tv)\/([\w-]+)/i.exec(u) ??
    /(?:youtube\.com\/(?:watch\?v=|shorts\/)|youtu\.be\/)([\w-]{11})/i.exec(u) ??
    /urn:li:(?:activity|share|ugcPost):(\d+)/i.exec(u);
  return m ? m[1]! : u.replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase();
}

function urlFor(platform: MetricPlatform, id: string, url: string): string {
  if (url) return url;
  if (platform === 'youtube' && /^[\w-]{11}$/.test(id)) return `https://www.youtube.com/watch?v=${id}`;
  if (platform === 'x' && /^\d+$/.test(id)) return `https://x.com/i/status/${id}`;
  return '';
}

const dayDiff = (a: string, b: string) => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;

/**
 * Reads the rows under the header through the column mapping. Summary rows (Total) and empty
 * rows are skipped and counted; everything else comes back, with its problems listed per row.
 */
export function readRows(o: ReadOptions): { rows: MetricRow[]; skipped: number } {
  const col = new Map<Field, number>();
  o.mapping.forEach((f, i) => {
    if (f && !col.has(f)) col.set(f, i);
  });
  const out: MetricRow[] = [];
  let skipped = 0;
  const seen = new Map<string, MetricRow>();
  o.rows.forEach((cells, i) => {
    const get = (f: Field) => {
      const c = col.get(f);
      return c === undefined ? '' : (cells[c] ?? '').trim();
    };
    const first = normHeader(cells.find((c) => c.trim() !== '') ?? '');
    if (cells.every((c) => c.trim() === '') || TOTAL_LABELS.includes(first) || TOTAL_LABELS.includes(normHeader(get('postId')))) {
      skipped++;
      return;
    }
    const problems: RowProblem[] = [];
    const rawUrl = get('url');
    const postType = get('postType');
    const platform = o.source === 'meta' ? metaPlatform(rawUrl, postType, o.headers, o.platformHint) : SOURCE_PLATFORM[o.source];
    const externalId = get('postId') || (rawUrl ? idFromUrl(rawUrl) : '');
    if (!externalId) problems.push({ code: 'no_id' });

    const metrics: Metrics = {};
    for (const f of METRIC_FIELDS) {
      const c = col.get(f);
      if (c === undefined) continue;
      const raw = (cells[c] ?? '').trim();
      const n = parseNumber(raw, f === 'watchHours');
      if (n === null) continue;
      if (Number.isNaN(n) || n < 0) problems.push({ code: 'bad_number', column: o.headers[c], value: raw.slice(0, 80) });
      else metrics[f] = n;
    }

    let publishedAt: string | null = null;
    let date: string | null = null;
    const rawTime = get('publishTime');
    const rawDate = get('postDate');
    if (rawTime) {
      publishedAt = parseDateTime(rawTime, o.sourceZone);
      if (!publishedAt) {
        const d = parseDate(rawTime);
        if (d) date = d;
        else problems.push({ code: 'bad_date', column: o.headers[col.get('publishTime')!], value: rawTime.slice(0, 80) });
      }
    } else if (rawDate) {
      const md = parseDate(rawDate) ?? (parseMonthDay(rawDate) ? recoverYear(parseMonthDay(rawDate)!, o.exportDate) : null);
      if (!md) problems.push({ code: 'bad_date', column: o.headers[col.get('postDate')!], value: rawDate.slice(0, 80) });
      date = md;
      // The id knows the minute the post went up (TikTok video ids, X Snowflake ids).
      const fromId = o.source === 'tiktok' ? tiktokIdTime(externalId) : o.source === 'x' ? snowflakeTime(externalId) : null;
      if (fromId) {
        const idDate = toWallTime(fromId, o.clientZone).date;
        if (!date || dayDiff(idDate, date) <= 1) publishedAt = fromId;
        else problems.push({ code: 'id_time_mismatch', value: rawDate.slice(0, 80) });
      }
    }
    if (publishedAt) date = toWallTime(publishedAt, o.clientZone).date;
    if (!date && !problems.some((p) => p.code === 'bad_date')) problems.push({ code: 'no_date' });

    const row: MetricRow = {
      line: o.firstLine + i,
      platform,
      externalId,
      url: urlFor(platform, externalId, rawUrl),
      caption: get('caption') || get('title'),
      postType,
      publishedAt,
      date,
      metrics,
      problems,
      ok: externalId !== '' && date !== null,
    };
    const key = `${platform}:${externalId}`;
    if (row.ok && seen.has(key)) {
      // Meta writes a post once per Date value; keep the first and say the rest were duplicates.
      row.problems.push({ code: 'duplicate' });
      row.ok = false;
    } else if (row.ok) seen.set(key, row);
    out.push(row);
  });
  return { rows: out, skipped };
}
