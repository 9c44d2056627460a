import type { EventDisplayInfo } from '@fullcalendar/react';
import { STATUS_COLORS } from '../../../../shared/domain/status';
import { PlatformIcon } from '../../ui/PlatformIcon';
import type { SlotEventProps } from './events';

/** How each kind of event looks inside FullCalendar's cell; short, never overlapping. */
export function renderEventContent(arg: EventDisplayInfo, labels: { estimated: string; status: (s: string) => string }) {
  const p = arg.event.extendedProps as { kind?: string } & Partial<Omit<SlotEventProps, 'status'>> & { status?: string; zoneLabel?: string };
  if (p.kind === 'slot') {
    return (
      <div className="rc-ev rc-ev--slot" title={`${arg.event.title} · ${p.clientName} · ${labels.status(p.status!)}`}>
        <span className="rc-ev__status" style={{ background: `var(--mantine-color-${STATUS_COLORS[p.status as SlotEventProps['status']]}-6)` }} aria-hidden />
        <span className="rc-ev__time">
          {arg.timeText}
          {p.zoneLabel !== 'WIB' && <span className="rc-ev__zone"> {p.zoneLabel}</span>}
        </span>
        <span className="rc-ev__icons">
          {p.platforms!.slice(0, 3).map((pl) => (
            <PlatformIcon key={pl} platform={pl} size={12} />
          ))}
        </span>
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
