/** Percentiles in milliseconds, rounded for a readable JSON summary. */
export function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  const r = (n: number) => Math.round(n * 1000) / 1000;
  return { p50: r(at(0.5)), p95: r(at(0.95)), n: sorted.length };
}

export const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
