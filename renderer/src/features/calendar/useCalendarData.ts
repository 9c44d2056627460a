import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { EventInput } from '@fullcalendar/react';
import type { Client, Slot } from '../../../../shared/contract/schemas';
import { cadencePlaceholders } from '../../../../shared/domain/cadence';
import { addDays } from '../../../../shared/domain/time';
import { momentsBetween, type Moment } from '../../../../shared/holidays';
import { useApiQuery } from '../../api/queries';
import { api } from '../../api/transport';
import { campaignEvent, localToday, momentEvents, placeholderEvent, slotEvent } from './events';
import type { CalendarFilters } from './filters';

export interface VisibleRange {
  /** Inclusive first and exclusive last wall date of the view. */
  start: string;
  end: string;
}

interface Args {
  range: VisibleRange | null;
  filters: CalendarFilters;
  /** The sidebar's client, if one is chosen; it narrows everything. */
  clientId: string | null;
  clients: Client[];
  lang: 'id' | 'en';
  untitled: string;
  formatLabel: (format: string) => string;
}

/** Slot instants to fetch for a wall-date range: a day of margin covers UTC−12…+14 zones. */
function instantRange(range: VisibleRange) {
  return { from: `${addDays(range.start, -1)}T00:00:00.000Z`, to: `${addDays(range.end, 1)}T00:00:00.000Z` };
}

/**
 * Everything the calendar shows for the visible range, mapped to FullCalendar events once per
 * change of data or filters (never per render): slots, campaigns, holidays, placeholders.
 */
export function useCalendarData({ range, filters, clientId, clients, lang, untitled, formatLabel }: Args) {
  const clientIds = useMemo(() => (clientId ? [clientId] : filters.clientIds.length ? filters.clientIds : undefined), [clientId, filters.clientIds]);
  const slotsInput = range ? { ...instantRange(range), clientIds } : null;
  const slots = useQuery({
    queryKey: ['slots.list', slotsInput],
    queryFn: () => api.call('slots.list', slotsInput!),
    enabled: !!slotsInput,
    placeholderData: keepPreviousData,
  });
  const campaignsInput = range ? { from: range.start, to: addDays(range.end, -1), clientIds } : null;
  const campaigns = useQuery({
    queryKey: ['campaigns.list', campaignsInput],
    queryFn: () => api.call('campaigns.list', campaignsInput!),
    enabled: !!campaignsInput,
    placeholderData: keepPreviousData,
  });
  const cadences = useApiQuery('cadences.list', { clientIds });
  const momentOptions = useApiQuery('moments.options', {});

  const clientMap = useMemo(() => new Map(clients.map((c) => [c.id, c])), [clients]);

  const moments: Moment[] = useMemo(() => {
    if (!range || !momentOptions.data) return [];
    const o = momentOptions.data;
    return momentsBetween(range.start, addDays(range.end, -1), {
      overrides: o.overrides,
      hiddenKinds: o.hiddenKinds,
      clientDates: o.clientDates.filter((d) => clientMap.has(d.clientId) && (!clientIds || clientIds.includes(d.clientId))),
    });
  }, [range, momentOptions.data, clientMap, clientIds]);

  const visibleSlots: Slot[] = useMemo(() => {
    const list = slots.data ?? [];
    const { platforms, statuses, campaignIds } = filters;
    if (!platforms.length && !statuses.length && !campaignIds.length) return list.filter((s) => clientMap.has(s.clientId));
    return list.filter(
      (s) =>
        clientMap.has(s.clientId) &&
        (!statuses.length || statuses.includes(s.status)) &&
        (!campaignIds.length || (s.campaignId !== null && campaignIds.includes(s.campaignId))) &&
        (!platforms.length || s.variants.some((v) => platforms.includes(v.platform))),
    );
  }, [slots.data, filters, clientMap]);

  const events: EventInput[] = useMemo(() => {
    const hidden = new Set(filters.hiddenLayers);
    const out: EventInput[] = [];
    if (!hidden.has('holidays')) for (const m of moments) out.push(...momentEvents(m, lang));
    if (!hidden.has('campaigns')) {
      for (const c of campaigns.data ?? []) {
        if (!clientMap.has(c.clientId)) continue;
        if (filters.campaignIds.length && !filters.campaignIds.includes(c.id)) continue;
        out.push(campaignEvent(c, clientMap.get(c.clientId)));
      }
    }
    if (!hidden.has('slots')) for (const s of visibleSlots) out.push(slotEvent(s, clientMap.get(s.clientId)!, untitled));
    if (!hidden.has('placeholders') && range && !filters.statuses.length && !filters.campaignIds.length) {
      const cad = (cadences.data ?? []).filter((c) => !filters.platforms.length || filters.platforms.includes(c.platform));
      const ph = cadencePlaceholders(cad, slots.data ?? [], range.start, addDays(range.end, -1), localToday(), (id) => clientMap.get(id)?.timezone);
      for (const p of ph) out.push(placeholderEvent(p, clientMap.get(p.clientId)!, formatLabel(p.format)));
    }
    return out;
  }, [filters, moments, campaigns.data, visibleSlots, cadences.data, slots.data, range, clientMap, lang, untitled, formatLabel]);

  return {
    events,
    slots: slots.data ?? [],
    campaigns: campaigns.data ?? [],
    moments,
    momentOptions: momentOptions.data,
    isFetching: slots.isFetching || campaigns.isFetching,
  };
}
