import { addDays } from '../../../shared/domain/time';

/** 'YYYY-MM' plus n months. */
export function addMonths(month: string, n: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + n;
  return `${y + Math.floor(m / 12)}-${String((((m % 12) + 12) % 12) + 1).padStart(2, '0')}`;
}

export const firstDay = (month: string) => `${month}-01`;
export const lastDay = (month: string) => addDays(firstDay(addMonths(month, 1)), -1);

/** The same day a month later, or the month's last day when it has no such day (31 Jan → 28 Feb). */
export function sameDayNextMonth(date: string): string {
  const next = addMonths(date.slice(0, 7), 1);
  const last = lastDay(next);
  const candidate = `${next}-${date.slice(8, 10)}`;
  return candidate > last ? last : candidate;
}
