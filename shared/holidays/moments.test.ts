import { describe, expect, it } from 'vitest';
import { momentsBetween, overrideTargetOf } from './moments';
import { MOMENT_KINDS, type ClientDate, type Moment } from './types';

const find = (list: Moment[], id: string) => list.find((m) => m.id === id);

describe('Ramadan as a religious season', () => {
  it.each([
    [2024, '2024-03-12', '2024-04-09', 'official'],
    [2025, '2025-03-01', '2025-03-30', 'official'],
    [2026, '2026-02-19', '2026-03-20', 'official'],
    [2027, '2027-02-08', '2027-03-08', 'estimated'],
  ])('Ramadan %i runs from 1 Ramadan to the day before Idulfitri', (year, start, end, status) => {
    const ramadan = find(momentsBetween(`${year}-01-01`, `${year}-12-31`), `${year}:ramadan`);
    expect(ramadan).toMatchObject({ kind: 'religious-season', date: start, endDate: end, status });
  });

  it('is returned by any query overlapping it, and crosses a year end (1454 H, Dec 2032 – Jan 2033)', () => {
    const inMarch = momentsBetween('2026-03-10', '2026-03-10');
    expect(find(inMarch, '2026:ramadan')).toBeDefined();
    const jan2033 = momentsBetween('2033-01-01', '2033-01-31');
    expect(find(jan2033, '2032:ramadan')).toMatchObject({ date: '2032-12-04', endDate: '2033-01-02' });
  });
});

describe('seasons and marketing moments', () => {
  it('puts the THR season 2–3 weeks before Lebaran and THR due at H-7', () => {
    const m = momentsBetween('2026-01-01', '2026-12-31');
    expect(find(m, '2026:thr-season')).toMatchObject({ kind: 'season', date: '2026-02-28', endDate: '2026-03-13' });
    expect(find(m, '2026:thr-due')).toMatchObject({ date: '2026-03-14' });
    expect(find(m, '2026:mudik-week')).toMatchObject({ date: '2026-03-14', endDate: '2026-03-20' });
  });

  it('runs the year-end season from Christmas into New Year, across the year end', () => {
    const jan = momentsBetween('2027-01-01', '2027-01-01');
    expect(find(jan, '2026:year-end')).toMatchObject({ kind: 'season', date: '2026-12-25', endDate: '2027-01-01' });
    expect(find(momentsBetween('2027-01-02', '2027-01-02'), '2026:year-end')).toBeUndefined();
  });

  it('has double dates, Harbolnas, payday, observances and Black Friday with their kinds', () => {
    const m = momentsBetween('2026-01-01', '2026-12-31');
    expect(find(m, '2026:harbolnas')).toMatchObject({ kind: 'marketing', date: '2026-12-12' });
    expect(find(m, '2026:double-date-11')).toMatchObject({ kind: 'marketing', date: '2026-11-11' });
    expect(m.filter((x) => x.key.startsWith('double-date-')).map((x) => x.date.slice(5))).toEqual(
      ['01-01', '02-02', '03-03', '04-04', '05-05', '06-06', '07-07', '08-08', '09-09', '10-10', '11-11'],
    );
    expect(find(m, '2026:payday-02')).toMatchObject({ date: '2026-02-25', endDate: '2026-02-28' });
    expect(find(m, '2026:hari-kartini')).toMatchObject({ kind: 'observance', date: '2026-04-21' });
    expect(find(m, '2026:hari-batik')).toMatchObject({ kind: 'observance', date: '2026-10-02' });
    expect(find(m, '2026:hari-ibu')).toMatchObject({ kind: 'observance', date: '2026-12-22' });
    expect(find(m, '2026:black-friday')).toMatchObject({ kind: 'marketing', date: '2026-11-27' });
    expect(find(m, '2026:back-to-school-jul')).toMatchObject({ date: '2026-07-01', endDate: '2026-07-15', status: 'estimated' });
  });

  it('shows a December 2026 user Harbolnas, the year-end season and Ramadan/Idulfitri 1448 H ahead', () => {
    const m = momentsBetween('2026-12-01', '2027-03-31');
    expect(find(m, '2026:harbolnas')?.date).toBe('2026-12-12');
    expect(find(m, '2026:year-end')).toMatchObject({ date: '2026-12-25', endDate: '2027-01-01' });
    expect(find(m, '2027:ramadan')).toMatchObject({ date: '2027-02-08', status: 'estimated' });
    expect(find(m, '2027:idul-fitri-1')).toMatchObject({ date: '2027-03-09', status: 'estimated' });
    expect(find(m, '2027:idul-fitri-2')?.date).toBe('2027-03-10');
  });
});

describe('user control', () => {
  it('shifts an estimated 1 Syawal after the isbat, moving everything that hangs on it', () => {
    const overrides = [{ momentKey: 'idul-fitri-1', year: 2027, action: 'shift' as const, shiftDays: 1 }];
    const m = momentsBetween('2027-01-01', '2027-12-31', { overrides });
    expect(find(m, '2027:idul-fitri-1')).toMatchObject({ date: '2027-03-10', status: 'user-confirmed' });
    expect(find(m, '2027:idul-fitri-2')).toMatchObject({ date: '2027-03-11', status: 'user-confirmed' });
    // Ramadan keeps its (estimated) start and now ends a day later.
    expect(find(m, '2027:ramadan')).toMatchObject({ date: '2027-02-08', endDate: '2027-03-09', status: 'estimated' });
    expect(find(m, '2027:thr-season')).toMatchObject({ date: '2027-02-17', endDate: '2027-03-02', status: 'user-confirmed' });
    expect(find(m, '2027:thr-due')?.date).toBe('2027-03-03');
    // Unrelated moments are untouched and stay the cached objects.
    expect(find(m, '2027:imlek')).toBe(find(momentsBetween('2027-01-01', '2027-12-31'), '2027:imlek'));
  });

  it('confirms an estimate without moving it; a confirmed Ramadan + Idulfitri is user-confirmed', () => {
    const overrides = [
      { momentKey: 'ramadan', year: 2027, action: 'confirm' as const },
      { momentKey: 'idul-fitri-1', year: 2027, action: 'confirm' as const },
    ];
    const m = momentsBetween('2027-01-01', '2027-12-31', { overrides });
    expect(find(m, '2027:ramadan')).toMatchObject({ date: '2027-02-08', endDate: '2027-03-08', status: 'user-confirmed' });
    expect(find(m, '2027:idul-fitri-1')).toMatchObject({ date: '2027-03-09', status: 'user-confirmed' });
  });

  it('moves day 2, the end of Ramadan and the THR season when an official 1 Syawal is shifted', () => {
    const m = momentsBetween('2026-01-01', '2026-12-31', { overrides: [{ momentKey: 'idul-fitri-1', year: 2026, action: 'shift', shiftDays: 1 }] });
    expect(find(m, '2026:idul-fitri-1')).toMatchObject({ date: '2026-03-22', status: 'user-confirmed' });
    expect(find(m, '2026:idul-fitri-2')).toMatchObject({ date: '2026-03-23', status: 'user-confirmed' });
    expect(find(m, '2026:ramadan')).toMatchObject({ date: '2026-02-19', endDate: '2026-03-21', status: 'user-confirmed' });
    expect(find(m, '2026:thr-season')).toMatchObject({ date: '2026-03-01', endDate: '2026-03-14' });
    expect(find(m, '2026:cuti-bersama-03-20')?.date).toBe('2026-03-20'); // decree dates stay until amended
  });

  it('lets the user shift an official date too (isbat differing from the SKB), clamped to ±3 days', () => {
    const m = momentsBetween('2026-01-01', '2026-12-31', {
      overrides: [
        { momentKey: 'idul-adha', year: 2026, action: 'shift', shiftDays: -1 },
        { momentKey: 'natal', year: 2026, action: 'confirm' },
        { momentKey: 'imlek', year: 2026, action: 'shift', shiftDays: 40 },
      ],
    });
    expect(find(m, '2026:idul-adha')).toMatchObject({ date: '2026-05-26', status: 'user-confirmed' });
    expect(find(m, '2026:natal')).toMatchObject({ date: '2026-12-25', status: 'official' });
    expect(find(m, '2026:imlek')?.date).toBe('2026-02-20');
  });

  it('tells where to store an override for a derived moment', () => {
    const m = momentsBetween('2027-01-01', '2027-12-31');
    expect(overrideTargetOf(find(m, '2027:idul-fitri-2')!)).toEqual({ momentKey: 'idul-fitri-1', year: 2027 });
    expect(overrideTargetOf(find(m, '2027:thr-season')!)).toEqual({ momentKey: 'idul-fitri-1', year: 2027 });
    expect(overrideTargetOf(find(m, '2027:ramadan')!)).toEqual({ momentKey: 'ramadan', year: 2027 });
    expect(overrideTargetOf(find(m, '2027:imlek')!)).toEqual({ momentKey: 'imlek', year: 2027 });
  });

  it('hides kinds', () => {
    const m = momentsBetween('2026-01-01', '2026-12-31', { hiddenKinds: ['marketing', 'observance', 'cuti-bersama'] });
    expect(m.some((x) => x.kind === 'marketing' || x.kind === 'observance' || x.kind === 'cuti-bersama')).toBe(false);
    expect(m.some((x) => x.kind === 'public-holiday')).toBe(true);
  });
});

describe('client dates', () => {
  const anniversary: ClientDate = { id: 'anniv', name: 'Ulang tahun Toko Sari', date: '2019-12-31', repeat: 'yearly', clientId: 'sari' };
  const launch: ClientDate = { id: 'launch', name: 'Peluncuran produk baru', date: '2027-01-10', repeat: 'once', clientId: 'sari' };
  const other: ClientDate = { id: 'x', name: 'Other client', date: '2026-12-20', repeat: 'once', clientId: 'budi' };

  it('repeats a yearly date across a year end, once per year', () => {
    const m = momentsBetween('2026-12-15', '2027-01-15', { clientDates: [anniversary, launch, other] }).filter((x) => x.kind === 'client');
    expect(m.map((x) => [x.id, x.date, x.clientId])).toEqual([
      ['client:x', '2026-12-20', 'budi'],
      ['client:anniv:2026', '2026-12-31', 'sari'],
      ['client:launch', '2027-01-10', 'sari'],
    ]);
    expect(m[1]).toMatchObject({ kind: 'client', status: 'user-confirmed', name: { id: 'Ulang tahun Toko Sari', en: 'Ulang tahun Toko Sari' } });
    const twoYearEnds = momentsBetween('2026-12-15', '2028-01-15', { clientDates: [anniversary] }).filter((x) => x.kind === 'client');
    expect(twoYearEnds.map((x) => x.date)).toEqual(['2026-12-31', '2027-12-31']);
  });

  it('shows a once date only on its day, and only the chosen client’s dates', () => {
    expect(momentsBetween('2028-01-01', '2028-12-31', { clientDates: [launch] }).some((x) => x.kind === 'client')).toBe(false);
    const sari = momentsBetween('2026-12-01', '2027-01-31', { clientDates: [anniversary, launch, other], clientId: 'sari' });
    expect(sari.filter((x) => x.kind === 'client').map((x) => x.clientId)).toEqual(['sari', 'sari']);
  });

  it('does not repeat a yearly date before it was first set; 29 Feb falls on 28 Feb', () => {
    const leap: ClientDate = { id: 'leap', name: 'Leap launch', date: '2028-02-29', repeat: 'yearly', clientId: 'c' };
    const m = momentsBetween('2026-01-01', '2029-12-31', { clientDates: [leap] }).filter((x) => x.kind === 'client');
    expect(m.map((x) => x.date)).toEqual(['2028-02-29', '2029-02-28']);
  });
});

describe('shape of the result', () => {
  it('names every moment in Indonesian and English', () => {
    const m = momentsBetween('2025-01-01', '2027-12-31');
    for (const x of m) {
      expect(x.name.id.length).toBeGreaterThan(0);
      expect(x.name.en.length).toBeGreaterThan(0);
    }
    const fitri = find(m, '2026:idul-fitri-1')!;
    expect(fitri.name).toEqual({ id: 'Idulfitri 1447 H (hari pertama)', en: 'Eid al-Fitr 1447 AH (day 1)' });
    expect(find(m, '2027:ramadan')!.name).toEqual({ id: 'Ramadan 1448 H', en: 'Ramadan 1448 AH' });
    expect(find(m, '2026:year-end')!.name.id).toContain('akhir tahun');
  });

  it('sorts by date then kind, with unique ids and only known kinds', () => {
    const m = momentsBetween('2026-01-01', '2026-12-31');
    for (let i = 1; i < m.length; i++) expect(m[i - 1]!.date <= m[i]!.date).toBe(true);
    expect(new Set(m.map((x) => x.id)).size).toBe(m.length);
    expect(m.every((x) => (MOMENT_KINDS as readonly string[]).includes(x.kind))).toBe(true);
    expect(m.every((x) => x.date >= '2025-01-01' && (x.endDate ?? x.date) >= '2026-01-01')).toBe(true);
  });

  it('returns frozen moments and rejects bad dates', () => {
    const [first] = momentsBetween('2026-01-01', '2026-01-01');
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => momentsBetween('2026-1-1', '2026-12-31')).toThrow(RangeError);
    expect(momentsBetween('2026-12-31', '2026-01-01')).toEqual([]);
  });
});
