import type { EventDisplayInfo } from '@fullcalendar/react';
import { escapeHtml } from '../../../../shared/text/html';
import type { SlotEventProps } from './events';

type Labels = { estimated: string; changed: string };
type CardProps = Partial<Omit<SlotEventProps, 'kind' | 'status'>> & { kind?: string; status?: string };

/**
 * How each kind of event looks inside FullCalendar's cell: short, never overlapping. Given to
 * FullCalendar as an HTML string, not React elements: a month switch draws every event twice
 * (hidden to measure it, then shown), and a string becomes DOM without a React component, fibers
 * and props per event. Every text is escaped. Platforms are text codes, a post is one line of
 * inline text whose status dot is a background, and the client's name is drawn only where it shows
 * (the week). A post's visuals show in the calendar's one hover card (SlotHoverLayer), not in a
 * hover card per event.
 */
export function renderEventContent(arg: EventDisplayInfo, labels: Labels): { html: string } {
  return { html: eventCardHtml(arg.event.extendedProps as CardProps, arg.event.title, arg.timeText, arg.view.type === 'dayGridWeek', labels) };
}

/** A post's tooltip (topic, client, platforms, status), noting a change since the client approved it. */
export function postTooltip(p: { tooltip?: string; changed?: boolean }, changedLabel: string): string {
  return p.changed ? `${p.tooltip} · ${changedLabel}` : (p.tooltip ?? '');
}

export function eventCardHtml(p: CardProps, title: string, timeText: string, week: boolean, labels: Labels): string {
  const e = escapeHtml;
  if (p.kind === 'slot') {
    const tooltip = postTooltip(p, labels.changed);
    // Posts with visuals get the hover card with thumbnails instead of the plain tooltip.
    const titleAttr = p.assetHashes?.length ? '' : ` title="${e(tooltip)}"`;
    const changed = p.changed ? `<span class="rc-ev__changed" role="img" aria-label="${e(labels.changed)}">!</span>` : '';
    const time = `<b class="rc-ev__time">${e(p.zoneLabel !== 'WIB' ? `${timeText} ${p.zoneLabel}` : timeText)}</b>`;
    const body = week
      ? `${e(p.platformCodes ? ` ${p.platformCodes} ` : ' ')}<span class="rc-ev__client">${e(p.clientName ?? '')}</span><span class="rc-ev__title">${e(title)}</span>`
      : e(` ${p.platformCodes ? `${p.platformCodes} ` : ''}${title}`);
    return `<div class="rc-ev rc-ev--slot rc-st--${e(p.status ?? '')}"${titleAttr}>${changed}${time}${body}</div>`;
  }
  if (p.kind === 'placeholder') {
    return `<div class="rc-ev rc-ev--placeholder" title="${e(`${title} · ${p.clientName}`)}"><span class="rc-ev__time">${e(timeText)} <span class="rc-ev__zone">${e(p.zoneLabel ?? '')}</span></span><span class="rc-ev__title">+ ${e(title)}</span></div>`;
  }
  if (p.kind === 'moment') {
    const estimated = p.status === 'estimated';
    return `<div class="rc-ev rc-ev--moment" title="${e(estimated ? `${title} (${labels.estimated})` : title)}"><span class="rc-ev__title">${estimated ? '≈ ' : ''}${e(title)}</span></div>`;
  }
  return `<div class="rc-ev rc-ev--campaign" title="${e(title)}"><span class="rc-ev__title">${e(title)}</span></div>`;
}
