import { describe, expect, it } from 'vitest';
import { addDays, compareDate, dayOfWeek, daysBetween, isIsoDate, sameDayInYear } from './dates';

describe('date helpers (UTC, on YYYY-MM-DD strings)', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-21', -21)).toBe('2026-02-28');
  });

  it('compares and measures dates', () => {
    expect(compareDate('2026-01-02', '2026-01-10')).toBe(-1);
    expect(compareDate('2026-01-10', '2026-01-10')).toBe(0);
    expect(compareDate('2027-01-01', '2026-12-31')).toBe(1);
    expect(daysBetween('2026-12-01', '2027-02-08')).toBe(69);
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek('2026-03-21')).toBe(6); // Saturday, Idulfitri 1447
    expect(dayOfWeek('2025-08-18')).toBe(1); // Monday, cuti bersama
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-31')).toBe(3);
  });

  it('validates real calendar dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate(20260101)).toBe(false);
  });

  it('moves 29 February to 28 February in a common year', () => {
    expect(sameDayInYear('2028-02-29', 2029)).toBe('2029-02-28');
    expect(sameDayInYear('2028-02-29', 2032)).toBe('2032-02-29');
  });
});
