import { getTimeZones } from '@vvo/tzdb';

/** Indonesia's zones first (WIB, WITA, WIT), then the rest of the world's. */
export const INDONESIAN_ZONES = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'] as const;

export interface ZoneOption {
  value: string;
  label: string;
}

const offset = (minutes: number) => {
  const sign = minutes < 0 ? '−' : '+';
  const m = Math.abs(minutes);
  return `UTC${sign}${Math.floor(m / 60)}${m % 60 ? `:${String(m % 60).padStart(2, '0')}` : ''}`;
};

/**
 * Every other zone under its current IANA name (Asia/Kolkata, not Asia/Calcutta; Europe/Kyiv),
 * from @vvo/tzdb, labelled with its offset and main cities and sorted by offset.
 */
export function otherZones(): ZoneOption[] {
  return getTimeZones()
    .filter((z) => !(INDONESIAN_ZONES as readonly string[]).some((id) => z.group.includes(id)))
    .sort((a, b) => a.rawOffsetInMinutes - b.rawOffsetInMinutes || a.name.localeCompare(b.name))
    .map((z) => ({ value: z.name, label: `${offset(z.rawOffsetInMinutes)} · ${z.name.replaceAll('_', ' ')} — ${z.mainCities.slice(0, 2).join(', ')}` }));
}

/** The current name of a zone saved under an old one (Asia/Calcutta → Asia/Kolkata). */
export function currentZoneName(zone: string): string {
  if ((INDONESIAN_ZONES as readonly string[]).includes(zone)) return zone;
  return getTimeZones().find((z) => z.group.includes(zone))?.name ?? zone;
}
