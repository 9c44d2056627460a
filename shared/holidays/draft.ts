/**
 * A moment before the user's overrides, with the anchors its dates hang on. An anchor is the
 * `year:key` an override is stored against; derived moments point at their parent's anchor,
 * so one shift of 1 Syawal moves Idulfitri day 2, the end of Ramadan and the THR season.
 */
import { addDays } from './dates';
import type { Moment, MomentOverride, MomentStatus } from './types';

export type BaseStatus = 'official' | 'estimated';

export interface Draft {
  /** Frozen; returned as is when no override touches it. */
  moment: Readonly<Moment>;
  /** `${year}:${key}` of the anchor that moves the start (and the end, unless `end` is set). */
  start: string;
  startStatus: BaseStatus;
  /** For ranges whose end hangs on another anchor (Ramadan ends the day before 1 Syawal). */
  end?: string;
  endStatus?: BaseStatus;
}

export function anchorId(year: number, key: string): string {
  return `${year}:${key}`;
}

/** Builds a frozen draft; `start` defaults to the moment itself. */
export function draft(moment: Moment, anchors?: Partial<Omit<Draft, 'moment'>>): Draft {
  const base = moment.status === 'official' ? 'official' : 'estimated';
  Object.freeze(moment.name);
  return Object.freeze({
    moment: Object.freeze(moment),
    start: anchors?.start ?? moment.id,
    startStatus: anchors?.startStatus ?? base,
    ...(anchors?.end ? { end: anchors.end, endStatus: anchors.endStatus ?? base } : {}),
  });
}

export interface AppliedOverride {
  shift: number;
}

export const MAX_SHIFT_DAYS = 3;

/** Last override per anchor wins; shifts are whole days clamped to ±MAX_SHIFT_DAYS. */
export function overrideMap(overrides: readonly MomentOverride[] | undefined): Map<string, AppliedOverride> {
  const map = new Map<string, AppliedOverride>();
  for (const o of overrides ?? []) {
    const raw = o.action === 'shift' ? Math.trunc(Number(o.shiftDays ?? 0)) || 0 : 0;
    const shift = Math.max(-MAX_SHIFT_DAYS, Math.min(MAX_SHIFT_DAYS, raw));
    map.set(anchorId(o.year, o.momentKey), { shift });
  }
  return map;
}

/** Confirming an official date changes nothing; any shift, or confirming an estimate, is the user's. */
function statusAfter(base: BaseStatus, o: AppliedOverride | undefined): MomentStatus {
  if (!o) return base;
  return o.shift === 0 && base === 'official' ? 'official' : 'user-confirmed';
}

function combine(a: MomentStatus, b: MomentStatus): MomentStatus {
  if (a === 'estimated' || b === 'estimated') return 'estimated';
  if (a === 'user-confirmed' || b === 'user-confirmed') return 'user-confirmed';
  return 'official';
}

export function applyOverrides(d: Draft, overrides: ReadonlyMap<string, AppliedOverride>): Readonly<Moment> {
  const start = overrides.get(d.start);
  const end = d.end === undefined ? start : overrides.get(d.end);
  if (!start && !end) return d.moment;
  const m = d.moment;
  const status = combine(statusAfter(d.startStatus, start), statusAfter(d.endStatus ?? d.startStatus, end));
  const moved: Moment = { ...m, date: addDays(m.date, start?.shift ?? 0), status };
  if (m.endDate !== undefined) moved.endDate = addDays(m.endDate, end?.shift ?? 0);
  return moved;
}
