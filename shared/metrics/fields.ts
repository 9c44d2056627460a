/**
 * What Rencana reads from a platform's analytics export: the post's identity and time, and its
 * metrics. Every export column is mapped to one of these fields by name (aliases.ts), never by
 * position.
 */
export const ID_FIELDS = ['postId', 'url', 'caption', 'title', 'publishTime', 'postDate', 'postType', 'total'] as const;
export const METRIC_FIELDS = [
  'reach',
  'impressions',
  'views',
  'likes',
  'comments',
  'shares',
  'saves',
  'clicks',
  'follows',
  'watchHours',
] as const;
export const FIELDS = [...ID_FIELDS, ...METRIC_FIELDS] as const;
export type IdField = (typeof ID_FIELDS)[number];
export type MetricField = (typeof METRIC_FIELDS)[number];
export type Field = (typeof FIELDS)[number];

export type Metrics = Partial<Record<MetricField, number>>;

/** Where a file came from. `x_legacy` is the old analytics.twitter.com tweet_activity_metrics. */
export const SOURCES = ['meta', 'tiktok', 'x', 'x_legacy', 'youtube', 'linkedin'] as const;
export type Source = (typeof SOURCES)[number];

/** Platforms metrics can be imported for (a subset of shared/domain/platforms PLATFORMS). */
export const METRIC_PLATFORMS = ['instagram', 'facebook', 'tiktok', 'x', 'youtube', 'linkedin'] as const;
export type MetricPlatform = (typeof METRIC_PLATFORMS)[number];

/**
 * Engagements, the same for every platform so posts compare: likes + comments + shares + saves.
 * (X's own "Engagements" also counts clicks and detail expands; we state ours in the report.)
 */
export const ENGAGEMENT_PARTS = ['likes', 'comments', 'shares', 'saves'] as const satisfies readonly MetricField[];

export function engagements(m: Metrics): number {
  let sum = 0;
  for (const k of ENGAGEMENT_PARTS) sum += m[k] ?? 0;
  return sum;
}

/** The engagement-rate denominator, a setting per client (reference §7: tools disagree). */
export const ER_BASES = ['reach', 'impressions', 'followers'] as const;
export type ErBase = (typeof ER_BASES)[number];
