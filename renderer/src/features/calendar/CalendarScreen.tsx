import { Box, Group, Stack } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import type { CalendarRef } from '@fullcalendar/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/contract/schemas';
import type { Placeholder } from '../../../../shared/domain/cadence';
import type { MomentOverrideRecord } from '../../../../shared/contract/planning';
import { fromWallTime } from '../../../../shared/domain/time';
import { api } from '../../api/transport';
import { useApiQuery } from '../../api/queries';
import { navigate } from '../../app/route';
import { errorMessage } from '../../ui/errors';
import { notifyError, notifySuccess } from '../../ui/notify';
import { readStored, useStoredState, writeStored } from '../../ui/useStoredState';
import { useIdleValue } from '../../ui/useIdleValue';
import { createValueStore } from '../../ui/valueStore';
import { useFormat, useFormatDate } from '../../ui/useFormatDate';
import { CampaignDrawer, type CampaignTarget } from '../campaigns/CampaignDrawer';
import { SlotDrawer } from '../slots/SlotDrawer';
import { primeSlot } from '../slots/primeSlot';
import { CalendarView, type CalendarHandlers, type CalendarViewType } from './CalendarView';
import { renderEventContent } from './EventContent';
import { SlotHoverLayer, type SlotHover } from './SlotHoverCard';
import { IcsButton } from '../ics/IcsButton';
import { localToday } from './events';
import { knownView, rangeFor, stepRange } from './range';
import { EMPTY_FILTERS, type CalendarFilters } from './filters';
import { FiltersMenu } from './FiltersMenu';
import { MomentDialog } from './MomentDialog';
import { NewPostDialog, type NewPostRequest } from './NewPostDialog';
import { PlanningPanel } from './PlanningPanel';
import { Toolbar } from './Toolbar';
import { useCalendarData, type VisibleRange } from './useCalendarData';
import './calendar.css';
import { benchMark } from '../../ui/benchMarks';
import { remembered } from '../../ui/remembered';

const DEFAULT_TIME = '19:00';
const NO_OVERRIDES: MomentOverrideRecord[] = [];
const NO_PLACEHOLDERS: Placeholder[] = [];
/** The user's own clock as a UTC instant: the calendar runs in UTC wall-clock time. */
const wallNow = () => {
  const d = new Date();
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()));
};

interface Props {
  clientId: string | null;
  clients: Client[];
  /** From the route #/calendar/<slotId>: the slot whose drawer is open. */
  openSlotId: string | null;
}

export function CalendarScreen({ clientId, clients, openSlotId }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const qc = useQueryClient();
  const calRef = useRef<CalendarRef>(null);
  const [storedView, setView] = useStoredState<CalendarViewType>('calendar.view', 'dayGridMonth');
  const view = knownView(storedView);
  const [filters, setFilters] = useStoredState<CalendarFilters>('calendar.filters', EMPTY_FILTERS);
  const [range, setRange] = useState<VisibleRange | null>(null);
  const [title] = useState(() => createValueStore(''));
  const [hover] = useState(() => createValueStore<SlotHover | null>(null));
  const [campaignTarget, setCampaignTarget] = useState<CampaignTarget | null>(null);
  const [momentId, setMomentId] = useState<string | null>(null);
  const [pendingNew, setPendingNew] = useState<NewPostRequest | null>(null);
  // The period shown is kept with the view and filters: a reload or another screen returns here.
  // Read once and written on every change without a re-render: it only matters at the next start.
  const [initialDate] = useState(() => {
    const stored = readStored('calendar.date', localToday());
    return /^\d{4}-\d{2}-\d{2}$/.test(stored) ? stored : localToday();
  });
  const [current, setCurrent] = useState(initialDate);

  const formatLabel = useCallback((f: string) => t(`formats.${f}`), [t]);
  const statusLabel = useCallback((s: string) => t(`statuses.${s}`), [t]);
  const fmtShort = useFormatDate();
  const fmt = useFormat();
  const untilLabel = useCallback((d: string) => t('calendar.until', { date: fmtShort(d) }), [t, fmtShort]);
  const data = useCalendarData({
    range,
    filters,
    clientId,
    clients,
    lang,
    untitled: t('calendar.untitled'),
    statusLabel,
    formatLabel,
    view,
    untilLabel,
  });
  const cadences = useApiQuery('cadences.list', {});
  const client = clients.find((c) => c.id === clientId);

  const refresh = useCallback(
    () => qc.invalidateQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && /^(slots|campaigns|ideas)\./.test(q.queryKey[0]) }),
    [qc],
  );

  /** Campaigns of a client running on a date: a post created then belongs to it. */
  const campaignsOn = useCallback(
    (clientId: string, date: string) => data.campaigns.filter((k) => k.clientId === clientId && k.startDate <= date && date <= k.endDate),
    [data.campaigns],
  );
  const campaignFor = useCallback((clientId: string, date: string) => {
    const running = campaignsOn(clientId, date);
    return running.length === 1 ? running[0]!.id : null;
  }, [campaignsOn]);
  // Only the open "New post" form needs them: a month switch does not collect them.
  const placeholders = useMemo(
    () =>
      pendingNew
        ? data.events.flatMap((e) => ((e.extendedProps as { kind?: string } | undefined)?.kind === 'placeholder' ? [(e.extendedProps as { placeholder: Placeholder }).placeholder] : []))
        : NO_PLACEHOLDERS,
    [data.events, pendingNew],
  );

  const createSlot = useCallback(
    async (c: Client, date: string, time: string | null, extra: { cadence?: Placeholder; campaignId?: string | null } = {}) => {
      const at = time ?? cadences.data?.find((k) => k.clientId === c.id)?.time ?? DEFAULT_TIME;
      try {
        const slot = await api.call('slots.create', {
          clientId: c.id,
          startsAt: fromWallTime(date, at, c.timezone),
          status: 'draft',
          campaignId: extra.campaignId !== undefined ? extra.campaignId : campaignFor(c.id, date),
          ...(extra.cadence
            ? { cadenceId: extra.cadence.cadenceId, format: extra.cadence.format, platforms: [extra.cadence.platform] }
            : {}),
        });
        await refresh();
        notifySuccess(t('calendar.slotCreated', { when: fmt.instant(slot.startsAt, c.timezone, { weekday: 'long' }) }));
        navigate('calendar', slot.id);
      } catch (err) {
        notifyError(t('errors.title'), errorMessage(t, err));
      }
    },
    [cadences.data, refresh, t, fmt, campaignFor],
  );

  /** A click on a day creates there for the only client; otherwise, and for "New post", a form. */
  const requestNewSlot = useCallback(
    (date: string | null, time: string | null) => {
      const only = client ?? (filters.clientIds.length === 1 ? clients.find((c) => c.id === filters.clientIds[0]) : undefined) ?? (clients.length === 1 ? clients[0] : undefined);
      if (only && date && campaignsOn(only.id, date).length < 2) void createSlot(only, date, time);
      else {
        const r = range ?? rangeFor(view, current);
        setPendingNew({ start: r.start, end: r.end, date, time });
      }
    },
    [client, clients, filters.clientIds, createSlot, range, view, current, campaignsOn],
  );

  // Handlers (the calendar's and the toolbar's) read the latest state through a ref, so they never
  // change identity and neither the memoised calendar nor the toolbar re-renders on a month switch.
  const latest = useRef({ slots: data.slots, clients, clientId, cadences: cadences.data, requestNewSlot, createSlot, refresh, t, fmt, view, current, range });
  latest.current = { slots: data.slots, clients, clientId, cadences: cadences.data, requestNewSlot, createSlot, refresh, t, fmt, view, current, range };
  const handlers: CalendarHandlers = useMemo(
    () => ({
      onRange(r, viewTitle, viewType, currentStart) {
        setRange((old) => (old && old.start === r.start && old.end === r.end ? old : r));
        title.set(viewTitle);
        setCurrent(currentStart);
        writeStored('calendar.date', currentStart);
        setView(viewType);
      },
      async onSlotMoved(slotId, date, time) {
        const { slots, clients, refresh, t, fmt } = latest.current;
        const slot = slots.find((s) => s.id === slotId);
        const c = clients.find((x) => x.id === slot?.clientId);
        if (!slot || !c) return false;
        try {
          const startsAt = fromWallTime(date, time, c.timezone);
          await api.call('slots.update', { id: slotId, patch: { startsAt } });
          await refresh();
          notifySuccess(t('calendar.moved', { when: fmt.instant(startsAt, c.timezone, { weekday: 'long' }) }));
          return true;
        } catch (err) {
          notifyError(t('calendar.moveFailed'), errorMessage(t, err));
          return false;
        }
      },
      async onCampaignChanged(campaignId, startDate, endDate) {
        const { refresh, t, fmt } = latest.current;
        try {
          const k = await api.call('campaigns.update', { id: campaignId, patch: { startDate, endDate } });
          await refresh();
          notifySuccess(t('calendar.campaignMoved', { name: k.name, from: fmt.date(startDate), to: fmt.date(endDate) }));
          return true;
        } catch (err) {
          notifyError(t('calendar.moveFailed'), errorMessage(t, err));
          return false;
        }
      },
      onSelectRange(startDate, endDate) {
        setCampaignTarget({ newFor: { clientId: latest.current.clientId, startDate, endDate } });
      },
      onDayClick(date, time) {
        latest.current.requestNewSlot(date, time);
      },
      onEventClick(kind, props) {
        const { clients, createSlot, slots } = latest.current;
        if (kind === 'slot') {
          const slot = slots.find((s) => s.id === props.slotId);
          if (slot) primeSlot(qc, slot);
          navigate('calendar', props.slotId as string);
        }
        else if (kind === 'campaign') setCampaignTarget({ id: props.campaignId as string });
        else if (kind === 'moment') setMomentId(props.momentId as string);
        else if (kind === 'placeholder') {
          const p = props.placeholder as Placeholder;
          const c = clients.find((x) => x.id === p.clientId);
          if (c) void createSlot(c, p.date, p.time, { cadence: p });
        }
      },
      onOpenDay(date) {
        calRef.current?.getApi().changeView('dayGridWeek', date);
      },
      async onIdeaDrop(ideaId, date, time) {
        const { clients, cadences, refresh, t } = latest.current;
        try {
          const idea = (await api.call('ideas.list', { includeUsed: false })).find((i) => i.id === ideaId);
          const c = clients.find((x) => x.id === idea?.clientId);
          if (!idea || !c) return;
          const at = time ?? cadences?.find((k) => k.clientId === c.id)?.time ?? DEFAULT_TIME;
          await api.call('ideas.schedule', { id: ideaId, startsAt: fromWallTime(date, at, c.timezone) });
          await refresh();
          notifySuccess(t('calendar.ideaScheduled', { title: idea.title }));
        } catch (err) {
          notifyError(t('errors.title'), errorMessage(t, err));
        }
      },
    }),
    [setView, title, qc],
  );

  const openCampaign = useCallback((id: string) => setCampaignTarget({ id }), []);
  // Stable callbacks: the drawers and the panel are memoised and skip re-rendering on month switches.
  const closeSlot = useCallback(() => navigate('calendar'), []);
  const closeCampaign = useCallback(() => setCampaignTarget(null), []);
  const closeMoment = useCallback(() => setMomentId(null), []);
  const closeNew = useCallback(() => setPendingNew(null), []);
  const openSlotFromCampaign = useCallback((id: string) => {
    setCampaignTarget(null);
    navigate('calendar', id);
  }, []);
  const go = useCallback((dir: 'prev' | 'next' | 'today') => {
    benchMark('rc-cal:nav');
    const { view, current } = latest.current;
    const next = dir === 'today' ? rangeFor(view, localToday()) : stepRange(view, current, dir === 'next' ? 1 : -1);
    calRef.current?.getApi()[dir]();
    // Same batch as FullCalendar's own update: the new dates and their events render once.
    setRange((old) => (old && old.start === next.start && old.end === next.end ? old : { start: next.start, end: next.end }));
    setCurrent(next.current);
  }, []);
  const onToday = useCallback(() => go('today'), [go]);
  const onPrev = useCallback(() => go('prev'), [go]);
  const onNext = useCallback(() => go('next'), [go]);
  const onView = useCallback((v: CalendarViewType) => {
    // A view switch keeps today if it is on screen (the year → this month), else the period's start.
    const { range, current } = latest.current;
    const today = localToday();
    calRef.current?.getApi().changeView(v, range && range.start <= today && today < range.end ? today : current);
  }, []);
  const onNewSlot = useCallback(() => latest.current.requestNewSlot(null, null), []);
  const dateShown = useCallback(() => latest.current.current, []);
  const onCreate = useCallback((c: Client, date: string, time: string, campaignId: string | null, cadence: Placeholder | null) => {
    setPendingNew(null);
    void latest.current.createSlot(c, date, time, { campaignId, ...(cadence ? { cadence } : {}) });
  }, []);
  const chosenClientId = clientId ?? (filters.clientIds.length === 1 ? filters.clientIds[0]! : null);
  const toolbarExtras = useMemo(
    () => (
      <>
        <FiltersMenu filters={filters} onChange={setFilters} clients={clients} campaigns={data.campaigns} clientLocked={!!clientId} />
        <IcsButton clients={clients} clientId={chosenClientId} dateShown={dateShown} />
      </>
    ),
    [filters, setFilters, clients, data.campaigns, clientId, chosenClientId, dateShown],
  );
  const overlayOpen = !!openSlotId || !!campaignTarget || !!momentId || !!pendingNew;
  const key = (fn: () => void) => () => {
    if (!overlayOpen) fn();
  };
  useHotkeys([
    ['ArrowLeft', key(() => go('prev'))],
    ['ArrowRight', key(() => go('next'))],
    ['PageUp', key(() => go('prev'))],
    ['PageDown', key(() => go('next'))],
    ['t', key(() => go('today'))],
    ['n', key(() => requestNewSlot(null, null))],
  ]);

  const labels = useMemo(
    () => ({
      estimated: t('calendar.estimated'),
      changed: t('approval.changedMark'),
      more: remembered((n: number) => t('calendar.more', { count: n })), // asked per busy day
      density: (planned: number, approved: number) => t('calendar.density', { planned, approved }),
    }),
    [t],
  );
  const moment = momentId ? (data.moments.find((m) => m.id === momentId) ?? null) : null;
  const month = current.slice(0, 7);
  // The side panel follows the month once the calendar has drawn it and the browser is idle.
  const panel = useIdleValue(useMemo(() => ({ month, slots: data.slots }), [month, data.slots]));

  return (
    <Group align="stretch" gap="md" wrap="nowrap" h="calc(100vh - 48px - 2 * var(--mantine-spacing-md))">
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Toolbar title={title} view={view} onToday={onToday} onPrev={onPrev} onNext={onNext} onView={onView} onNewSlot={onNewSlot}>
          {toolbarExtras}
        </Toolbar>
        <Box style={{ flex: 1, minHeight: 0 }} className="rc-calendar" data-view={view} data-busy={data.isFetching || undefined}>
          <CalendarView
            ref={calRef}
            {...handlers}
            events={data.events}
            decor={data.decor}
            initialView={view}
            initialDate={initialDate}
            lang={lang}
            now={wallNow}
            labels={labels}
            renderEvent={renderEventContent}
            hover={hover}
          />
        </Box>
        {/* Outside the calendar's box: its `contain: strict` would anchor the card's fixed position to it. */}
        <SlotHoverLayer hover={hover} />
      </Stack>
      <PlanningPanel clientId={clientId} clients={clients} client={client} momentOptions={data.momentOptions} slots={panel.slots} month={panel.month} onPlanned={openCampaign} />

      <SlotDrawer slotId={openSlotId} clients={clients} onClose={closeSlot} />
      <CampaignDrawer target={campaignTarget} clients={clients} onClose={closeCampaign} onOpenSlot={openSlotFromCampaign} />
      <MomentDialog moment={moment} overrides={data.momentOptions?.overrides ?? NO_OVERRIDES} onClose={closeMoment} />
      <NewPostDialog
        request={pendingNew}
        clients={clients}
        clientId={chosenClientId}
        campaigns={data.campaigns}
        placeholders={placeholders}
        today={localToday()}
        onClose={closeNew}
        onCreate={onCreate}
      />
    </Group>
  );
}
