import type { EventDisplayInfo } from '@fullcalendar/react';
import { PLATFORM_LABELS, type Platform } from '../../../../shared/domain/platforms';
import type { SlotEventProps } from './events';

/**
 * Platforms as short codes, the way EP sheets write them. Plain text, not SVG icons: a busy
 * month renders hundreds of events and icons made month switches ~25% slower (npm run bench).
 */
const CODES: Record<Platform, string> = { instagram: 'IG', tiktok: 'TT', x: 'X', threads: 'TH', facebook: 'FB', youtube: 'YT', linkedin: 'IN', pinterest: 'PIN', blog: 'BLOG' };

/** How each kind of event looks inside FullCalendar's cell; short, never overlapping. */
export function renderEventContent(arg: EventDisplayInfo, labels: { estimated: string; status: (s: string) => string }) {
  const p = arg.event.extendedProps as { kind?: string } & Partial<Omit<SlotEventProps, 'status'>> & { status?: string; zoneLabel?: string };
  if (p.kind === 'slot') {
    return (
      <div className="rc-ev rc-ev--slot" title={`${arg.event.title} · ${p.clientName} · ${labels.status(p.status!)}`}>
        <span className={`rc-ev__status rc-st--${p.status}`} aria-hidden />
        <span className="rc-ev__time">
          {arg.timeText}
          {p.zoneLabel !== 'WIB' && <span className="rc-ev__zone"> {p.zoneLabel}</span>}
        </span>
        {p.platforms!.length > 0 && (
          <span className="rc-ev__platforms" aria-label={p.platforms!.map((pl) => PLATFORM_LABELS[pl]).join(', ')}>
            {p.platforms!.map((pl) => CODES[pl]).join('·')}
          </span>
        )}
        <span className="rc-ev__title">{arg.event.title}</span>
      </div>
    );
  }
  if (p.kind === 'placeholder') {
    return (
      <div className="rc-ev rc-ev--placeholder" title={`${arg.event.title} · ${p.clientName}`}>
        <span className="rc-ev__time">
          {arg.timeText} <span className="rc-ev__zone">{p.zoneLabel}</span>
        </span>
        <span className="rc-ev__title">+ {arg.event.title}</span>
      </div>
    );
  }
  if (p.kind === 'moment') {
    const estimated = p.status === 'estimated';
    return (
      <div className="rc-ev rc-ev--moment" title={estimated ? `${arg.event.title} (${labels.estimated})` : arg.event.title}>
        <span className="rc-ev__title">
          {estimated ? '≈ ' : ''}
          {arg.event.title}
        </span>
      </div>
    );
  }
  return (
    <div className="rc-ev rc-ev--campaign" title={arg.event.title}>
      <span className="rc-ev__title">{arg.event.title}</span>
    </div>
  );
}
