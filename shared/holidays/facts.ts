/**
 * What the UI says about a moment, as message keys and params (the renderer translates):
 * whether its date is decreed ("Resmi" only for dates of an SKB table or a Kemenag isbat), a
 * fixed date, an estimate or the user's; whether it is a marketing moment rather than a day off;
 * whether the isbat can move it (Islamic dates only); and how the date is set, with the decree
 * number kept as written, as a citation.
 */
import { officialYear } from './official';
import type { Moment } from './types';

export type MomentLabel = 'decreed' | 'fixed' | 'estimated' | 'user-confirmed';

export interface MessageRef {
  key: string;
  params?: Record<string, string | number>;
}

export interface MomentFacts {
  label: MomentLabel;
  /** A marketing moment or observance day: worth a post, not a day off. */
  marketing: boolean;
  /** An Islamic date: Kemenag's isbat sets (or can move) it. */
  islamic: boolean;
  /** How the date is set: a key under `moments.basis` with its params. */
  basis: MessageRef;
  /** The decree, as written in it (not translated). */
  citation?: string;
}

const ISLAMIC = /^(ramadan|idul-fitri-[12]|idul-adha|isra-miraj|maulid|tahun-baru-islam)(-\d+h)?$/;
const DERIVED_FROM_LEBARAN = /^(thr-season|thr-due|mudik-week)/;
const EASTER = new Set(['wafat-yesus', 'paskah', 'kenaikan-yesus']);
const FIXED_KEPPRES = new Set(['tahun-baru', 'hari-buruh', 'pancasila', 'kemerdekaan', 'natal']);

export function isIslamicMoment(m: Pick<Moment, 'key'>): boolean {
  return ISLAMIC.test(m.key);
}

function basisOf(m: Moment, islamic: boolean, decreed: boolean): MessageRef {
  const key = m.key.replace(/-\d+h$/, '');
  const year = { year: m.year };
  if (m.kind === 'client') return { key: 'client' };
  if (islamic) return decreed ? { key: 'isbat' } : { key: 'islamicEstimate' };
  if (decreed) return { key: 'decree' };
  if (key === 'ramadan-peaks') return { key: 'ramadanPeaks' };
  if (DERIVED_FROM_LEBARAN.test(key) || (m.kind === 'season' && key !== 'year-end')) return { key: 'derivedLebaran' };
  if (m.kind === 'public-holiday' || m.kind === 'cuti-bersama') {
    if (FIXED_KEPPRES.has(key)) return { key: 'fixedKeppres', params: year };
    if (EASTER.has(key)) return { key: 'easter', params: year };
    if (key === 'imlek') return { key: 'chinese', params: year };
    if (key === 'nyepi') return { key: 'nyepi', params: year };
    if (key === 'waisak') return { key: 'waisak', params: year };
    return { key: 'pending', params: year };
  }
  if (key === 'harbolnas') return { key: 'harbolnas' };
  if (key.startsWith('double-date-')) return { key: 'doubleDate' };
  if (key.startsWith('payday-')) return { key: 'payday' };
  if (key === 'black-friday') return { key: 'blackFriday' };
  if (key.startsWith('back-to-school')) return { key: 'school' };
  if (key === 'year-end') return { key: 'yearEnd' };
  if (m.kind === 'observance') return { key: 'nationalDay' };
  return { key: 'fixedDate' };
}

export function momentFacts(m: Moment): MomentFacts {
  const islamic = isIslamicMoment(m);
  // Decreed: an official table's holiday or cuti bersama, or an Islamic date the isbat set.
  const fromTable = m.status === 'official' && (islamic || (!!officialYear(m.year) && (m.kind === 'public-holiday' || m.kind === 'cuti-bersama')));
  const label: MomentLabel = m.status === 'user-confirmed' ? 'user-confirmed' : fromTable ? 'decreed' : m.status === 'estimated' ? 'estimated' : 'fixed';
  const marketing = m.kind === 'marketing' || m.kind === 'observance' || m.kind === 'season';
  const citation = fromTable ? (islamic ? 'Kemenag, sidang isbat' : officialYear(m.year)?.source) : undefined;
  return { label, marketing, islamic, basis: basisOf(m, islamic, fromTable), citation };
}

/** The year has no SKB table yet: its holidays are estimates and its cuti bersama unknown. */
export const isDecreedYear = (year: number): boolean => !!officialYear(year);
