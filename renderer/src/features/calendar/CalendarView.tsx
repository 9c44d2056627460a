import FullCalendar, { type CalendarOptions, type CalendarRef, type DayCellInfo, type DayHeaderInfo, type EventDisplayInfo, type EventInput } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import enGbLocale from '@fullcalendar/react/locales/en-gb';
import idLocale from '@fullcalendar/react/locales/id';
import multiMonthPlugin from '@fullcalendar/react/multimonth';
import formaTheme from '@fullcalendar/react/themes/forma';
import { forwardRef, memo, useCallback, useEffect, useMemo } from 'react';
import { addDays } from '../../../../shared/domain/time';
import { CALENDAR_TIME_ZONE, wallFromCalendarDate, type SlotEventProps } from './events';
import type { SlotHover } from './SlotHoverCard';
import { postTooltip } from './EventContent';
import type { ValueStore } from '../../ui/valueStore';
import type { Decor } from './dayDecor';
import { DayCellTop, DecorContext, type DayCellLabels } from './DayCellTop';

export type { CalendarViewType } from './range';
import type { CalendarViewType } from './range';
import { benching, benchMark } from '../../ui/benchMarks';

export interface CalendarHandlers {
  onRange(range: { start: string; end: string }, title: string, view: CalendarViewType, current: string): void;
  onSlotMoved(slotId: string, date: string, time: string): Promise<boolean>;
  onCampaignChanged(campaignId: string, startDate: string, endDate: string): Promise<boolean>;
  /** A multi-day all-day selection: a new campaign. */
  onSelectRange(startDate: string, endDate: string): void;
  /** A click on a day (time null) or a time slot: a new slot. */
  onDayClick(date: string, time: string | null): void;
  onEventClick(kind: string, props: Record<string, unknown>): void;
  onIdeaDrop(ideaId: string, date: string, time: string | null): void;
  /** A day opened from the year view or a day number: the week agenda around it. */
  onOpenDay(date: string): void;
}

interface Props extends CalendarHandlers {
  events: EventInput[];
  initialView: CalendarViewType;
  initialDate: string;
  lang: 'id' | 'en';
  now: () => Date;
  labels: { estimated: string; more: (n: number) => string; changed: string } & DayCellLabels;
  /** Moments and densities per day, drawn in the day headers (month, week, year). */
  decor: Decor;
  renderEvent: (arg: EventDisplayInfo, labels: Props['labels']) => { html: string };
  /** Set to the post under the pointer when it has visuals: the screen's hover card shows them. */
  hover: ValueStore<SlotHover | null>;
}

const PLUGINS = [dayGridPlugin, listPlugin, multiMonthPlugin, interactionPlugin, formaTheme];

/**
 * FullCalendar configured once; only `events` and the language change between renders, so
 * switching months re-renders events, not the options.
 */
export const CalendarView = memo(
  forwardRef<CalendarRef, Props>(function CalendarView(props, ref) {
    const { events, initialView, initialDate, lang, now, labels, renderEvent, decor, hover } = props;
    const h = props; // handlers are stable (useCallback) in the screen
    const openDay = h.onOpenDay;
    const onEventClick = h.onEventClick;
    const openMoment = useCallback((momentId: string) => onEventClick('moment', { momentId }), [onEventClick]);

    // User Timing for `npm run bench`: when a new set of events has been painted. The bench also
    // reads the very events handed to FullCalendar (only when it set `__rcBench`: a global lookup).
    useEffect(() => {
      // Off the render path unless a bench is measuring: no frames scheduled for a user.
      if (!benching()) return;
      (window as { __rcBench?: { events?: EventInput[] } }).__rcBench!.events = events;
      let inner = 0;
      const outer = requestAnimationFrame(() => {
        inner = requestAnimationFrame(() => benchMark('rc-cal:painted', { events: events.length }));
      });
      return () => {
        cancelAnimationFrame(outer);
        cancelAnimationFrame(inner);
      };
    }, [events]);

    const eventContent = useCallback((arg: EventDisplayInfo) => renderEvent(arg, labels), [renderEvent, labels]);
    const dayCellTopContent = useCallback(
      (arg: DayCellInfo) => (
        <DayCellTop
          date={wallFromCalendarDate(arg.date).date}
          dayNumber={arg.dayNumberText}
          compact={arg.view.type === 'multiMonthYear'}
          labels={labels}
          onMoment={openMoment}
        />
      ),
      [labels, openMoment],
    );
    // The week agenda has no day numbers in its cells: its column headers carry the moments.
    const dayHeaderContent = useCallback(
      (arg: DayHeaderInfo) =>
        arg.view.type === 'dayGridWeek' ? (
          <div className="rc-week-head">
            <span className="rc-week-head__day">{arg.weekdayText} {arg.dayNumberText}</span>
            <DayCellTop date={wallFromCalendarDate(arg.date).date} dayNumber="" compact={false} labels={labels} onMoment={openMoment} />
          </div>
        ) : (
          true
        ),
      [labels, openMoment],
    );

    // The callbacks FullCalendar holds keep their identity across renders (the screen's handlers are
    // stable): on a month switch only its events and dates change, not its options.
    const moreLinkContent = useCallback((arg: { num: number }) => labels.more(arg.num), [labels]);
    const { onRange, onSlotMoved, onCampaignChanged, onSelectRange, onDayClick, onIdeaDrop } = h;
    const callbacks = useMemo(
      (): Partial<CalendarOptions> => ({
        datesSet: (arg) => {
          // The hovered post may be gone (a switch by keyboard fires no mouseleave): close its card.
          hover.set(null);
          const start = wallFromCalendarDate(arg.start).date;
          const end = wallFromCalendarDate(arg.end).date;
          onRange({ start, end }, arg.view.title, arg.view.type as CalendarViewType, wallFromCalendarDate(arg.view.currentStart).date);
        },
        eventAllow: (_span, event) => {
          const kind = (event?.extendedProps as { kind?: string } | undefined)?.kind;
          return kind === 'slot' || kind === 'campaign';
        },
        eventDrop: (info) => {
          const p = info.event.extendedProps as { kind: string; slotId?: string; campaignId?: string };
          if (p.kind === 'slot' && info.event.start) {
            const w = wallFromCalendarDate(info.event.start);
            void onSlotMoved(p.slotId!, w.date, w.time).then((ok) => ok || info.revert());
          } else if (p.kind === 'campaign' && info.event.start) {
            const start = wallFromCalendarDate(info.event.start).date;
            const end = info.event.end ? addDays(wallFromCalendarDate(info.event.end).date, -1) : start;
            void onCampaignChanged(p.campaignId!, start, end).then((ok) => ok || info.revert());
          } else info.revert();
        },
        eventResize: (info) => {
          const p = info.event.extendedProps as { kind: string; campaignId?: string };
          if (p.kind !== 'campaign' || !info.event.start) return info.revert();
          const start = wallFromCalendarDate(info.event.start).date;
          const end = info.event.end ? addDays(wallFromCalendarDate(info.event.end).date, -1) : start;
          void onCampaignChanged(p.campaignId!, start, end).then((ok) => ok || info.revert());
        },
        select: (info) => {
          const start = wallFromCalendarDate(info.start);
          const target = (info.jsEvent?.target as Element | null | undefined) ?? null;
          const momentId = target?.closest?.('[data-moment-id]')?.getAttribute('data-moment-id');
          if (info.view.type === 'multiMonthYear' || momentId) {
            // A moment's label or strip opens the moment; a day in the year view opens that day.
            (ref as React.RefObject<CalendarRef | null>)?.current?.getApi().unselect();
            if (info.view.type === 'multiMonthYear') openDay(start.date);
            else if (momentId) onEventClick('moment', { momentId });
            return;
          }
          const endExclusive = wallFromCalendarDate(info.end);
          const api = (ref as React.RefObject<CalendarRef | null>)?.current?.getApi();
          api?.unselect();
          if (info.allDay && addDays(start.date, 1) < endExclusive.date) {
            onSelectRange(start.date, addDays(endExclusive.date, -1));
          } else {
            onDayClick(start.date, info.allDay ? null : start.time);
          }
        },
        // Posts with visuals show the calendar's one hover card (thumbnails) while pointed at.
        eventMouseEnter: (info) => {
          const p = info.event.extendedProps as Partial<SlotEventProps>;
          if (p.kind !== 'slot' || !p.assetHashes?.length) return;
          hover.set({ el: info.el, title: postTooltip(p, labels.changed), hashes: p.assetHashes });
        },
        eventMouseLeave: () => hover.set(null),
        eventClick: (info) => {
          info.jsEvent.preventDefault();
          const p = info.event.extendedProps as Record<string, unknown> & { kind: string };
          onEventClick(p.kind, p);
        },
        drop: (info) => {
          const ideaId = info.draggedEl.dataset.ideaId;
          if (!ideaId) return;
          const w = wallFromCalendarDate(info.date);
          onIdeaDrop(ideaId, w.date, info.allDay ? null : w.time);
        },
      }),
      [onRange, onSlotMoved, onCampaignChanged, onSelectRange, onDayClick, onIdeaDrop, onEventClick, openDay, ref, hover, labels.changed],
    );

    const options = useMemo(
      () => ({
        plugins: PLUGINS,
        timeZone: CALENDAR_TIME_ZONE,
        now,
        initialView,
        initialDate,
        firstDay: 1,
        headerToolbar: false as const,
        height: '100%',
        editable: true,
        selectable: true,
        droppable: true,
        dayMaxEvents: true,
        navLinks: true,
        nowIndicator: true,
        eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false } as const,
        slotLabelFormat: { hour: '2-digit', minute: '2-digit', hour12: false } as const,
        // As many weeks as the month has: February 2027 is four rows, so each day has room for its posts.
        fixedWeekCount: false,
        dayCellTopClass: 'rc-day-top',
        dayCellTopInnerClass: 'rc-day-top__inner',
        dayHeaderInnerClass: 'rc-day-top__inner',
        multiMonthMaxColumns: 4,
        singleMonthMinWidth: 180,
        views: {
          // Posts first: a day shows up to eight rows (campaign bars and posts) before "+N", and a
          // busy week's row grows (the month scrolls) instead of hiding a day's three posts.
          dayGridMonth: { dayMaxEvents: 8 },
          dayGridWeek: {
            titleFormat: { day: 'numeric', month: 'short', year: 'numeric' } as const,
            dayMaxEvents: false,
            // Its column headers carry the moments: each takes its column's width, never more.
            dayHeaderClass: 'rc-week-col',
          },
          // The year is an overview: day cells hold a density mark, not events; it fits one screen.
          multiMonthYear: { dayMaxEvents: 0 },
        },
        navLinkDayClick: (date: Date) => openDay(wallFromCalendarDate(date).date),
        displayEventEnd: false,
        eventDisplay: 'block',
        eventOrder: 'kindOrder,start,title',
      }),
      [now, initialView, initialDate, openDay],
    );

    return (
      <DecorContext.Provider value={decor}>
      <FullCalendar
        ref={ref}
        {...options}
        locale={lang === 'id' ? idLocale : enGbLocale}
        events={events}
        eventContent={eventContent}
        dayCellTopContent={dayCellTopContent}
        dayHeaderContent={dayHeaderContent}
        moreLinkContent={moreLinkContent}
        {...callbacks}
      />
      </DecorContext.Provider>
    );
  }),
);
