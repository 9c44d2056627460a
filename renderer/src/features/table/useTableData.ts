import { useEffect, useMemo } from 'react';
import type { Client } from '../../../../shared/contract/schemas';
import { addDays } from '../../../../shared/domain/time';
import { useApiQuery } from '../../api/queries';
import type { CalendarFilters } from '../calendar/filters';
import { buildRows, type RowMode } from './rows';
import { benchMark } from '../../ui/benchMarks';

const NONE: never[] = [];
export const nextMonth = (month: string, n = 1) => {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + n;
  return `${y + Math.floor(m / 12)}-${String((((m % 12) + 12) % 12) + 1).padStart(2, '0')}`;
};

/** The month's posts as EP rows, narrowed by the sidebar's client and the calendar's filters. */
export function useTableData(month: string, clientId: string | null, filters: CalendarFilters, clients: Client[], mode: RowMode) {
  const clientIds = useMemo(() => (clientId ? [clientId] : filters.clientIds.length ? filters.clientIds : undefined), [clientId, filters.clientIds]);
  // A day of margin each side: every client's own zone decides which month a post is in.
  const from = `${addDays(`${month}-01`, -1)}T00:00:00.000Z`;
  const to = `${addDays(`${nextMonth(month)}-01`, 1)}T00:00:00.000Z`;
  const slots = useApiQuery('slots.list', { from, to, clientIds });
  const campaigns = useApiQuery('campaigns.list', { clientIds });
  useEffect(() => {
    if (slots.data) benchMark('rc-table:data', { slots: slots.data.length });
  }, [slots.data]);
  const rows = useMemo(() => {
    const list = (slots.data ?? NONE).filter(
      (s) =>
        (!filters.statuses.length || filters.statuses.includes(s.status)) &&
        (!filters.campaignIds.length || (s.campaignId !== null && filters.campaignIds.includes(s.campaignId))) &&
        (!filters.platforms.length || s.variants.some((v) => filters.platforms.includes(v.platform))),
    );
    return buildRows(list, clients, campaigns.data ?? NONE, month, mode);
  }, [slots.data, campaigns.data, clients, month, mode, filters.statuses, filters.campaignIds, filters.platforms]);
  return { rows, campaigns: campaigns.data ?? NONE, isPending: slots.isPending, isFetching: slots.isFetching };
}
