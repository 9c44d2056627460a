import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { EventInput } from '@fullcalendar/react';
import type { Campaign, Client, Slot } from '../../../../shared/contract/schemas';
import { cadencePlaceholders } from '../../../../shared/domain/cadence';
import { addDays } from '../../../../shared/domain/time';
import { momentsBetween, type Moment } from '../../../../shared/holidays';
import { useApiQuery } from '../../api/queries';
import { api } from '../../api/transport';
import { campaignEvent, campaignRange, localToday, momentEvents, placeholderEvent, slotEvent } from './events';
import type { CalendarFilters } from './filters';
import { buildDecor, type Decor } from './dayDecor';
import type { CalendarViewType } from './range';
import { benchMark } from '../../ui/benchMarks';
import { idleAfterPaint } from '../../ui/idleAfterPaint';

const NO_CAMPAIGNS: Campaign[] = [];

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
  statusLabel: (status: Slot['status']) => string;
  formatLabel: (format: string) => string;
  view: CalendarViewType;
  untilLabel: (date: string) => string;
}

/**
 * Slots are fetched per UTC month, so moving to the next month reuses what is cached and only
 * one new month is asked for (and it was prefetched). A day of margin at each end of the view
 * covers clients in UTC−12…+14.
 */
export function monthBuckets(range: VisibleRange): string[] {
  const first = addDays(range.start, -1).slice(0, 7);
  const last = addDays(range.end, 1).slice(0, 7);
  const out: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) out.push(m);
  return out;
}
const nextMonth = (m: string) => {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
};
const prevMonth = (m: string) => {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
};
const bucketInput = (month: string, clientIds: string[] | undefined) => ({
  from: `${month}-01T00:00:00.000Z`,
  to: `${nextMonth(month)}-01T00:00:00.000Z`,
  clientIds,
});
const slotsQuery = (month: string, clientIds: string[] | undefined) => {
  const input = bucketInput(month, clientIds);
  return { queryKey: ['slots.list', input], queryFn: () => api.call('slots.list', input), staleTime: 30_000 };
};

/**
 * The slots of the months a view covers. A class, not a plain array: react-query compares a
 * combined result deeply with the last one unless it is a class instance, and walking some 600
 * slots of the month left behind cost a noticeable part of each month switch.
 */
class SlotsOfRange {
  readonly list: Slot[];
  constructor(readonly parts: Slot[][]) {
    this.list = parts.flat();
  }
}

/**
 * Everything the calendar shows for the visible range, mapped to FullCalendar events once per
 * change of data or filters (never per render): slots, campaigns, holidays, placeholders.
 */
export function useCalendarData({ range, filters, clientId, clients, lang, untitled, statusLabel, formatLabel, view, untilLabel }: Args) {
  /** The list view shows a range once, on its first day, instead of on every day it covers. */
  const compactRanges = view === 'listMonth';
  /** Month, week and year: moments live in the day headers, never in event rows. */
  const grid = view !== 'listMonth';
  const year = view === 'multiMonthYear';
  const clientIds = useMemo(() => (clientId ? [clientId] : filters.clientIds.length ? filters.clientIds : undefined), [clientId, filters.clientIds]);
  const qc = useQueryClient();
  const buckets = useMemo(() => (range ? monthBuckets(range) : []), [range]);
  // The months' slots as one list, made again only when a month's data changes.
  const joined = useRef<SlotsOfRange | null>(null);
  const combine = useCallback((results: Array<{ data?: Slot[]; isFetching: boolean; isPending: boolean }>) => {
    const parts = results.map((r) => r.data);
    let data: SlotsOfRange | undefined;
    if (parts.every(Boolean)) {
      const last = joined.current;
      data = last && last.parts.length === parts.length && last.parts.every((p, i) => p === parts[i]) ? last : new SlotsOfRange(parts as Slot[][]);
      joined.current = data;
    }
    return { data, isFetching: results.some((r) => r.isFetching) };
  }, []);
  const slots = useQueries({ queries: buckets.map((m) => slotsQuery(m, clientIds)), combine });
  // While a new month loads, keep showing what was there rather than an empty grid.
  const lastSlots = useRef<Slot[]>([]);
  const slotList = slots.data?.list ?? lastSlots.current;
  useEffect(() => {
    if (slots.data) lastSlots.current = slots.data.list;
  }, [slots.data]);
  const campaigns = useApiQuery('campaigns.list', { clientIds });
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
    const list = slotList;
    if (list.length) benchMark('rc-cal:data'); // bench: posts have arrived
    const { platforms, statuses, campaignIds } = filters;
    if (!platforms.length && !statuses.length && !campaignIds.length) return list.filter((s) => clientMap.has(s.clientId));
    return list.filter(
      (s) =>
        clientMap.has(s.clientId) &&
        (!statuses.length || statuses.includes(s.status)) &&
        (!campaignIds.length || (s.campaignId !== null && campaignIds.includes(s.campaignId))) &&
        (!platforms.length || s.variants.some((v) => platforms.includes(v.platform))),
    );
  }, [slotList, filters, clientMap]);

  // A slot object is kept by the query cache until its month is refetched, so its event can be
  // reused across month switches and filter changes instead of being mapped again.
  const slotEvents = useRef(new WeakMap<Slot, { client: Client; lang: string; event: EventInput }>());
  // Seven status words, asked for by hundreds of events: translated once each.
  const statusText = useMemo(() => {
    const words = new Map<Slot['status'], string>();
    return (status: Slot['status']) => words.get(status) ?? words.set(status, statusLabel(status)).get(status)!;
  }, [statusLabel]);
  const eventOf = useCallback(
    (slot: Slot, client: Client) => {
      const hit = slotEvents.current.get(slot);
      if (hit && hit.client === client && hit.lang === lang) return hit.event;
      const event = slotEvent(slot, client, untitled, statusText);
      slotEvents.current.set(slot, { client, lang, event });
      return event;
    },
    [lang, untitled, statusText],
  );

  // The month before and after are one click away: fetch them once the month shown has been drawn
  // and the browser is idle, so the fetch and its parsing never compete with painting it, and map to events,
  // while still idle, every post the next or previous view will show: the neighbour months' and
  // the rest of the months this view only touches at its edges (most of next month is in this
  // view's last bucket). Switching then draws what is already made. It waits for this view's posts:
  // run before they arrive, it mapped none of the edge months, and the first switch mapped ~400.
  const shownData = slots.data;
  useEffect(() => {
    if (!buckets.length || !shownData) return;
    let live = true;
    const idle: number[] = [];
    const mapMonth = (month: string) => {
      if (!live) return;
      for (const s of qc.getQueryData<Slot[]>(slotsQuery(month, clientIds).queryKey) ?? []) {
        const client = clientMap.get(s.clientId);
        if (client) eventOf(s, client);
      }
    };
    const prefetch = () => {
      for (const m of buckets) mapMonth(m);
      const neighbours = [prevMonth(buckets[0]!), nextMonth(buckets.at(-1)!)].map((m) =>
        qc.prefetchQuery(slotsQuery(m, clientIds)).then(
          () =>
            new Promise<void>((done) => {
              if (live)
                idle.push(
                  requestIdleCallback(() => {
                    mapMonth(m);
                    done();
                  }),
                );
            }),
        ),
      );
      // Bench: the next and previous months are ready to draw (a user's pause before the click).
      void Promise.all(neighbours).then(() => live && benchMark('rc-cal:idle'));
    };
    const cancel = idleAfterPaint(prefetch, 300);
    return () => {
      live = false;
      cancel();
      idle.forEach(cancelIdleCallback);
    };
  }, [buckets, shownData, clientIds, qc, clientMap, eventOf]);

  const events: EventInput[] = useMemo(() => {
    const hidden = new Set(filters.hiddenLayers);
    const out: EventInput[] = [];
    const compact = (e: EventInput, endDate: string | undefined) =>
      compactRanges && endDate && typeof e.start === 'string' && typeof e.end === 'string' && addDays(e.start, 1) < e.end
        ? { ...e, end: addDays(e.start, 1), title: `${e.title} (${untilLabel(endDate)})` }
        : e;
    if (!hidden.has('holidays')) {
      for (const m of moments) for (const e of momentEvents(m, lang, grid)) if (!(compactRanges && e.display === 'background')) out.push(compact(e, m.endDate));
    }
    if (!hidden.has('campaigns') && range) {
      for (const c of campaigns.data ?? []) {
        if (!clientMap.has(c.clientId) || c.endDate < range.start || c.startDate >= range.end) continue;
        if (filters.campaignIds.length && !filters.campaignIds.includes(c.id)) continue;
        out.push(year ? campaignRange(c) : compact(campaignEvent(c, clientMap.get(c.clientId)), c.endDate));
      }
    }
    // The year view shows posts as a density mark per day (decor), not as events.
    if (!hidden.has('slots') && range && !year) {
      // Only what the view can show (±1 day for zones): FullCalendar re-reads every event it gets.
      const from = `${addDays(range.start, -1)}T00:00:00.000Z`;
      const to = `${addDays(range.end, 1)}T00:00:00.000Z`;
      for (const s of visibleSlots) if (s.startsAt >= from && s.startsAt < to) out.push(eventOf(s, clientMap.get(s.clientId)!));
    }
    if (!hidden.has('placeholders') && range && !year && !filters.statuses.length && !filters.campaignIds.length) {
      const cad = (cadences.data ?? []).filter((c) => !filters.platforms.length || filters.platforms.includes(c.platform));
      const ph = cadencePlaceholders(cad, slotList, range.start, addDays(range.end, -1), localToday(), (id) => clientMap.get(id)?.timezone);
      for (const p of ph) out.push(placeholderEvent(p, clientMap.get(p.clientId)!, formatLabel(p.format)));
    }
    return out;
  }, [filters, moments, campaigns.data, visibleSlots, cadences.data, slotList, range, clientMap, lang, eventOf, formatLabel, compactRanges, untilLabel, grid, year]);

  const decor: Decor = useMemo(() => {
    const hidden = new Set(filters.hiddenLayers);
    return buildDecor(hidden.has('holidays') ? [] : moments, lang, range, year && !hidden.has('slots') ? { slots: visibleSlots, clients: clientMap } : undefined);
  }, [filters.hiddenLayers, moments, lang, range, year, visibleSlots, clientMap]);

  return {
    events,
    decor,
    slots: slotList,
    campaigns: campaigns.data ?? NO_CAMPAIGNS,
    moments,
    momentOptions: momentOptions.data,
    isFetching: slots.isFetching || campaigns.isFetching,
  };
}
