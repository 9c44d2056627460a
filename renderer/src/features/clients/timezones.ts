/** Indonesia's zones first (WIB, WITA, WIT), then every zone the runtime knows. */
export const INDONESIAN_ZONES = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'] as const;

export function otherZones(): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.filter((z) => !(INDONESIAN_ZONES as readonly string[]).includes(z));
}
