import { describe, expect, it } from 'vitest';
import { daysBetween } from './dates';
import { chineseNewYear, chineseNewYearIntl, easterSunday } from './computed';
import { civilFromDayNumber, fromHijri, toHijri } from './islamic';
import { blackFriday } from './marketing';
import { momentsBetween } from './moments';
import { officialYear } from './official';

describe('Umm al-Qura via Intl', () => {
  it('converts both ways', () => {
    expect(fromHijri(1448, 9, 1)).toBe('2027-02-08');
    expect(toHijri('2027-02-08')).toEqual({ year: 1448, month: 9, day: 1 });
    expect(fromHijri(1447, 10, 1)).toBe('2026-03-20');
    expect(fromHijri(1451, 10, 1)).toBe('2030-02-04');
  });

  it('is the same day as Kemenag or one day early in 2024–2026, never late', () => {
    for (const year of [2024, 2025, 2026]) {
      const { hijriYear, ramadanStart, idulFitri, idulAdha } = officialYear(year)!.islamic;
      for (const [official, [m, d]] of [[ramadanStart, [9, 1]], [idulFitri, [10, 1]], [idulAdha, [12, 10]]] as const) {
        const lag = daysBetween(fromHijri(hijriYear, m, d)!, official);
        expect([0, 1]).toContain(lag);
      }
    }
  });
});

describe('tabular Islamic fallback (ICU without Umm al-Qura)', () => {
  it('agrees with ICU islamic-civil day by day, 2020–2035', () => {
    const civil = new Intl.DateTimeFormat('en-u-ca-islamic-civil-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    for (let d = 18262; d <= 24106; d += 3) {
      const p = Object.fromEntries(civil.formatToParts(new Date(d * 86_400_000)).map((x) => [x.type, x.value]));
      expect(civilFromDayNumber(d)).toEqual({ year: Number(p.year), month: Number(p.month), day: Number(p.day) });
    }
  });
});

describe('computed Christian and Chinese dates', () => {
  it('computes Easter (anonymous Gregorian algorithm)', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2030)).toBe('2030-04-21');
    expect(easterSunday(2035)).toBe('2035-03-25');
  });

  it('matches the official Easter-based holidays of the decrees', () => {
    for (const year of [2024, 2025, 2026]) {
      const paskah = officialYear(year)!.holidays.find((h) => h.key === 'paskah');
      expect(paskah?.date).toBe(easterSunday(year));
    }
  });

  it('takes Chinese New Year from published tables, agreeing with the decrees', () => {
    expect(chineseNewYear(2027)?.date).toBe('2027-02-06');
    expect(chineseNewYear(2030)?.date).toBe('2030-02-03');
    for (const year of [2024, 2025, 2026]) {
      expect(chineseNewYear(year)?.date).toBe(officialYear(year)!.holidays.find((h) => h.key === 'imlek')?.date);
    }
    // ICU is within a day of the tables, so the fallback outside 2020–2035 is usable.
    for (let year = 2020; year <= 2035; year++) {
      const intl = chineseNewYearIntl(year);
      if (intl) expect(Math.abs(daysBetween(chineseNewYear(year)!.date, intl))).toBeLessThanOrEqual(1);
    }
  });

  it('finds Black Friday', () => {
    expect(blackFriday(2025)).toBe('2025-11-28');
    expect(blackFriday(2026)).toBe('2026-11-27');
    expect(blackFriday(2027)).toBe('2027-11-26');
  });
});

describe('years without a decree', () => {
  it('estimates every public holiday of 2030, Idulfitri from Umm al-Qura', () => {
    const holidays = momentsBetween('2030-01-01', '2030-12-31').filter((m) => m.kind === 'public-holiday' && m.year === 2030);
    expect(holidays.length).toBeGreaterThanOrEqual(15);
    expect(holidays.every((m) => m.status === 'estimated' && m.source)).toBe(true);
    const byKey = new Map(holidays.map((m) => [m.key, m]));
    expect(byKey.get('idul-fitri-1')).toMatchObject({ date: '2030-02-04', status: 'estimated', id: '2030:idul-fitri-1' });
    expect(byKey.get('idul-fitri-1')!.source).toContain('Umm al-Qura');
    expect(byKey.get('idul-fitri-2')?.date).toBe('2030-02-05');
    expect(byKey.get('paskah')?.date).toBe('2030-04-21');
    expect(byKey.get('wafat-yesus')?.date).toBe('2030-04-19');
    expect(byKey.get('kenaikan-yesus')?.date).toBe('2030-05-30');
    expect(byKey.get('imlek')?.date).toBe('2030-02-03');
    expect(byKey.get('kemerdekaan')?.date).toBe('2030-08-17');
  });

  it('estimates Nyepi and Waisak once a year (marked estimated), and has no cuti bersama', () => {
    const m = momentsBetween('2027-01-01', '2035-12-31');
    for (const key of ['nyepi', 'waisak']) {
      const found = m.filter((x) => x.key === key);
      expect(found.map((x) => x.year)).toEqual([2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
      expect(found.every((x) => x.status === 'estimated' && x.kind === 'public-holiday')).toBe(true);
    }
    expect(m.find((x) => x.key === 'nyepi' && x.year === 2027)?.name.id).toBe('Hari Suci Nyepi (Tahun Baru Saka 1949)');
    expect(m.some((x) => x.kind === 'cuti-bersama')).toBe(false);
  });

  it('has two Idulfitri days, Iduladha and a Ramadan in every year 2020–2035, with unique ids', () => {
    for (let year = 2020; year <= 2035; year++) {
      const m = momentsBetween(`${year}-01-01`, `${year}-12-31`).filter((x) => x.year === year);
      const keys = m.map((x) => x.key.replace(/-\d+h$/, ''));
      expect(keys.filter((k) => k === 'idul-fitri-1').length).toBeGreaterThanOrEqual(1);
      expect(keys.filter((k) => k === 'idul-fitri-2').length).toBeGreaterThanOrEqual(1);
      expect(keys).toContain('idul-adha');
      expect(new Set(m.map((x) => x.id)).size).toBe(m.length);
    }
  });

  it('keeps both Idulfitri of 2033 apart (1454 H in January, 1455 H in December)', () => {
    const fitri = momentsBetween('2033-01-01', '2033-12-31').filter((x) => x.key.startsWith('idul-fitri-1'));
    expect(fitri.map((x) => [x.id, x.date])).toEqual([
      ['2033:idul-fitri-1', '2033-01-03'],
      ['2033:idul-fitri-1-1455h', '2033-12-23'],
    ]);
  });
});
