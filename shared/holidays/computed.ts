/**
 * Holidays computed for years without a decree: Easter-based days and Chinese New Year.
 * Nyepi and Waisak are estimated from the Moon in lunar.ts.
 */
import { fromDayNumber, isoDate, toDayNumber } from './dates';
import type { IsoDate } from './types';

/** Easter Sunday, anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/**
 * Published Chinese New Year dates. ICU's `chinese` calendar puts 2027 and 2030 a day late
 * (their new moons fall just before midnight Beijing time) and its result depends on the ICU
 * bundled with Node or Electron, so the published table comes first.
 */
const CHINESE_NEW_YEAR: Readonly<Record<number, IsoDate>> = {
  2020: '2020-01-25', 2021: '2021-02-12', 2022: '2022-02-01', 2023: '2023-01-22',
  2024: '2024-02-10', 2025: '2025-01-29', 2026: '2026-02-17', 2027: '2027-02-06',
  2028: '2028-01-26', 2029: '2029-02-13', 2030: '2030-02-03', 2031: '2031-01-23',
  2032: '2032-02-11', 2033: '2033-01-31', 2034: '2034-02-19', 2035: '2035-02-08',
};

let chineseFormatter: Intl.DateTimeFormat | undefined;

/** First day of the first month in ICU's Chinese calendar (New Year is always 21 Jan – 20 Feb). */
export function chineseNewYearIntl(year: number): IsoDate | undefined {
  chineseFormatter ??= new Intl.DateTimeFormat('en-u-ca-chinese-nu-latn', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
  if (chineseFormatter.resolvedOptions().calendar !== 'chinese') return undefined;
  const first = toDayNumber(isoDate(year, 1, 21));
  for (let d = first; d <= first + 31; d++) {
    const parts = chineseFormatter.formatToParts(new Date(d * 86_400_000));
    const month = parts.find((p) => p.type === 'month')?.value;
    const day = parts.find((p) => p.type === 'day')?.value;
    if (month === '1' && day === '1') return fromDayNumber(d);
  }
  return undefined;
}

export interface ComputedDate {
  date: IsoDate;
  source: string;
}

export function chineseNewYear(year: number): ComputedDate | undefined {
  const published = CHINESE_NEW_YEAR[year];
  if (published) return { date: published, source: 'Published Chinese calendar tables' };
  const date = chineseNewYearIntl(year);
  return date ? { date, source: 'Chinese calendar (Intl)' } : undefined;
}
