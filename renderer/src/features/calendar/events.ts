import type { EventInput } from '@fullcalendar/react';
import type { Campaign, Client, Slot } from '../../../../shared/contract/schemas';
import type { Placeholder } from '../../../../shared/domain/cadence';
import { PLATFORM_LABELS, type Platform } from '../../../../shared/domain/platforms';
import { addDays, toWallTime, zoneLabel } from '../../../../shared/domain/time';
import type { Moment } from '../../../../shared/holidays';

/**
 * The calendar runs in UTC and every timed event is given as the client's wall-clock time, so a
 * WIT client's 19:00 post shows at 19:00 (labelled WIT) whatever the machine's zone.
 */
export const CALENDAR_TIME_ZONE = 'UTC';

export type CalendarEventKind = 'slot' | 'campaign' | 'moment' | 'moment-band' | 'placeholder';

export interface SlotEventProps {
  kind: 'slot';
  slotId: string;
  clientId: string;
  zone: string;
  zoneLabel: string;
  status: Slot['status'];
  platforms: Slot['variants'][number]['platform'][];
  format: Slot['format'];
  clientName: string;
  color: string;
  /** Prepared once per slot (cached), so rendering an event only reads strings. */
  tooltip: string;
  platformCodes: string;
  platformNames: string;
  /** Edited since the client approved it (DESIGN.md §2): the event carries a mark. */
  changed: boolean;
  /** The post's visuals, for thumbnails in the hover card (fetched only on hover). */
  assetHashes: string[];
}

/** Platforms as short codes, the way EP sheets write them (IG, TT, X…). */
const CODES: Record<Platform, string> = { instagram: 'IG', tiktok: 'TT', x: 'X', threads: 'TH', facebook: 'FB', youtube: 'YT', linkedin: 'IN', pinterest: 'PIN', blog: 'BLOG' };

const wallIso = (instant: string, zone: string) => {
  const w = toWallTime(instant, zone);
  return `${w.date}T${w.time}:00`;
};

export function slotEvent(slot: Slot, client: Client, untitled: string, statusLabel: (s: Slot['status']) => string = (s) => s): EventInput {
  const title = slot.topic || untitled;
  const platforms = slot.variants.map((v) => v.platform);
  const props: SlotEventProps = {
    kind: 'slot',
    slotId: slot.id,
    clientId: slot.clientId,
    zone: client.timezone,
    zoneLabel: zoneLabel(client.timezone),
    status: slot.status,
    platforms: slot.variants.map((v) => v.platform),
    format: slot.format,
    clientName: client.name,
    color: client.color,
    tooltip: `${title} · ${client.name} · ${platforms.map((p) => PLATFORM_LABELS[p]).join(', ')} · ${statusLabel(slot.status)}`,
    platformCodes: platforms.map((p) => CODES[p]).join('·'),
    platformNames: platforms.map((p) => PLATFORM_LABELS[p]).join(', '),
    changed: slot.changedSinceApproval,
    assetHashes: slot.assets.filter((a) => a.kind === 'image').map((a) => a.hash),
  };
  return {
    id: `slot:${slot.id}`,
    title,
    start: wallIso(slot.startsAt, client.timezone),
    allDay: false,
    durationEditable: false,
    color: client.color,
    className: `rc-slot rc-status--${slot.status}${slot.changedSinceApproval ? ' rc-slot--changed' : ''}`,
    kindOrder: 2,
    extendedProps: props,
  };
}

export function campaignEvent(c: Campaign, client: Client | undefined): EventInput {
  return {
    id: `campaign:${c.id}`,
    title: c.name,
    start: c.startDate,
    end: addDays(c.endDate, 1), // FullCalendar's all-day end is exclusive
    allDay: true,
    color: c.color,
    className: 'rc-campaign',
    kindOrder: 1,
    extendedProps: { kind: 'campaign', campaignId: c.id, clientId: c.clientId, clientName: client?.name ?? '' },
  };
}

/**
 * A moment is a faint background band (holidays and Ramadan) plus a label the user can click. In
 * the grid views the label lives in the day's header (DayCellTop), so only the tint is an event:
 * moments never take a row from the user's posts.
 */
export function momentEvents(m: Moment, lang: 'id' | 'en', tintOnly = false): EventInput[] {
  const end = addDays(m.endDate ?? m.date, 1);
  const label: EventInput = {
    id: `moment:${m.id}`,
    title: m.name[lang],
    start: m.date,
    end,
    allDay: true,
    editable: false,
    className: `rc-moment rc-moment--${m.kind} rc-moment--${m.status}`,
    kindOrder: 0,
    extendedProps: { kind: 'moment', momentId: m.id, status: m.status, momentKind: m.kind },
  };
  const tinted = m.kind === 'public-holiday' || m.kind === 'cuti-bersama' || m.kind === 'religious-season';
  if (!tinted) return tintOnly ? [] : [label];
  return [
    ...(tintOnly ? [] : [label]),
    {
      id: `band:${m.id}`,
      start: m.date,
      end,
      allDay: true,
      display: 'background',
      className: `rc-band rc-band--${m.kind}`,
      extendedProps: { kind: 'moment-band' },
    },
  ];
}

/** The year view: a campaign as a coloured range behind its days. */
export function campaignRange(c: Campaign): EventInput {
  return {
    id: `campaign-range:${c.id}`,
    start: c.startDate,
    end: addDays(c.endDate, 1),
    allDay: true,
    display: 'background',
    color: c.color,
    className: 'rc-campaign-range',
    extendedProps: { kind: 'campaign-range', campaignId: c.id },
  };
}

export function placeholderEvent(p: Placeholder, client: Client, formatLabel: string): EventInput {
  return {
    id: `placeholder:${p.cadenceId}:${p.date}`,
    title: `${PLATFORM_LABELS[p.platform]} ${formatLabel}`,
    start: `${p.date}T${p.time}:00`,
    allDay: false,
    editable: false,
    className: 'rc-placeholder',
    kindOrder: 3,
    color: client.color,
    extendedProps: { kind: 'placeholder', placeholder: p, clientName: client.name, zoneLabel: zoneLabel(client.timezone) },
  };
}

/** A FullCalendar date in our UTC-as-wall-clock convention, back to 'YYYY-MM-DD' and 'HH:mm'. */
export function wallFromCalendarDate(d: Date): { date: string; time: string } {
  const iso = d.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** Today's date as the user sees it on their own clock. */
export function localToday(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
