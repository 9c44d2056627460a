/**
 * Hijri ↔ Gregorian by the Umm al-Qura calendar in `Intl` (ICU). Checked against Kemenag's
 * decisions for 2024–2026 it gives the same day or one day early, never late, so it is only an
 * estimate. Conversions are dates, not instants: a Hijri day starts at the previous sunset, and
 * formatting at UTC midnight names the Hijri day that covers that civil date's daylight.
 */
import { fromDayNumber, toDayNumber } from './dates';
import type { IsoDate } from './types';

export interface HijriDate {
  year: number;
  month: number;
  day: number;
}

const CALENDAR = 'islamic-umalqura';
const formatter = new Intl.DateTimeFormat(`en-u-ca-${CALENDAR}-nu-latn`, {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});
/** ICU builds without the calendar fall back silently to Gregorian; then use the tabular one. */
const hasUmmAlQura = formatter.resolvedOptions().calendar === CALENDAR;

/** Describes where the estimate comes from, for `Moment.source`. */
export const ISLAMIC_ESTIMATE_SOURCE = hasUmmAlQura
  ? 'Umm al-Qura (Intl), estimate; the isbat may set it a day later'
  : 'Tabular Islamic calendar, estimate; the isbat may differ by a day or two';

/** Tabular (civil) Islamic calendar, days since 1970-01-01: the first guess, ±2 days of Umm al-Qura. */
function civilDayNumber(year: number, month: number, day: number): number {
  return day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948439 - 2440588;
}

/** Exported for its test; the fallback when ICU lacks Umm al-Qura. */
export function civilFromDayNumber(days: number): HijriDate {
  const jd = days + 2440588;
  const year = Math.floor((30 * (jd - 1948440) + 10646) / 10631);
  const month = Math.min(12, Math.ceil((jd - 29 - civilDayNumber(year, 1, 1) - 2440588) / 29.5) + 1);
  const day = jd - (civilDayNumber(year, month, 1) + 2440588) + 1;
  return { year, month, day };
}

function hijriOfDayNumber(days: number): HijriDate {
  if (!hasUmmAlQura) return civilFromDayNumber(days);
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of formatter.formatToParts(new Date(days * 86_400_000))) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
  }
  return { year, month, day };
}

export function toHijri(date: IsoDate): HijriDate {
  return hijriOfDayNumber(toDayNumber(date));
}

const cache = new Map<string, IsoDate | undefined>();

/** Gregorian date of a Hijri day by Umm al-Qura (cached). Day 30 of a 29-day month is not found. */
export function fromHijri(year: number, month: number, day: number): IsoDate | undefined {
  const cacheKey = `${year}-${month}-${day}`;
  if (cache.has(cacheKey)) return cache.get(cacheKey);
  const target = civilDayNumber(year, month, day);
  const matches = (d: number) => {
    const h = hijriOfDayNumber(d);
    return h.year === year && h.month === month && h.day === day;
  };
  let found: number | undefined;
  let guess = target;
  // Each step corrects by the civil-calendar distance between what ICU says and the target.
  for (let i = 0; i < 6 && found === undefined; i++) {
    const h = hijriOfDayNumber(guess);
    if (h.year === year && h.month === month && h.day === day) found = guess;
    else {
      const delta = target - civilDayNumber(h.year, h.month, h.day);
      if (delta === 0) break;
      guess += delta;
    }
  }
  for (let d = target - 4; found === undefined && d <= target + 4; d++) if (matches(d)) found = d;
  const result = found === undefined ? undefined : fromDayNumber(found);
  cache.set(cacheKey, result);
  return result;
}

export function clearIslamicCache(): void {
  cache.clear();
}
