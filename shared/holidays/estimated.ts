/**
 * Public holidays for a year with no decree table: fixed dates from Keppres No. 8/2024 (Hari-Hari
 * Libur), Easter-based days, Chinese New Year and the Islamic days. All 'estimated' until the
 * SKB for that year is shipped. Nyepi and Waisak come from the Moon (lunar.ts), estimated too.
 */
import { addDays, isoDate } from './dates';
import { anchorId, draft, type Draft } from './draft';
import { chineseNewYear, easterSunday } from './computed';
import { hijriEventsInYear, type HijriEvent } from './hijriEvents';
import { estimateNyepi, estimateWaisak } from './lunar';
import type { LocalizedText, Moment } from './types';

const FIXED: ReadonlyArray<{ key: string; month: number; day: number; name: LocalizedText }> = [
  { key: 'tahun-baru', month: 1, day: 1, name: { id: 'Tahun Baru Masehi', en: "New Year's Day" } },
  { key: 'hari-buruh', month: 5, day: 1, name: { id: 'Hari Buruh Internasional', en: 'International Labour Day' } },
  { key: 'pancasila', month: 6, day: 1, name: { id: 'Hari Lahir Pancasila', en: 'Pancasila Day' } },
  { key: 'kemerdekaan', month: 8, day: 17, name: { id: 'Proklamasi Kemerdekaan', en: 'Independence Day' } },
  { key: 'natal', month: 12, day: 25, name: { id: 'Kelahiran Yesus Kristus', en: 'Christmas Day' } },
];

const EASTER: ReadonlyArray<{ key: string; offset: number; name: LocalizedText }> = [
  { key: 'wafat-yesus', offset: -2, name: { id: 'Wafat Yesus Kristus', en: 'Good Friday' } },
  { key: 'paskah', offset: 0, name: { id: 'Kebangkitan Yesus Kristus (Paskah)', en: 'Easter Sunday' } },
  { key: 'kenaikan-yesus', offset: 39, name: { id: 'Kenaikan Yesus Kristus', en: 'Ascension Day' } },
];

/** Bilingual names of the Islamic holidays, with the Hijri year where Indonesians write it. */
export function islamicHolidayName(event: HijriEvent['event'] | 'idul-fitri-2', hijriYear: number): LocalizedText {
  switch (event) {
    case 'tahun-baru-islam':
      return { id: `1 Muharam Tahun Baru Islam ${hijriYear} H`, en: `Islamic New Year ${hijriYear} AH` };
    case 'maulid':
      return { id: 'Maulid Nabi Muhammad SAW', en: "Prophet Muhammad's Birthday" };
    case 'isra-miraj':
      return { id: 'Isra Mikraj Nabi Muhammad SAW', en: "Isra Mi'raj of the Prophet Muhammad" };
    case 'ramadan':
      return { id: `Ramadan ${hijriYear} H`, en: `Ramadan ${hijriYear} AH` };
    case 'idul-fitri-1':
      return { id: `Idulfitri ${hijriYear} H (hari pertama)`, en: `Eid al-Fitr ${hijriYear} AH (day 1)` };
    case 'idul-fitri-2':
      return { id: `Idulfitri ${hijriYear} H (hari kedua)`, en: `Eid al-Fitr ${hijriYear} AH (day 2)` };
    case 'idul-adha':
      return { id: `Iduladha ${hijriYear} H`, en: `Eid al-Adha ${hijriYear} AH` };
  }
}

function holiday(year: number, key: string, date: string, name: LocalizedText, source: string): Moment {
  return { id: anchorId(year, key), key, year, date, kind: 'public-holiday', name, status: 'estimated', source };
}

export function estimatedHolidays(year: number): Draft[] {
  const pending = `estimate until the SKB for ${year} is published`;
  const out: Draft[] = [];
  for (const f of FIXED) {
    out.push(draft(holiday(year, f.key, isoDate(year, f.month, f.day), f.name, `Fixed date (Keppres No. 8/2024), ${pending}`)));
  }
  const easter = easterSunday(year);
  for (const e of EASTER) {
    out.push(draft(holiday(year, e.key, addDays(easter, e.offset), e.name, `Computed from Easter, ${pending}`)));
  }
  const cny = chineseNewYear(year);
  if (cny) {
    const name = { id: `Tahun Baru Imlek ${year + 551} Kongzili`, en: 'Chinese New Year' };
    out.push(draft(holiday(year, 'imlek', cny.date, name, `${cny.source}, ${pending}`)));
  }
  const saka = year - 78;
  out.push(draft(holiday(year, 'nyepi', estimateNyepi(year), { id: `Hari Suci Nyepi (Tahun Baru Saka ${saka})`, en: `Nyepi (Saka New Year ${saka})` }, `Estimated: day after Tilem Kesanga (new moon rule, lunar.ts), ${pending}`)));
  out.push(draft(holiday(year, 'waisak', estimateWaisak(year), { id: `Hari Raya Waisak ${year + 544} BE`, en: `Vesak Day ${year + 544} BE` }, `Estimated: first full moon on or after 7 May (WIB), ${pending}`)));
  for (const e of hijriEventsInYear(year)) {
    if (e.event === 'ramadan') continue;
    const status = e.status;
    const m: Moment = { ...holiday(year, e.key, e.date, islamicHolidayName(e.event, e.hijriYear), e.source), status };
    out.push(draft(m));
    if (e.event === 'idul-fitri-1') {
      const key = `idul-fitri-2${e.suffix}`;
      const day2: Moment = { ...m, id: anchorId(year, key), key, date: addDays(e.date, 1), name: islamicHolidayName('idul-fitri-2', e.hijriYear) };
      out.push(draft(day2, { start: m.id, startStatus: status }));
    }
  }
  return out;
}
