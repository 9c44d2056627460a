import { METRIC_FIELDS, type ErBase, type MetricField } from '../metrics/fields';

/**
 * KPI arithmetic (issue 14 item 3), pure: sums per group come from SQL (electron/core/reports),
 * everything derived from them is here, so the numbers in the app, the PDF and the tests agree.
 */

/** Sums over a group of posts, as the aggregate query returns them. */
export interface Agg {
  posts: number;
  sums: Partial<Record<MetricField, number>>;
  engagements: number;
  /** Engagements of the posts that report reach, and of those that report impressions. */
  engWithReach: number;
  engWithImpressions: number;
  /** Per platform, posts and engagements (for the followers base). */
  platforms: Record<string, { posts: number; engagements: number }>;
}

export interface Totals {
  posts: number;
  metrics: Record<MetricField, number>;
  engagements: number;
  er: number | null;
  erNumerator: number;
  erDenominator: number;
}

export const emptyAgg = (): Agg => ({ posts: 0, sums: {}, engagements: 0, engWithReach: 0, engWithImpressions: 0, platforms: {} });

export function mergeAgg(into: Agg, a: Agg): Agg {
  into.posts += a.posts;
  into.engagements += a.engagements;
  into.engWithReach += a.engWithReach;
  into.engWithImpressions += a.engWithImpressions;
  for (const f of METRIC_FIELDS) if (a.sums[f] !== undefined) into.sums[f] = (into.sums[f] ?? 0) + a.sums[f]!;
  for (const [p, v] of Object.entries(a.platforms)) {
    const t = (into.platforms[p] ??= { posts: 0, engagements: 0 });
    t.posts += v.posts;
    t.engagements += v.engagements;
  }
  return into;
}

/**
 * Engagement rate = engagements ÷ base, summed over posts then divided (not a mean of per-post
 * rates). Only posts that report the base count in the numerator, so a platform without reach
 * (TikTok, X) does not inflate a reach-based rate. Followers: the follower counts the user entered
 * per platform, for the platforms that have one.
 */
export function totalsOf(a: Agg, base: ErBase, followers: Partial<Record<string, number>>): Totals {
  const metrics = Object.fromEntries(METRIC_FIELDS.map((f) => [f, a.sums[f] ?? 0])) as Record<MetricField, number>;
  let num = 0;
  let den = 0;
  if (base === 'reach') {
    num = a.engWithReach;
    den = metrics.reach;
  } else if (base === 'impressions') {
    num = a.engWithImpressions;
    den = metrics.impressions;
  } else {
    for (const [p, v] of Object.entries(a.platforms)) {
      const f = followers[p];
      if (f && f > 0 && v.posts > 0) {
        num += v.engagements;
        den += f;
      }
    }
  }
  return { posts: a.posts, metrics, engagements: a.engagements, er: den > 0 ? num / den : null, erNumerator: num, erDenominator: den };
}

export const KPI_KEYS = ['reach', 'impressions', 'views', 'engagements', 'er', 'followers', 'clicks', 'leads', 'posts'] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

// What a campaign's free-text KPI target means, in the words freelancers write (ID and EN).
const KPI_WORDS: Array<[RegExp, KpiKey]> = [
  [/\b(er|engagement rate|tingkat (engagement|interaksi)|rasio (engagement|interaksi))\b/i, 'er'],
  [/\b(engagements?|interaksi|keterlibatan)\b/i, 'engagements'],
  [/\b(reach|jangkauan)\b/i, 'reach'],
  [/\b(impressions?|impresi)\b/i, 'impressions'],
  [/\b(views?|penayangan|ditonton|tayangan video)\b/i, 'views'],
  [/\b(followers?|follows?|pengikut|subscribers?)\b/i, 'followers'],
  [/\b(clicks?|klik|link clicks)\b/i, 'clicks'],
  [/\b(leads?|prospek|calon pembeli|inquir(y|ies)|chat masuk)\b/i, 'leads'],
  [/\b(posts?|konten|postingan|unggahan)\b/i, 'posts'],
];

export function kpiKey(metric: string, unit = ''): KpiKey | null {
  for (const [re, key] of KPI_WORDS) {
    if (re.test(metric)) return key === 'engagements' && unit.trim() === '%' ? 'er' : key;
  }
  return null;
}

export interface KpiFormula {
  key: string;
  params: Record<string, string | number>;
}

/** The actual for a KPI and the formula that gave it, in message-key form. */
export function kpiActual(key: KpiKey | null, t: Totals, base: ErBase, leads: number | null): { actual: number | null; formula: KpiFormula } {
  switch (key) {
    case 'reach':
    case 'impressions':
    case 'views':
    case 'clicks':
      return { actual: t.metrics[key], formula: { key: 'sum', params: { field: key, posts: t.posts } } };
    case 'followers':
      return { actual: t.metrics.follows, formula: { key: 'sum', params: { field: 'follows', posts: t.posts } } };
    case 'engagements':
      return { actual: t.engagements, formula: { key: 'engagements', params: { posts: t.posts } } };
    case 'er':
      return {
        actual: t.er === null ? null : t.er * 100,
        formula: { key: 'er', params: { base, numerator: t.erNumerator, denominator: t.erDenominator } },
      };
    case 'posts':
      return { actual: t.posts, formula: { key: 'posts', params: { posts: t.posts } } };
    case 'leads':
      return { actual: leads, formula: { key: 'leads', params: {} } };
    default:
      return { actual: null, formula: { key: 'unknown', params: {} } };
  }
}

/** The month before a period given as whole months (or the same length before otherwise). */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const f = new Date(`${from}T00:00:00Z`);
  const t = new Date(`${to}T00:00:00Z`);
  const lastOfMonth = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  if (f.getUTCDate() === 1 && t.getUTCDate() === lastOfMonth) {
    const months = (t.getUTCFullYear() - f.getUTCFullYear()) * 12 + t.getUTCMonth() - f.getUTCMonth() + 1;
    const pf = new Date(Date.UTC(f.getUTCFullYear(), f.getUTCMonth() - months, 1));
    const pt = new Date(Date.UTC(f.getUTCFullYear(), f.getUTCMonth(), 0));
    return { from: pf.toISOString().slice(0, 10), to: pt.toISOString().slice(0, 10) };
  }
  const days = Math.round((t.getTime() - f.getTime()) / 86_400_000) + 1;
  const pt = new Date(f.getTime() - 86_400_000);
  const pf = new Date(pt.getTime() - (days - 1) * 86_400_000);
  return { from: pf.toISOString().slice(0, 10), to: pt.toISOString().slice(0, 10) };
}
