import { useStoredState } from '../../ui/useStoredState';
import { EMPTY_FILTERS, type CalendarFilters } from '../calendar/filters';

/**
 * The calendar's filters, which the EP table shares (same posts, same narrowing). Read the way
 * CalendarScreen reads them today; when the calendar's persisted state moves into its own
 * module (issue 10), repoint this one function.
 */
export function useCalendarFilters(): [CalendarFilters, (f: CalendarFilters) => void] {
  return useStoredState<CalendarFilters>('calendar.filters', EMPTY_FILTERS);
}
