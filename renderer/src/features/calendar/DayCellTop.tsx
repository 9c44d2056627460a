import { createContext, memo, useContext } from 'react';
import type { Decor } from './dayDecor';
import { sortLabels } from './dayDecor';

/**
 * The days' moments and densities, handed down by context rather than captured in the renderers
 * given to FullCalendar: those renderers stay the same from month to month, and a new month's
 * decor reaches the day headers through the context.
 */
export const DecorContext = createContext<Decor>({ lanes: 0, days: new Map() });

export interface DayCellLabels {
  estimated: string;
  density: (planned: number, approved: number) => string;
}

interface Props {
  date: string;
  dayNumber: string;
  /** The year view: a density mark and coloured dots instead of words. */
  compact: boolean;
  labels: DayCellLabels;
  onMoment(id: string): void;
}

/** A lane's height with the gap under it: 3 px strips in the month and week, 2 px in the year. */
const LANE_PX = 4;
const COMPACT_LANE_PX = 3;

const full = (name: string, estimated: boolean, word: string) => (estimated ? `${name} (${word})` : name);

/**
 * A day's header: its number, a compact label for the day's moments (the full names on hover and
 * a click away in the moment dialog), one thin strip per long band, and in the year view how many
 * posts are planned and approved that day. Memoised: FullCalendar draws a month's cells twice (to
 * measure, then to show), and a new month's decor arrives through the context.
 */
export const DayCellTop = memo(function DayCellTop({ date, dayNumber, compact, labels, onMoment }: Props) {
  const decor = useContext(DecorContext);
  const d = decor.days.get(date);
  const dayLabels = d ? sortLabels(d.labels) : [];
  // Only the lanes that hold a band are drawn, each at its lane's height, so a band keeps its line
  // across the week without an empty element per free lane (the year shows the first two lanes).
  const lanes = compact ? Math.min(decor.lanes, 2) : decor.lanes;
  const pitch = compact ? COMPACT_LANE_PX : LANE_PX;
  const strips = d ? d.bands.slice(0, lanes) : [];
  const first = dayLabels[0];
  const title = dayLabels.map((l) => full(l.name, l.estimated, labels.estimated)).join('\n');
  return (
    <div className={compact ? 'rc-day rc-day--compact' : 'rc-day'}>
      <div className="rc-day__head">
        {!compact && first && (
          <span
            className={`rc-day__label rc-mk--${first.kind}`}
            data-moment-id={first.id}
            title={title}
            role="button"
            tabIndex={0}
            onClick={(e) => {
              e.stopPropagation();
              onMoment(first.id);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') onMoment(first.id);
            }}
          >
            {first.estimated ? '≈ ' : ''}
            {first.name}
          </span>
        )}
        {!compact && dayLabels.length > 1 && (
          // Two holidays on one day (Nyepi and Idulfitri on 9 March 2027): the next one is a click away too.
          <span
            className="rc-day__more"
            title={dayLabels.slice(1).map((l) => full(l.name, l.estimated, labels.estimated)).join('\n')}
            aria-label={dayLabels.slice(1).map((l) => l.name).join(', ')}
            role="button"
            tabIndex={0}
            onClick={(e) => {
              e.stopPropagation();
              onMoment(dayLabels[1]!.id);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') onMoment(dayLabels[1]!.id);
            }}
          >
            +{dayLabels.length - 1}
          </span>
        )}
        {compact && dayLabels.length > 0 && (
          <span className="rc-day__dots" title={title} role="img" aria-label={title}>
            {dayLabels.slice(0, 3).map((l) => (
              <span key={l.id} className={`rc-day__dot rc-mk--${l.kind}`} />
            ))}
          </span>
        )}
        <span className="rc-day__num">{dayNumber}</span>
      </div>
      {lanes > 0 && (
        <div className="rc-day__strips" style={{ height: lanes * pitch - 1 }}>
          {strips.map((b, lane) =>
            b ? (
              <span
                key={lane}
                className={`rc-strip rc-mk--${b.kind}${b.first ? ' rc-strip--first' : ''}${b.last ? ' rc-strip--last' : ''}`}
                style={lane ? { top: lane * pitch } : undefined}
                data-moment-id={b.id}
                title={full(b.name, b.estimated, labels.estimated)}
                onClick={
                  compact
                    ? undefined
                    : (e) => {
                        e.stopPropagation();
                        onMoment(b.id);
                      }
                }
              />
            ) : null,
          )}
        </div>
      )}
      {compact && d && d.planned > 0 && (
        <span className="rc-day__density" title={labels.density(d.planned, d.approved)} role="img" aria-label={labels.density(d.planned, d.approved)}>
          <span className="rc-day__approved" style={{ width: `${Math.min(d.approved, 4) * 25}%` }} />
          <span className="rc-day__planned" style={{ width: `${Math.min(d.planned - d.approved, 4 - Math.min(d.approved, 4)) * 25}%` }} />
        </span>
      )}
    </div>
  );
});
