import { describe, expect, it } from 'vitest';
import { momentsBetween } from './moments';
import { OFFICIAL_YEARS, officialYear } from './official';

/** Written out from the decrees (not read from resources/), so a typo in the data fails here. */
const DECREES: Record<number, { number: string; signed: string; publicHolidays: Record<string, string>; cutiBersama: string[] }> = {
  2024: {
    number: 'No. 855 Tahun 2023, No. 3 Tahun 2023, No. 4 Tahun 2023',
    signed: '2023-09-12',
    publicHolidays: {
      '2024-01-01': 'tahun-baru', '2024-02-08': 'isra-miraj', '2024-02-10': 'imlek',
      '2024-02-14': 'pemilu', '2024-03-11': 'nyepi', '2024-03-29': 'wafat-yesus',
      '2024-03-31': 'paskah', '2024-04-10': 'idul-fitri-1', '2024-04-11': 'idul-fitri-2',
      '2024-05-01': 'hari-buruh', '2024-05-09': 'kenaikan-yesus', '2024-05-23': 'waisak',
      '2024-06-01': 'pancasila', '2024-06-17': 'idul-adha', '2024-07-07': 'tahun-baru-islam',
      '2024-08-17': 'kemerdekaan', '2024-09-16': 'maulid', '2024-11-27': 'pilkada', '2024-12-25': 'natal',
    },
    cutiBersama: ['2024-02-09', '2024-03-12', '2024-04-08', '2024-04-09', '2024-04-12', '2024-04-15', '2024-05-10', '2024-05-24', '2024-06-18', '2024-12-26'],
  },
  2025: {
    number: 'No. 1017 Tahun 2024, No. 2 Tahun 2024, No. 2 Tahun 2024',
    signed: '2024-10-14',
    publicHolidays: {
      '2025-01-01': 'tahun-baru', '2025-01-27': 'isra-miraj', '2025-01-29': 'imlek',
      '2025-03-29': 'nyepi', '2025-03-31': 'idul-fitri-1', '2025-04-01': 'idul-fitri-2',
      '2025-04-18': 'wafat-yesus', '2025-04-20': 'paskah', '2025-05-01': 'hari-buruh',
      '2025-05-12': 'waisak', '2025-05-29': 'kenaikan-yesus', '2025-06-01': 'pancasila',
      '2025-06-06': 'idul-adha', '2025-06-27': 'tahun-baru-islam', '2025-08-17': 'kemerdekaan',
      '2025-09-05': 'maulid', '2025-12-25': 'natal',
    },
    cutiBersama: ['2025-01-28', '2025-03-28', '2025-04-02', '2025-04-03', '2025-04-04', '2025-04-07', '2025-05-13', '2025-05-30', '2025-06-09', '2025-08-18', '2025-12-26'],
  },
  2026: {
    number: 'No. 1497 Tahun 2025, No. 2 Tahun 2025, No. 5 Tahun 2025',
    signed: '2025-09-19',
    publicHolidays: {
      '2026-01-01': 'tahun-baru', '2026-01-16': 'isra-miraj', '2026-02-17': 'imlek',
      '2026-03-19': 'nyepi', '2026-03-21': 'idul-fitri-1', '2026-03-22': 'idul-fitri-2',
      '2026-04-03': 'wafat-yesus', '2026-04-05': 'paskah', '2026-05-01': 'hari-buruh',
      '2026-05-14': 'kenaikan-yesus', '2026-05-27': 'idul-adha', '2026-05-31': 'waisak',
      '2026-06-01': 'pancasila', '2026-06-16': 'tahun-baru-islam', '2026-08-17': 'kemerdekaan',
      '2026-08-25': 'maulid', '2026-12-25': 'natal',
    },
    cutiBersama: ['2026-02-16', '2026-03-18', '2026-03-20', '2026-03-23', '2026-03-24', '2026-05-15', '2026-05-28', '2026-12-24'],
  },
};

describe('official decree tables', () => {
  it('ships 2024, 2025 and 2026 (2027 is left to estimates until its SKB can be verified)', () => {
    expect(OFFICIAL_YEARS).toEqual([2024, 2025, 2026]);
    expect(officialYear(2027)).toBeUndefined();
  });

  for (const [yearText, decree] of Object.entries(DECREES)) {
    const year = Number(yearText);
    describe(`${year}`, () => {
      const moments = momentsBetween(`${year}-01-01`, `${year}-12-31`);
      const ofKind = (kind: string) => moments.filter((m) => m.kind === kind && m.year === year);

      it('carries the decree number and signing date', () => {
        const t = officialYear(year)!;
        expect(t.decree.number).toContain(decree.number);
        expect(t.decree.signed).toBe(decree.signed);
      });

      it('has every public holiday of the decree on its date, official, with its source', () => {
        const holidays = ofKind('public-holiday');
        expect(Object.fromEntries(holidays.map((m) => [m.date, m.key]))).toEqual(decree.publicHolidays);
        for (const m of holidays) {
          expect(m.status).toBe('official');
          expect(m.id).toBe(`${year}:${m.key}`);
          expect(m.source).toMatch(/SKB 3 Menteri|Keppres/);
        }
      });

      it('has every cuti bersama as its own entry', () => {
        const cuti = ofKind('cuti-bersama');
        expect(cuti.map((m) => m.date)).toEqual(decree.cutiBersama);
        expect(cuti.every((m) => m.status === 'official')).toBe(true);
      });
    });
  }

  it('includes the August 2025 amendment: cuti bersama on 2025-08-18 (SKB 933/2025)', () => {
    const t = officialYear(2025)!;
    expect(t.amendments[0]).toMatchObject({ signed: '2025-08-07' });
    expect(t.amendments[0]!.number).toContain('933 Tahun 2025');
    const [m] = momentsBetween('2025-08-18', '2025-08-18').filter((x) => x.kind === 'cuti-bersama');
    expect(m).toMatchObject({ id: '2025:cuti-bersama-08-18', status: 'official', date: '2025-08-18' });
    expect(m!.source).toContain('933/2025');
  });

  it('includes the 2024 election holidays from Keppres 10/2024 and 33/2024', () => {
    const byKey = new Map(momentsBetween('2024-01-01', '2024-12-31').map((m) => [m.key, m]));
    expect(byKey.get('pemilu')).toMatchObject({ date: '2024-02-14', source: 'Keppres No. 10/2024' });
    expect(byKey.get('pilkada')).toMatchObject({ date: '2024-11-27', source: 'Keppres No. 33/2024' });
  });

  it('records the Kemenag isbat dates', () => {
    expect(officialYear(2024)!.islamic).toMatchObject({ hijriYear: 1445, ramadanStart: '2024-03-12', idulFitri: '2024-04-10', idulAdha: '2024-06-17' });
    expect(officialYear(2025)!.islamic).toMatchObject({ hijriYear: 1446, ramadanStart: '2025-03-01', idulFitri: '2025-03-31', idulAdha: '2025-06-06' });
    expect(officialYear(2026)!.islamic).toMatchObject({ hijriYear: 1447, ramadanStart: '2026-02-19', idulFitri: '2026-03-21', idulAdha: '2026-05-27' });
  });
});
