/**
 * The Islamic days the calendar needs, per Gregorian year: official where a decree or isbat
 * fixed them, Umm al-Qura estimates elsewhere. The Hijri year is 11 days shorter, so one
 * Gregorian year can hold the same event twice (Idulfitri on 2033-01-03 and 2033-12-23): the
 * second gets the key suffix `-<hijriYear>h` so both keep stable ids.
 */
import { isoDate, yearOf } from './dates';
import { fromHijri, ISLAMIC_ESTIMATE_SOURCE, toHijri } from './islamic';
import { officialHijriDate } from './official';
import type { IsoDate } from './types';

export type HijriEventKey = 'tahun-baru-islam' | 'maulid' | 'isra-miraj' | 'ramadan' | 'idul-fitri-1' | 'idul-adha';

const EVENTS: ReadonlyArray<{ event: HijriEventKey; month: number; day: number }> = [
  { event: 'tahun-baru-islam', month: 1, day: 1 },
  { event: 'maulid', month: 3, day: 12 },
  { event: 'isra-miraj', month: 7, day: 27 },
  { event: 'ramadan', month: 9, day: 1 },
  { event: 'idul-fitri-1', month: 10, day: 1 },
  { event: 'idul-adha', month: 12, day: 10 },
];

export interface HijriEvent {
  event: HijriEventKey;
  hijriYear: number;
  /** '' or '-<hijriYear>h' for a second occurrence in the same Gregorian year. */
  suffix: string;
  key: string;
  year: number;
  date: IsoDate;
  status: 'official' | 'estimated';
  source: string;
}

function baseDate(event: HijriEventKey, hijriYear: number): { date: IsoDate; official: boolean; source: string } | undefined {
  const e = EVENTS.find((x) => x.event === event);
  if (!e) return undefined;
  const official = officialHijriDate(hijriYear, e.month, e.day);
  if (official) return { date: official.date, official: true, source: official.source };
  const date = fromHijri(hijriYear, e.month, e.day);
  return date ? { date, official: false, source: ISLAMIC_ESTIMATE_SOURCE } : undefined;
}

const byYear = new Map<number, readonly HijriEvent[]>();

export function hijriEventsInYear(year: number): readonly HijriEvent[] {
  const hit = byYear.get(year);
  if (hit) return hit;
  // ±1 Hijri year of margin: an official date can sit on the other side of 1 January.
  const first = toHijri(isoDate(year, 1, 1)).year - 1;
  const last = toHijri(isoDate(year, 12, 31)).year + 1;
  const found: Array<Omit<HijriEvent, 'suffix' | 'key'>> = [];
  for (let h = first; h <= last; h++) {
    for (const { event } of EVENTS) {
      const base = baseDate(event, h);
      if (!base || yearOf(base.date) !== year) continue;
      found.push({ event, hijriYear: h, year, date: base.date, status: base.official ? 'official' : 'estimated', source: base.source });
    }
  }
  found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const seen = new Set<HijriEventKey>();
  const events = found.map((e) => {
    const suffix = seen.has(e.event) ? `-${e.hijriYear}h` : '';
    seen.add(e.event);
    return Object.freeze({ ...e, suffix, key: e.event + suffix });
  });
  byYear.set(year, events);
  return events;
}

/** One event of one Hijri year, wherever it falls. */
export function hijriEvent(event: HijriEventKey, hijriYear: number): HijriEvent | undefined {
  const base = baseDate(event, hijriYear);
  if (!base) return undefined;
  return hijriEventsInYear(yearOf(base.date)).find((e) => e.event === event && e.hijriYear === hijriYear);
}

export function clearHijriEventCache(): void {
  byYear.clear();
}
