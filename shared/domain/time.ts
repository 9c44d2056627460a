/** Time helpers that work the same in Node and Chromium (Intl only). */

const zoneCache = new Map<string, boolean>();

export function isValidTimeZone(zone: string): boolean {
  let ok = zoneCache.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    zoneCache.set(zone, ok);
  }
  return ok;
}

const partsCache = new Map<string, Intl.DateTimeFormat>();
function partsFormat(zone: string): Intl.DateTimeFormat {
  let f = partsCache.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsCache.set(zone, f);
  }
  return f;
}

export interface WallTime {
  date: string; // YYYY-MM-DD
  time: string; // HH:mm
}

/** The wall-clock date and time of a UTC instant in an IANA zone. */
export function toWallTime(instant: string | Date, zone: string): WallTime {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  const p: Record<string, string> = {};
  for (const part of partsFormat(zone).formatToParts(d)) p[part.type] = part.value;
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Offset of `zone` from UTC, in minutes, at `instant`. */
function offsetMinutes(instant: Date, zone: string): number {
  const w = toWallTime(instant, zone);
  const asUtc = Date.parse(`${w.date}T${w.time}:00Z`);
  const truncated = Math.floor(instant.getTime() / 60_000) * 60_000;
  return (asUtc - truncated) / 60_000;
}

/**
 * The UTC instant of a wall-clock date and time in an IANA zone. Indonesian zones have no DST;
 * for zones that do, a time in the spring gap resolves forward, like most calendars do.
 */
export function fromWallTime(date: string, time: string, zone: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  let ms = guess.getTime() - offsetMinutes(guess, zone) * 60_000;
  const second = offsetMinutes(new Date(ms), zone);
  ms = guess.getTime() - second * 60_000;
  return new Date(ms).toISOString();
}

/** Short label of a zone as Indonesians say it: WIB, WITA, WIT, or the zone's own short name. */
export function zoneLabel(zone: string, at: Date = new Date()): string {
  const id: Record<string, string> = {
    'Asia/Jakarta': 'WIB',
    'Asia/Pontianak': 'WIB',
    'Asia/Makassar': 'WITA',
    'Asia/Jayapura': 'WIT',
  };
  if (id[zone]) return id[zone];
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}

/** Add days to a local date string, in UTC arithmetic so no zone can shift it. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
