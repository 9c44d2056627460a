import type { EventDisplayInfo } from '@fullcalendar/react';
import { memo } from 'react';
import type { SlotEventProps } from './events';
import { SlotHoverCard } from './SlotHoverCard';

/**
 * How each kind of event looks inside FullCalendar's cell; short, never overlapping. Kept
 * lean: a busy month renders hundreds of these (hidden ones too, for measuring), so strings
 * are prepared once per slot in events.ts, platforms are text codes rather than SVG icons
 * (icons made month switches ~25% slower in `npm run bench`), a post is one line of inline
 * text whose status dot is a background (no flex row, no pseudo-element), and the client's
 * name is drawn only where it shows (the week).
 */
export function renderEventContent(arg: EventDisplayInfo, labels: Labels) {
  return <EventCard p={arg.event.extendedProps as CardProps} title={arg.event.title} timeText={arg.timeText} week={arg.view.type === 'dayGridWeek'} labels={labels} />;
}

type Labels = { estimated: string; changed: string };
type CardProps = { kind?: string } & Partial<Omit<SlotEventProps, 'status'>> & { status?: string; zoneLabel?: string };

/**
 * Memoised on the event's own props object (FullCalendar keeps it while the event is unchanged): the
 * calendar draws its events twice per month, hidden to measure them and then shown, and the second
 * time costs nothing here.
 */
const EventCard = memo(function EventCard({ p, title, timeText, week, labels }: { p: CardProps; title: string; timeText: string; week: boolean; labels: Labels }) {
  if (p.kind === 'slot') {
    const tooltip = p.changed ? `${p.tooltip} · ${labels.changed}` : p.tooltip;
    // One line of text with the time in bold: every post is drawn twice per month switch (hidden to
    // measure, then shown), so each element here is paid for some thousand times (`npm run bench`).
    const body = (
      <div className={`rc-ev rc-ev--slot rc-st--${p.status}`} title={p.assetHashes?.length ? undefined : tooltip}>
        {p.changed && (
          <span className="rc-ev__changed" role="img" aria-label={labels.changed}>
            !
          </span>
        )}
        <b className="rc-ev__time">{p.zoneLabel !== 'WIB' ? `${timeText} ${p.zoneLabel}` : timeText}</b>
        {week ? (
          <>
            {p.platformCodes ? ` ${p.platformCodes} ` : ' '}
            <span className="rc-ev__client">{p.clientName}</span>
            <span className="rc-ev__title">{title}</span>
          </>
        ) : (
          ` ${p.platformCodes ? `${p.platformCodes} ` : ''}${title}`
        )}
      </div>
    );
    // Only posts with visuals pay for a hover card; its thumbnails load when it opens.
    return p.assetHashes?.length ? <SlotHoverCard title={tooltip ?? ''} hashes={p.assetHashes}>{body}</SlotHoverCard> : body;
  }
  if (p.kind === 'placeholder') {
    return (
      <div className="rc-ev rc-ev--placeholder" title={`${title} · ${p.clientName}`}>
        <span className="rc-ev__time">
          {timeText} <span className="rc-ev__zone">{p.zoneLabel}</span>
        </span>
        <span className="rc-ev__title">+ {title}</span>
      </div>
    );
  }
  if (p.kind === 'moment') {
    const estimated = p.status === 'estimated';
    return (
      <div className="rc-ev rc-ev--moment" title={estimated ? `${title} (${labels.estimated})` : title}>
        <span className="rc-ev__title">
          {estimated ? '≈ ' : ''}
          {title}
        </span>
      </div>
    );
  }
  return (
    <div className="rc-ev rc-ev--campaign" title={title}>
      <span className="rc-ev__title">{title}</span>
    </div>
  );
});
