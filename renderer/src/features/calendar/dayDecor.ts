import type { Client, Slot } from '../../../../shared/contract/schemas';
import { APPROVED_STATUSES } from '../../../../shared/domain/status';
import { addDays, toWallTime } from '../../../../shared/domain/time';
import type { Moment, MomentKind } from '../../../../shared/holidays';

/**
 * What a day cell shows besides the user's own posts (issue 10, "work first"): moments never take
 * an event row. A short moment is a compact label in the day's header; a long band (Ramadan, its
 * busy hours, the THR season, payday) is one thin strip in a fixed lane, so the same band lines up
 * across the week. The year view adds a density mark per day (posts planned / approved).
 */
export interface DayLabel {
  id: string;
  name: string;
  kind: MomentKind;
  estimated: boolean;
}
export interface DayBand extends DayLabel {
  /** The band starts on this day (its name is printed there). */
  first: boolean;
  last: boolean;
}
export interface DayDecor {
  labels: DayLabel[];
  /** Indexed by lane; null where no band runs that day. */
  bands: Array<DayBand | null>;
  planned: number;
  approved: number;
}
export interface Decor {
  lanes: number;
  days: Map<string, DayDecor>;
}

/** Ranges this long or longer are bands (strips), shorter ones labels. */
const BAND_DAYS = 3;
const spanDays = (m: Moment) => (m.endDate ? (Date.parse(m.endDate) - Date.parse(m.date)) / 86_400_000 + 1 : 1);
export const isBand = (m: Moment) => spanDays(m) >= BAND_DAYS;

export function buildDecor(
  moments: Moment[],
  lang: 'id' | 'en',
  range: { start: string; end: string } | null,
  density?: { slots: Slot[]; clients: Map<string, Client> },
): Decor {
  const days = new Map<string, DayDecor>();
  const day = (d: string) => {
    let hit = days.get(d);
    if (!hit) days.set(d, (hit = { labels: [], bands: [], planned: 0, approved: 0 }));
    return hit;
  };
  const bands = moments.filter(isBand).sort((a, b) => a.date.localeCompare(b.date) || spanDays(b) - spanDays(a));
  // Greedy lanes: a band takes the first lane free on its first day.
  const laneEnds: string[] = [];
  for (const m of bands) {
    const end = m.endDate ?? m.date;
    let lane = laneEnds.findIndex((e) => e < m.date);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = end;
    const label: DayLabel = { id: m.id, name: m.name[lang], kind: m.kind, estimated: m.status === 'estimated' };
    for (let d = m.date; d <= end; d = addDays(d, 1)) {
      if (range && (d < range.start || d >= range.end)) continue;
      const cell = day(d);
      cell.bands[lane] = { ...label, first: d === m.date, last: d === end };
      // The band's name is printed once, in the header of its first day (or the view's first).
      if (d === m.date || (range && d === range.start)) cell.labels.push(label);
    }
  }
  for (const m of moments) {
    if (isBand(m)) continue;
    const end = m.endDate ?? m.date;
    for (let d = m.date; d <= end; d = addDays(d, 1)) {
      day(d).labels.push({ id: m.id, name: m.name[lang], kind: m.kind, estimated: m.status === 'estimated' });
    }
  }
  if (density) {
    for (const s of density.slots) {
      const c = density.clients.get(s.clientId);
      if (!c) continue;
      const d = day(toWallTime(s.startsAt, c.timezone).date);
      d.planned++;
      if (APPROVED_STATUSES.includes(s.status)) d.approved++;
    }
  }
  return { lanes: laneEnds.length, days };
}

/** Holidays first, then the rest as they came: the label a narrow header can show. */
const RANK: Partial<Record<MomentKind, number>> = { 'public-holiday': 0, 'cuti-bersama': 1, client: 2 };
export const sortLabels = (labels: DayLabel[]) => [...labels].sort((a, b) => (RANK[a.kind] ?? 9) - (RANK[b.kind] ?? 9));
