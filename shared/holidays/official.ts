/**
 * Official tables shipped in resources/holidays (one JSON per year with a decree). Each file:
 * `{ year, decree: { number, signed, title }, amendments: [{ number, signed, title, effect }],
 *    source, references: [url], holidays: [{ key, date, kind, name: { id, en }, hijri?, source? }],
 *    islamic: { hijriYear, ramadanStart, idulFitri, idulAdha, source } }`.
 * `holidays` is the decree as amended (an amendment's entries carry their own `source`);
 * `hijri` ('H-MM-DD') tags Islamic holidays so estimates for other years never duplicate them;
 * `islamic` holds Kemenag's isbat decisions, which the SKB leaves open.
 */
import id2024 from '../../resources/holidays/id-2024.json';
import id2025 from '../../resources/holidays/id-2025.json';
import id2026 from '../../resources/holidays/id-2026.json';
import { isIsoDate, yearOf } from './dates';
import type { IsoDate, LocalizedText } from './types';

export interface OfficialHoliday {
  key: string;
  date: IsoDate;
  kind: 'public-holiday' | 'cuti-bersama';
  name: LocalizedText;
  hijri?: string;
  source?: string;
}

export interface OfficialYear {
  year: number;
  decree: { number: string; signed: IsoDate; title: string };
  amendments: ReadonlyArray<{ number: string; signed: IsoDate; title: string; effect: string }>;
  source: string;
  references: readonly string[];
  holidays: readonly OfficialHoliday[];
  islamic: { hijriYear: number; ramadanStart: IsoDate; idulFitri: IsoDate; idulAdha: IsoDate; source: string };
}

/** Fails loudly at load: a typo in a decree table must not become a silent wrong date. */
function check(raw: unknown): OfficialYear {
  const t = raw as OfficialYear;
  const where = `resources/holidays/id-${String(t?.year)}.json`;
  const fail = (what: string): never => {
    throw new Error(`${where}: ${what}`);
  };
  if (!Number.isInteger(t.year)) fail('year');
  if (!t.decree?.number || !isIsoDate(t.decree.signed)) fail('decree');
  const keys = new Set<string>();
  for (const h of t.holidays) {
    if (!isIsoDate(h.date) || yearOf(h.date) !== t.year) fail(`date of ${h.key}`);
    if (h.kind !== 'public-holiday' && h.kind !== 'cuti-bersama') fail(`kind of ${h.key}`);
    if (!h.name?.id || !h.name?.en) fail(`name of ${h.key}`);
    if (h.hijri !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(h.hijri)) fail(`hijri of ${h.key}`);
    if (keys.has(h.key)) fail(`duplicate key ${h.key}`);
    keys.add(h.key);
  }
  const i = t.islamic;
  if (![i.ramadanStart, i.idulFitri, i.idulAdha].every((d) => isIsoDate(d) && yearOf(d) === t.year)) fail('islamic dates');
  // The isbat and the holiday list must agree; when an isbat moves a day, amend both.
  const dateOf = (key: string) => t.holidays.find((h) => h.key === key)?.date;
  if (dateOf('idul-fitri-1') !== i.idulFitri) fail('islamic.idulFitri differs from holiday idul-fitri-1');
  if (dateOf('idul-adha') !== i.idulAdha) fail('islamic.idulAdha differs from holiday idul-adha');
  return t;
}

const TABLES: ReadonlyMap<number, OfficialYear> = new Map(
  [id2024, id2025, id2026].map((raw) => {
    const t = check(raw);
    return [t.year, t] as const;
  }),
);

/** Years with a shipped decree table, ascending. */
export const OFFICIAL_YEARS: readonly number[] = [...TABLES.keys()].sort((a, b) => a - b);

export function officialYear(year: number): OfficialYear | undefined {
  return TABLES.get(year);
}

export interface OfficialHijriDate {
  date: IsoDate;
  source: string;
}

/** Official Gregorian dates of Hijri days, 'H-MM-DD' → date (decree tables and isbat results). */
const HIJRI: ReadonlyMap<string, OfficialHijriDate> = (() => {
  const map = new Map<string, OfficialHijriDate>();
  const pad = (n: number) => String(n).padStart(2, '0');
  for (const t of TABLES.values()) {
    for (const h of t.holidays) if (h.hijri) map.set(h.hijri, { date: h.date, source: h.source ?? t.source });
    const h = t.islamic.hijriYear;
    map.set(`${h}-${pad(9)}-01`, { date: t.islamic.ramadanStart, source: t.islamic.source });
    map.set(`${h}-${pad(10)}-01`, { date: t.islamic.idulFitri, source: `${t.source}; ${t.islamic.source}` });
    map.set(`${h}-${pad(12)}-10`, { date: t.islamic.idulAdha, source: `${t.source}; ${t.islamic.source}` });
  }
  return map;
})();

export function officialHijriDate(hijriYear: number, month: number, day: number): OfficialHijriDate | undefined {
  return HIJRI.get(`${hijriYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}
