/**
 * Local calendar dates ('YYYY-MM-DD') in words, for what the core writes (PDF, XLSX, the
 * bundle's read-me): "Senin, 1 Februari 2027" / "Monday, 1 February 2027". Formatted at UTC
 * so no zone can move the day; the renderer's `useFormatDate` is the same for the UI.
 */
import { zoneLabel } from './time';

export type DateLanguage = 'id' | 'en';

const TAGS: Record<DateLanguage, string> = { id: 'id-ID', en: 'en-GB' };
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: DateLanguage, opts: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  let f = cache.get(lang + key);
  if (!f) cache.set(lang + key, (f = new Intl.DateTimeFormat(TAGS[lang], { timeZone: 'UTC', ...opts })));
  return f;
}

const at = (date: string) => new Date(`${date}T00:00:00Z`);

/** "Senin, 1 Februari 2027". */
export const formatLongDate = (date: string, lang: DateLanguage): string =>
  formatter(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, 'long').format(at(date));

/** "1 Februari 2027". */
export const formatDate = (date: string, lang: DateLanguage): string =>
  formatter(lang, { day: 'numeric', month: 'long', year: 'numeric' }, 'date').format(at(date));

/** "Senin". */
export const weekdayName = (date: string, lang: DateLanguage): string =>
  formatter(lang, { weekday: 'long' }, 'weekday').format(at(date));

/** "1–28 Februari 2027", "28 Januari – 3 Februari 2027". */
export const formatPeriod = (from: string, to: string, lang: DateLanguage): string =>
  formatter(lang, { day: 'numeric', month: 'long', year: 'numeric' }, 'date').formatRange(at(from), at(to));

/** "Feb 2027" / "Februari 2027" ('YYYY-MM' or 'YYYY-MM-DD'). */
export const formatMonth = (month: string, lang: DateLanguage, style: 'long' | 'short' = 'long'): string =>
  formatter(lang, { month: style, year: 'numeric' }, `month-${style}`).format(at(month.length === 7 ? `${month}-01` : month));

/** "Kam, 11 Feb 2027" / "Kamis, 11 Februari 2027" — the UI's date labels. */
export const formatDay = (date: string, lang: DateLanguage, style: 'short' | 'long' = 'short'): string =>
  formatter(lang, { weekday: style, day: 'numeric', month: style, year: 'numeric' }, `day-${style}`).format(at(date));

/** "11 Feb" / "11 Februari" (a yearly date). */
export const formatDayMonth = (date: string, lang: DateLanguage, style: 'short' | 'long' = 'long'): string =>
  formatter(lang, { day: 'numeric', month: style }, `dm-${style}`).format(at(date));

/** Short weekday names Monday first: ["Sen", … "Min"] / ["Mon", … "Sun"]. */
export const weekdaysShort = (lang: DateLanguage): string[] =>
  Array.from({ length: 7 }, (_, i) => formatter(lang, { weekday: 'short' }, 'wd-short').format(at(`2027-02-${String(1 + i).padStart(2, '0')}`)));

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();
function zoneFormatter(lang: DateLanguage, zone: string, key: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = `${lang}|${zone}|${key}`;
  let f = zoneFormatters.get(k);
  if (!f) zoneFormatters.set(k, (f = new Intl.DateTimeFormat(TAGS[lang], { timeZone: zone, ...opts })));
  return f;
}

/** "WIB", "WITA", "WIT" for Indonesian zones; "GMT+8" and the like elsewhere. */
export const zoneName = (zone: string, _lang: DateLanguage, instant: string | Date = new Date()): string => zoneLabel(zone, new Date(instant));

/** "19.00" / "19:00" — always 24-hour. */
export const formatTime = (instant: string | Date, zone: string, lang: DateLanguage): string =>
  zoneFormatter(lang, zone, 'time', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));

/** "19.00" / "19:00" from a wall-clock 'HH:mm'. */
export const formatWallTime = (time: string, lang: DateLanguage): string => (lang === 'id' ? time.replace(':', '.') : time);

export interface InstantStyle {
  /** 'long': "Kamis, 11 Feb 2027"; 'short' (default): "Kam, 11 Feb 2027"; 'none': "11 Feb 2027". */
  weekday?: 'long' | 'short' | 'none';
  /** Append the zone's name (WIB/WITA/WIT); default true. */
  zone?: boolean;
}

/** An instant in a zone: "Kamis, 11 Feb 2027 19.00 WITA" / "Thursday, 11 Feb 2027, 19:00 WITA". */
export function formatInstant(instant: string | Date, zone: string, lang: DateLanguage, style: InstantStyle = {}): string {
  const weekday = style.weekday ?? 'short';
  const opts: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
  if (weekday !== 'none') opts.weekday = weekday;
  const date = zoneFormatter(lang, zone, `date-${weekday}`, opts).format(new Date(instant));
  const time = formatTime(instant, zone, lang);
  const sep = lang === 'id' ? ' ' : ', ';
  return style.zone === false ? `${date}${sep}${time}` : `${date}${sep}${time} ${zoneName(zone, lang, instant)}`;
}
