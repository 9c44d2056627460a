/**
 * Holiday and marketing-moment types (DESIGN.md §5). Dates are local calendar dates
 * 'YYYY-MM-DD', never instants: Islamic days start at sunset, so an instant would land on the
 * wrong day in one of Indonesia's three time zones.
 */

/** A calendar date 'YYYY-MM-DD'. */
export type IsoDate = string;

/** Kinds, in the order the calendar lists and toggles them. */
export const MOMENT_KINDS = [
  'public-holiday',
  'cuti-bersama',
  'religious-season',
  'season',
  'observance',
  'marketing',
  'client',
] as const;
export type MomentKind = (typeof MOMENT_KINDS)[number];

/**
 * How settled a date is:
 * - `official`: set by a decree (SKB 3 Menteri, Keppres) or a Kemenag isbat, or by a fixed rule
 *   that cannot move (Hari Batik on 2 Oct, Harbolnas on 12 Dec, Black Friday);
 * - `estimated`: computed (Umm al-Qura, Easter, Chinese calendar) or approximate, for a year
 *   with no decree yet; may move by a day once the government decides;
 * - `user-confirmed`: the user confirmed or shifted it (or entered it, for client dates).
 */
export const MOMENT_STATUSES = ['official', 'estimated', 'user-confirmed'] as const;
export type MomentStatus = (typeof MOMENT_STATUSES)[number];

export type Locale = 'id' | 'en';
export interface LocalizedText {
  id: string;
  en: string;
}

export interface Moment {
  /** Stable id `${year}:${key}` (client dates: `client:${clientDateId}[:${year}]`). */
  id: string;
  /** Stable key within the year, e.g. 'idul-fitri-1', 'harbolnas', 'cuti-bersama-08-18'. */
  key: string;
  /**
   * The Gregorian year the moment is filed under (with `key`, what an override names). It is
   * the year of its unshifted date, or of the date it derives from: the THR season before a
   * January Lebaran is filed under the Lebaran's year.
   */
  year: number;
  date: IsoDate;
  /** Inclusive last day, for ranges only. */
  endDate?: IsoDate;
  kind: MomentKind;
  name: LocalizedText;
  status: MomentStatus;
  /** Decree number, isbat, or how the date was computed. */
  source?: string;
  /** Set on client dates. */
  clientId?: string;
}

/**
 * A user's decision on one moment, stored against its `year` + `key`. Overriding an anchor
 * moves what derives from it: shifting 'idul-fitri-1' also moves 'idul-fitri-2', the end of
 * 'ramadan', 'thr-season', 'thr-due' and 'mudik-week'.
 */
export interface MomentOverride {
  momentKey: string;
  year: number;
  action: 'confirm' | 'shift';
  /** Days to move, −3..3 (clamped): the isbat moves a date by a day, rarely two. */
  shiftDays?: number;
}

/** A client's own date: an anniversary (yearly) or a launch (once). */
export interface ClientDate {
  id: string;
  name: string;
  date: IsoDate;
  repeat: 'yearly' | 'once';
  clientId: string;
}

export interface MomentOptions {
  overrides?: readonly MomentOverride[];
  hiddenKinds?: readonly MomentKind[];
  clientDates?: readonly ClientDate[];
  /** Only this client's dates (others in `clientDates` are left out). */
  clientId?: string;
  /** Language of `Prompt.text`; moments always carry both languages. Default 'id'. */
  locale?: Locale;
}

/** A planning prompt: an upcoming moment worth a campaign, with its lead time. */
export interface Prompt {
  moment: Moment;
  /** Days from today to the moment's (first) day; 0 = today. */
  daysUntil: number;
  /** Recommended preparation time before the moment. */
  leadWeeks: number;
  message: LocalizedText;
  /** `message` in `options.locale`. */
  text: string;
}
