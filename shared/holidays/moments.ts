/**
 * `momentsBetween`: every holiday, season and marketing moment overlapping [from, to], with the
 * user's confirmations and shifts applied. A year's moments are built once and cached (frozen);
 * a call only applies overrides, filters and sorts, so a whole year costs well under 2 ms.
 */
import { clientMoments } from './client';
import { isIsoDate, yearOf } from './dates';
import { anchorId, applyOverrides, draft, overrideMap, type Draft } from './draft';
import { estimatedHolidays } from './estimated';
import { clearHijriEventCache } from './hijriEvents';
import { clearIslamicCache } from './islamic';
import { calendarMoments } from './marketing';
import { officialYear, type OfficialYear } from './official';
import { islamicSeasons } from './seasons';
import { MOMENT_KINDS, type IsoDate, type Moment, type MomentOptions } from './types';

function officialHolidays(t: OfficialYear): Draft[] {
  return t.holidays.map((h) => {
    const m: Moment = {
      id: anchorId(t.year, h.key),
      key: h.key,
      year: t.year,
      date: h.date,
      kind: h.kind,
      name: { ...h.name },
      status: 'official',
      source: h.source ?? t.source,
    };
    // Day 2 of Idulfitri follows day 1 when the user shifts it after the isbat.
    return h.key === 'idul-fitri-2' ? draft(m, { start: anchorId(t.year, 'idul-fitri-1') }) : draft(m);
  });
}

const drafts = new Map<number, readonly Draft[]>();

function draftsForYear(year: number): readonly Draft[] {
  let list = drafts.get(year);
  if (!list) {
    const table = officialYear(year);
    list = Object.freeze([
      ...(table ? officialHolidays(table) : estimatedHolidays(year)),
      ...islamicSeasons(year),
      ...calendarMoments(year),
    ]);
    drafts.set(year, list);
  }
  return list;
}

const KIND_ORDER = new Map(MOMENT_KINDS.map((k, i) => [k, i]));

function compareMoments(a: Moment, b: Moment): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const k = (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0);
  if (k !== 0) return k;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Moments overlapping [from, to] (inclusive 'YYYY-MM-DD'), sorted by date then kind. Returned
 * moments are frozen and shared between calls: copy before editing. Checked for 2020–2035;
 * other years are computed the same way.
 */
export function momentsBetween(from: IsoDate, to: IsoDate, options: MomentOptions = {}): Moment[] {
  if (!isIsoDate(from) || !isIsoDate(to)) throw new RangeError(`momentsBetween needs 'YYYY-MM-DD' dates, got ${String(from)} and ${String(to)}`);
  if (from > to) return [];
  const hidden = new Set(options.hiddenKinds ?? []);
  const overrides = overrideMap(options.overrides);
  const out: Moment[] = [];
  // One year of margin each side: ranges cross year ends (year-end season, a December
  // Ramadan, the THR season before a January Lebaran) and shifts can cross 1 January.
  for (let y = yearOf(from) - 1; y <= yearOf(to) + 1; y++) {
    for (const d of draftsForYear(y)) {
      if (hidden.has(d.moment.kind)) continue;
      const m = overrides.size > 0 ? applyOverrides(d, overrides) : d.moment;
      if (m.date <= to && (m.endDate ?? m.date) >= from) out.push(m);
    }
  }
  if (!hidden.has('client') && options.clientDates?.length) {
    for (const m of clientMoments(options.clientDates, from, to, options.clientId)) out.push(Object.freeze(m));
  }
  return out.sort(compareMoments);
}

/**
 * Where to store a confirmation or shift for this moment: its own year and key, or those of
 * the date it derives from (Idulfitri day 2, the THR season → 1 Syawal). Undefined for client
 * dates, which the user edits directly.
 */
export function overrideTargetOf(moment: Pick<Moment, 'id' | 'year' | 'kind'>): { momentKey: string; year: number } | undefined {
  if (moment.kind === 'client') return undefined;
  const d = draftsForYear(moment.year).find((x) => x.moment.id === moment.id);
  if (!d) return undefined;
  const sep = d.start.indexOf(':');
  return { year: Number(d.start.slice(0, sep)), momentKey: d.start.slice(sep + 1) };
}

/** Drops every cache (for benchmarks measuring a cold start). */
export function clearHolidayCaches(): void {
  drafts.clear();
  clearHijriEventCache();
  clearIslamicCache();
}
