/**
 * Nyepi and Waisak for years without a decree, from the Moon (DESIGN.md §5: estimated, marked
 * so). Moon phases by Meeus, Astronomical Algorithms (2nd ed.), ch. 49 — the mean phase with its
 * main periodic terms, good to a few minutes, far inside the day these rules need.
 *
 * - Nyepi is the day after Tilem Kesanga, the new moon ending the ninth month of the Balinese
 *   Saka calendar. That calendar is arithmetic (pangalantaka), not astronomical, so the rule is
 *   an approximation: the first new moon on or after 2 March (WITA); the day itself if the new
 *   moon falls before noon WITA, else the next day. Against the decreed dates 2014–2026 it gives
 *   11 of 13 exactly and is one day late in 2018 and 2025 (lunar.test.ts).
 * - Waisak is the full moon of the month Waisak, set each year by Walubi/Permabudhi and then the
 *   SKB. The rule "the first full moon (WIB) on or after 7 May" gives every decreed Waisak date
 *   2015–2026 (in 2015, 2018, 2023 and 2026 the leap month pushes it past an early-May full moon).
 */
import { isoDate } from './dates';
import type { IsoDate } from './types';

const RAD = Math.PI / 180;
const sin = (deg: number) => Math.sin(deg * RAD);

/** Instant (ms since 1970, UTC) of lunation `k` (integer: new moon; k + 0.5: full moon). */
export function moonPhase(k: number): number {
  const T = k / 1236.85;
  const jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T ** 2 - 0.00000015 * T ** 3 + 0.00000000073 * T ** 4;
  const E = 1 - 0.002516 * T - 0.0000074 * T ** 2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T ** 2 - 0.00000011 * T ** 3;
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T ** 2 + 0.00001238 * T ** 3 - 0.000000058 * T ** 4;
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T ** 2 - 0.00000227 * T ** 3 + 0.000000011 * T ** 4;
  const O = 124.7746 - 1.56375588 * k + 0.0020672 * T ** 2 + 0.00000215 * T ** 3;
  const full = k % 1 !== 0;
  const c = full
    ? -0.40614 * sin(Mp) + 0.17302 * E * sin(M) + 0.01614 * sin(2 * Mp) + 0.01043 * sin(2 * F)
    : -0.4072 * sin(Mp) + 0.17241 * E * sin(M) + 0.01608 * sin(2 * Mp) + 0.01039 * sin(2 * F);
  const rest =
    0.00739 * E * sin(Mp - M) - 0.00514 * E * sin(Mp + M) + 0.00208 * E * E * sin(2 * M) - 0.00111 * sin(Mp - 2 * F) - 0.00057 * sin(Mp + 2 * F) +
    0.00056 * E * sin(2 * Mp + M) - 0.00042 * sin(3 * Mp) + 0.00042 * E * sin(M + 2 * F) + 0.00038 * E * sin(M - 2 * F) - 0.00024 * E * sin(2 * Mp - M) -
    0.00017 * sin(O);
  const deltaT = 70 / 86400; // TT − UT in days, about 70 s in these decades
  return (jde + c + rest - deltaT - 2440587.5) * 86_400_000;
}

/** Wall date and hour of an instant at a fixed UTC offset (Indonesia keeps no DST). */
function wall(ms: number, offsetHours: number): { date: IsoDate; hour: number } {
  const d = new Date(ms + offsetHours * 3_600_000);
  return { date: isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), hour: d.getUTCHours() + d.getUTCMinutes() / 60 };
}

/** The first phase (new: 0, full: 0.5) whose local date is on or after `from`. */
function firstPhaseFrom(from: IsoDate, phase: 0 | 0.5, offsetHours: number): { date: IsoDate; hour: number } {
  const year = Number(from.slice(0, 4)) + (Number(from.slice(5, 7)) - 1) / 12;
  let k = Math.floor((year - 2000) * 12.3685) - 2 + phase;
  for (;;) {
    const w = wall(moonPhase(k), offsetHours);
    if (w.date >= from) return w;
    k += 1;
  }
}

const addDay = (date: IsoDate): IsoDate => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** Nyepi, estimated: see the rule above. */
export function estimateNyepi(year: number): IsoDate {
  const tilem = firstPhaseFrom(isoDate(year, 3, 2), 0, 8);
  return tilem.hour < 12 ? tilem.date : addDay(tilem.date);
}

/** Waisak, estimated: the first full moon (WIB) on or after 7 May. */
export function estimateWaisak(year: number): IsoDate {
  return firstPhaseFrom(isoDate(year, 5, 7), 0.5, 7).date;
}
