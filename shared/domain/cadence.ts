import type { Cadence } from '../contract/planning';
import type { Slot } from '../contract/schemas';
import type { Format, Platform } from './platforms';
import { addDays, fromWallTime, toWallTime } from './time';

export interface Placeholder {
  cadenceId: string;
  clientId: string;
  platform: Platform;
  format: Format;
  /** Wall-clock date and time in the client's zone. */
  date: string;
  time: string;
  startsAt: string;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a 'YYYY-MM-DD' date. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/**
 * Empty placeholders for each cadence day from `from` to `to` (inclusive wall dates), from
 * `today` on, unless a slot already fills it: one made from that cadence, or one of the same
 * format with copy for that platform, on that day.
 */
export function cadencePlaceholders(
  cadences: readonly Cadence[],
  slots: readonly Slot[],
  from: string,
  to: string,
  today: string,
  zoneOf: (clientId: string) => string | undefined,
): Placeholder[] {
  if (cadences.length === 0) return [];
  const filled = new Set<string>();
  for (const s of slots) {
    const zone = zoneOf(s.clientId);
    if (!zone) continue;
    const { date } = toWallTime(s.startsAt, zone);
    if (s.cadenceId) filled.add(`${s.cadenceId}|${date}`);
    for (const v of s.variants) filled.add(`${s.clientId}|${s.format}|${v.platform}|${date}`);
  }
  const out: Placeholder[] = [];
  const start = from > today ? from : today;
  for (const c of cadences) {
    const zone = zoneOf(c.clientId);
    if (!zone) continue;
    for (let date = start; date <= to; date = addDays(date, 1)) {
      if (!c.weekdays.includes(isoWeekday(date))) continue;
      if (filled.has(`${c.id}|${date}`) || filled.has(`${c.clientId}|${c.format}|${c.platform}|${date}`)) continue;
      out.push({
        cadenceId: c.id,
        clientId: c.clientId,
        platform: c.platform,
        format: c.format,
        date,
        time: c.time,
        startsAt: fromWallTime(date, c.time, zone),
      });
    }
  }
  return out;
}
