import { fromWallTime } from '../domain/time';

/** Cell values as the exports write them: numbers with separators, dates in several spellings. */

/**
 * A count or a decimal from an export cell; null for an empty cell or a dash. Thousands separators
 * ("5,431", "5.431") and K/M abbreviations are read; a decimal comma ("2,5") only for decimals.
 * Returns NaN when the cell holds something else, so the row can say so.
 */
export function parseNumber(raw: string, decimal = false): number | null {
  let s = raw.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  if (s === '' || /^[-–—]+$/.test(s)) return null;
  const suffix = /^(-?[\d.,]+)([kKmM])$/.exec(s);
  let scale = 1;
  if (suffix) {
    s = suffix[1]!.replace(',', '.');
    scale = /k/i.test(suffix[2]!) ? 1e3 : 1e6;
    return Number.isFinite(Number(s)) ? Math.round(Number(s) * scale) : NaN;
  }
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) && !(decimal && /^-?\d+\.\d{3}$/.test(s))) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(s)) s = decimal ? s.replace(',', '.') : s.replace(',', '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return NaN;
  const n = Number(s);
  return decimal ? n : Math.round(n);
}

const MONTHS: Record<string, number> = {};
const names: Array<[number, string[]]> = [
  [1, ['january', 'jan', 'januari']],
  [2, ['february', 'feb', 'februari', 'pebruari']],
  [3, ['march', 'mar', 'maret']],
  [4, ['april', 'apr']],
  [5, ['may', 'mei']],
  [6, ['june', 'jun', 'juni']],
  [7, ['july', 'jul', 'juli']],
  [8, ['august', 'aug', 'agustus', 'agu', 'agt', 'ags']],
  [9, ['september', 'sep', 'sept']],
  [10, ['october', 'oct', 'oktober', 'okt']],
  [11, ['november', 'nov', 'nop', 'nopember']],
  [12, ['december', 'dec', 'desember', 'des']],
];
for (const [n, list] of names) for (const name of list) MONTHS[name] = n;
const monthOf = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, '')];

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
function validDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 ? ymd(y, m, d) : null;
}

/** A month and day with no year: TikTok's "September 25", "25 September", "9月13日". */
export function parseMonthDay(raw: string): { month: number; day: number } | null {
  const s = raw.trim();
  let m = /^([A-Za-z.]+)\s+(\d{1,2})$/.exec(s);
  if (m && monthOf(m[1]!)) return { month: monthOf(m[1]!)!, day: Number(m[2]) };
  m = /^(\d{1,2})\s+([A-Za-z.]+)$/.exec(s);
  if (m && monthOf(m[2]!)) return { month: monthOf(m[2]!)!, day: Number(m[1]) };
  m = /^(\d{1,2})月(\d{1,2})日$/.exec(s);
  if (m) return { month: Number(m[1]), day: Number(m[2]) };
  return null;
}

/**
 * The year a month-day without one belongs to: the latest date on or before `reference` (the day
 * the file was exported), since an export only holds posts already published.
 */
export function recoverYear(md: { month: number; day: number }, reference: string): string | null {
  const refYear = Number(reference.slice(0, 4));
  for (const y of [refYear, refYear - 1]) {
    const d = validDate(y, md.month, md.day);
    if (d && d <= reference) return d;
  }
  return validDate(refYear - 1, md.month, md.day);
}

/**
 * A calendar date in the spellings seen: ISO, "Jan 6, 2024", "Tue, Jul 14, 2026", "6 Jan 2024",
 * "6 Januari 2024", and slashed dates month-first (Meta, LinkedIn: 03/25/2025).
 */
export function parseDate(raw: string): string | null {
  const s = raw.trim().replace(/^[A-Za-z]{3,9},\s*/, '');
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return validDate(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(s);
  if (m) return validDate(+m[3]!, +m[1]!, +m[2]!);
  m = /^([A-Za-z.]+)\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
  if (m && monthOf(m[1]!)) return validDate(+m[3]!, monthOf(m[1]!)!, +m[2]!);
  m = /^(\d{1,2})\s+([A-Za-z.]+)\s+(\d{4})$/.exec(s);
  if (m && monthOf(m[2]!)) return validDate(+m[3]!, monthOf(m[2]!)!, +m[1]!);
  return null;
}

/**
 * A date and time written in `zone` ("03/25/2025 22:00", "2025-03-25 22:00", "2025-03-25T22:00:00")
 * or with its own offset ("2026-06-20 09:00 +0000"), as a UTC instant. null if unreadable.
 */
export function parseDateTime(raw: string, zone: string): string | null {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  let date: string | null = null;
  let hh = 0;
  let mm = 0;
  let offset: string | undefined;
  if (m) {
    date = validDate(+m[1]!, +m[2]!, +m[3]!);
    hh = +m[4]!;
    mm = +m[5]!;
    offset = m[6];
  } else {
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp][Mm])?$/.exec(s);
    if (!m) return null;
    date = validDate(+m[3]!, +m[1]!, +m[2]!);
    hh = +m[4]!;
    mm = +m[5]!;
    if (m[6]) hh = (hh % 12) + (/p/i.test(m[6]) ? 12 : 0);
  }
  if (!date || hh > 23 || mm > 59) return null;
  const time = `${pad(hh)}:${pad(mm)}`;
  if (offset) {
    const o = offset === 'Z' ? '+00:00' : offset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return new Date(`${date}T${time}:00${o}`).toISOString().replace('.000Z', 'Z').replace(/\.\d+Z$/, 'Z');
  }
  return fromWallTime(date, time, zone).replace(/\.\d+Z$/, 'Z');
}

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

/** Upload time hidden in a TikTok video id: its top 32 bits are Unix seconds. */
export function tiktokIdTime(id: string): string | null {
  if (!/^\d{15,20}$/.test(id)) return null;
  const secs = Number(BigInt(id) >> 32n);
  return secs > 1_400_000_000 && secs < 4_000_000_000 ? isoSeconds(secs * 1000) : null;
}

/** Creation time of an X post id (Snowflake: milliseconds since X's epoch in the bits above 22). */
export function snowflakeTime(id: string): string | null {
  if (!/^\d{15,20}$/.test(id)) return null;
  const ms = Number((BigInt(id) >> 22n) + 1288834974657n);
  return ms > 1_400_000_000_000 && ms < 4_000_000_000_000 ? isoSeconds(ms) : null;
}
