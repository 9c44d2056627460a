import { addDays } from '../../../../shared/domain/time';

export const PRESETS = ['week', 'twoWeeks', 'month', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

export interface PeriodDraft {
  preset: Preset;
  /** First day for week / two weeks. */
  start: string;
  /** 'YYYY-MM' for month. */
  month: string;
  from: string;
  to: string;
}

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** The period's local dates, both ends included; null while a field is empty or backwards. */
export function periodOf(d: PeriodDraft): { from: string; to: string } | null {
  const ok = (from: string, to: string) => (/^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && to >= from ? { from, to } : null);
  switch (d.preset) {
    case 'week':
      return d.start ? ok(d.start, addDays(d.start, 6)) : null;
    case 'twoWeeks':
      return d.start ? ok(d.start, addDays(d.start, 13)) : null;
    case 'month':
      return /^\d{4}-\d{2}$/.test(d.month) ? ok(`${d.month}-01`, lastDay(d.month)) : null;
    case 'custom':
      return ok(d.from, d.to);
  }
}

/** Plans are written ahead: next month, and the Monday after today for weekly ones. */
export function initialPeriod(today: string): PeriodDraft {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const next = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  const monday = addDays(today, ((8 - weekday) % 7) || 7);
  return { preset: 'month', start: monday, month: next, from: `${next}-01`, to: lastDay(next) };
}
