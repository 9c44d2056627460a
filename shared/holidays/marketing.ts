/**
 * Moments set by the calendar rather than by a decree (DESIGN.md §5): national observances
 * (working days worth a post), marketing dates and the year-end season. Their dates are fixed
 * rules, so they are 'official' in the sense of settled; back to school is only approximate
 * (school calendars differ by province), so it is 'estimated' and can be shifted.
 */
import { addDays, dayOfWeek, isoDate, lastDayOfMonth } from './dates';
import { anchorId, draft, type Draft } from './draft';
import type { LocalizedText, Moment, MomentKind, MomentStatus } from './types';

interface FixedMoment {
  key: string;
  kind: MomentKind;
  month: number;
  day: number;
  name: LocalizedText;
  source: string;
  since?: number;
}

const NATIONAL_DAY = 'National day (working day), fixed date';

const FIXED: readonly FixedMoment[] = [
  { key: 'valentine', kind: 'marketing', month: 2, day: 14, name: { id: 'Hari Valentine', en: "Valentine's Day" }, source: 'Fixed date' },
  { key: 'hari-kartini', kind: 'observance', month: 4, day: 21, name: { id: 'Hari Kartini', en: 'Kartini Day' }, source: NATIONAL_DAY },
  { key: 'hardiknas', kind: 'observance', month: 5, day: 2, name: { id: 'Hari Pendidikan Nasional', en: 'National Education Day' }, source: NATIONAL_DAY },
  { key: 'harkitnas', kind: 'observance', month: 5, day: 20, name: { id: 'Hari Kebangkitan Nasional', en: 'National Awakening Day' }, source: NATIONAL_DAY },
  { key: 'hari-anak', kind: 'observance', month: 7, day: 23, name: { id: 'Hari Anak Nasional', en: "National Children's Day" }, source: NATIONAL_DAY },
  { key: 'hari-kebaya', kind: 'observance', month: 7, day: 24, name: { id: 'Hari Kebaya Nasional', en: 'National Kebaya Day' }, source: NATIONAL_DAY, since: 2024 },
  { key: 'hari-batik', kind: 'observance', month: 10, day: 2, name: { id: 'Hari Batik Nasional', en: 'National Batik Day' }, source: NATIONAL_DAY },
  { key: 'sumpah-pemuda', kind: 'observance', month: 10, day: 28, name: { id: 'Hari Sumpah Pemuda', en: 'Youth Pledge Day' }, source: NATIONAL_DAY },
  { key: 'halloween', kind: 'marketing', month: 10, day: 31, name: { id: 'Halloween', en: 'Halloween' }, source: 'Fixed date' },
  { key: 'hari-pahlawan', kind: 'observance', month: 11, day: 10, name: { id: 'Hari Pahlawan', en: "Heroes' Day" }, source: NATIONAL_DAY },
  { key: 'hari-guru', kind: 'observance', month: 11, day: 25, name: { id: 'Hari Guru Nasional', en: "National Teachers' Day" }, source: NATIONAL_DAY },
  {
    key: 'harbolnas',
    kind: 'marketing',
    month: 12,
    day: 12,
    name: { id: 'Harbolnas 12.12', en: 'Harbolnas 12.12 (National Online Shopping Day)' },
    source: 'Hari Belanja Online Nasional, every 12 December since 2012',
  },
  { key: 'hari-ibu', kind: 'observance', month: 12, day: 22, name: { id: 'Hari Ibu', en: "Mother's Day (Hari Ibu)" }, source: NATIONAL_DAY },
];

function moment(year: number, key: string, kind: MomentKind, date: string, name: LocalizedText, source: string, status: MomentStatus = 'official'): Moment {
  return { id: anchorId(year, key), key, year, date, kind, name, status, source };
}

/** Friday after the fourth Thursday of November (US Thanksgiving). */
export function blackFriday(year: number): string {
  const firstThursday = 1 + ((4 - dayOfWeek(isoDate(year, 11, 1)) + 7) % 7);
  return isoDate(year, 11, firstThursday + 22);
}

export function calendarMoments(year: number): Draft[] {
  const out: Draft[] = [];
  for (const f of FIXED) {
    if (f.since !== undefined && year < f.since) continue;
    out.push(draft(moment(year, f.key, f.kind, isoDate(year, f.month, f.day), f.name, f.source)));
  }
  // Double dates d.d: 11.11 is the big one; 12.12 is Harbolnas (above).
  for (let m = 1; m <= 11; m++) {
    const name = { id: `Promo tanggal kembar ${m}.${m}`, en: `Double-date sale ${m}.${m}` };
    out.push(draft(moment(year, `double-date-${m}`, 'marketing', isoDate(year, m, m), name, 'Marketplace double-date sale, fixed date')));
  }
  for (let m = 1; m <= 12; m++) {
    const payday = moment(year, `payday-${String(m).padStart(2, '0')}`, 'marketing', isoDate(year, m, 25), { id: 'Gajian (tgl 25 – akhir bulan)', en: 'Payday (25th – month end)' }, 'Salaries are paid from the 25th');
    payday.endDate = isoDate(year, m, lastDayOfMonth(year, m));
    out.push(draft(payday));
  }
  out.push(draft(moment(year, 'black-friday', 'marketing', blackFriday(year), { id: 'Black Friday', en: 'Black Friday' }, 'Friday after the fourth Thursday of November')));

  const school = 'Approximate: school calendars differ by province';
  const janSchool = moment(year, 'back-to-school-jan', 'marketing', isoDate(year, 1, 1), { id: 'Kembali sekolah (semester genap)', en: 'Back to school (second semester)' }, school, 'estimated');
  janSchool.endDate = isoDate(year, 1, 10);
  const julSchool = moment(year, 'back-to-school-jul', 'marketing', isoDate(year, 7, 1), { id: 'Tahun ajaran baru', en: 'Back to school (new school year)' }, school, 'estimated');
  julSchool.endDate = isoDate(year, 7, 15);
  out.push(draft(janSchool), draft(julSchool));

  const yearEnd = moment(year, 'year-end', 'season', isoDate(year, 12, 25), { id: 'Musim liburan akhir tahun (Natal – Tahun Baru)', en: 'Year-end season (Christmas – New Year)' }, 'Christmas to New Year');
  yearEnd.endDate = addDays(isoDate(year, 12, 31), 1);
  out.push(draft(yearEnd));
  return out;
}
