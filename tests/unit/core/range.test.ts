import { describe, expect, it } from 'vitest';
import { rangeFor, stepRange } from '../../../renderer/src/features/calendar/range';

describe('calendar view ranges (what FullCalendar will show)', () => {
  it('month grids run from the Monday on or before the 1st to the Monday after the last day', () => {
    expect(rangeFor('dayGridMonth', '2026-12-17')).toEqual({ start: '2026-11-30', end: '2027-01-04', current: '2026-12-01' });
    expect(rangeFor('dayGridMonth', '2026-11-23')).toEqual({ start: '2026-10-26', end: '2026-12-07', current: '2026-11-01' });
    expect(rangeFor('dayGridMonth', '2027-02-10')).toEqual({ start: '2027-02-01', end: '2027-03-01', current: '2027-02-01' });
  });
  it('steps across a year end in every view', () => {
    expect(stepRange('dayGridMonth', '2026-12-01', 1).current).toBe('2027-01-01');
    expect(stepRange('dayGridMonth', '2027-01-01', -1).current).toBe('2026-12-01');
    expect(stepRange('dayGridWeek', '2026-12-28', 1)).toEqual({ start: '2027-01-04', end: '2027-01-11', current: '2027-01-04' });
    expect(stepRange('listMonth', '2026-12-01', 1)).toEqual({ start: '2027-01-01', end: '2027-02-01', current: '2027-01-01' });
    expect(stepRange('multiMonthYear', '2026-01-01', 1)).toEqual({ start: '2027-01-01', end: '2028-01-01', current: '2027-01-01' });
  });
});
