/**
 * Bench for shared/holidays: `momentsBetween` over a whole year (DESIGN.md §8 style: measured,
 * not asserted in timed tests). Budget: median ≤ 2 ms. Called from tests/bench/run.ts.
 */
import { clearHolidayCaches, momentsBetween } from '../../shared/holidays/moments';
import type { MomentOptions } from '../../shared/holidays/types';

const RUNS = 200;
const WARMUP = 30;
const BUDGET_MS = 2;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export async function benchHolidays(): Promise<Record<string, number | string>> {
  // A realistic user: a shifted Lebaran, a confirmed Ramadan, hidden kinds, a few clients' dates.
  const options: MomentOptions = {
    overrides: [
      { momentKey: 'idul-fitri-1', year: 2027, action: 'shift', shiftDays: 1 },
      { momentKey: 'ramadan', year: 2027, action: 'confirm' },
      { momentKey: 'idul-adha', year: 2027, action: 'shift', shiftDays: 1 },
    ],
    hiddenKinds: ['observance'],
    clientDates: Array.from({ length: 20 }, (_, i) => ({
      id: `d${i}`,
      name: `Client date ${i}`,
      date: `20${20 + (i % 6)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
      repeat: i % 3 === 0 ? ('once' as const) : ('yearly' as const),
      clientId: `c${i % 5}`,
    })),
  };
  // 2027 has no decree: every Islamic date goes through Umm al-Qura, the slowest path.
  const run = () => momentsBetween('2027-01-01', '2027-12-31', options);

  clearHolidayCaches();
  const cold = time(run);
  const count = run().length;

  const uncached: number[] = [];
  for (let i = 0; i < 50; i++) {
    clearHolidayCaches();
    uncached.push(time(run));
  }
  uncached.sort((a, b) => a - b);

  for (let i = 0; i < WARMUP; i++) run();
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) warm.push(time(run));
  warm.sort((a, b) => a - b);

  const p50 = percentile(warm, 0.5);
  return {
    'holidays.year.moments': count,
    'holidays.year.cold_ms': round(cold),
    'holidays.year.uncached_p50_ms': round(percentile(uncached, 0.5)),
    'holidays.year.p50_ms': round(p50),
    'holidays.year.p95_ms': round(percentile(warm, 0.95)),
    'holidays.year.runs': RUNS,
    'holidays.year.budget_p50_ms': BUDGET_MS,
    'holidays.year.within_budget': p50 <= BUDGET_MS ? 'yes' : 'no',
  };
}
