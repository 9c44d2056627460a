import { isoWeekday } from '../../../../shared/domain/cadence';
import { addDays } from '../../../../shared/domain/time';

/**
 * The four views the toolbar offers. The week is a per-day agenda (a day-grid week): posts stacked
 * in time order at full column width, instead of a time grid where two posts in one hour become
 * slivers and the evening posts sit below the fold.
 */
export type CalendarViewType = 'dayGridMonth' | 'dayGridWeek' | 'listMonth' | 'multiMonthYear';
export const CALENDAR_VIEWS: CalendarViewType[] = ['dayGridMonth', 'dayGridWeek', 'listMonth', 'multiMonthYear'];
/** A stored view from an older version (the time-grid week) or anything else becomes the month. */
export const knownView = (v: unknown): CalendarViewType => (CALENDAR_VIEWS.includes(v as CalendarViewType) ? (v as CalendarViewType) : 'dayGridMonth');

export interface ViewRange {
  start: string;
  end: string;
  /** The date the view is "about" (first of the month, first day of the week, 1 January). */
  current: string;
}

const firstOfMonth = (d: string) => `${d.slice(0, 7)}-01`;
const shiftMonths = (first: string, n: number) => {
  const y = Number(first.slice(0, 4));
  const m = Number(first.slice(5, 7)) - 1 + n;
  return new Date(Date.UTC(y + Math.floor(m / 12), ((m % 12) + 12) % 12, 1)).toISOString().slice(0, 10);
};
const monday = (d: string) => addDays(d, 1 - isoWeekday(d));

/**
 * The range FullCalendar will show for a view around a date (weeks from Monday, month
 * grids only as tall as the month). Knowing it before FullCalendar reports it lets the screen hand over the new month's
 * events in the same render as the new dates, instead of a second render after `datesSet`.
 */
export function rangeFor(view: CalendarViewType, date: string): ViewRange {
  switch (view) {
    case 'dayGridMonth': {
      const first = firstOfMonth(date);
      const start = monday(first);
      // As many weeks as the month spans (fixedWeekCount: false): to the Monday after its last day.
      const end = monday(addDays(shiftMonths(first, 1), 6));
      return { start, end, current: first };
    }
    case 'dayGridWeek': {
      const start = monday(date);
      return { start, end: addDays(start, 7), current: start };
    }
    case 'listMonth': {
      const first = firstOfMonth(date);
      return { start: first, end: shiftMonths(first, 1), current: first };
    }
    case 'multiMonthYear': {
      const first = `${date.slice(0, 4)}-01-01`;
      return { start: first, end: `${Number(date.slice(0, 4)) + 1}-01-01`, current: first };
    }
  }
}

/** The range after pressing previous/next in a view whose current date is `current`. */
export function stepRange(view: CalendarViewType, current: string, dir: -1 | 1): ViewRange {
  if (view === 'dayGridWeek') return rangeFor(view, addDays(current, 7 * dir));
  if (view === 'multiMonthYear') return rangeFor(view, `${Number(current.slice(0, 4)) + dir}-01-01`);
  return rangeFor(view, shiftMonths(firstOfMonth(current), dir));
}
