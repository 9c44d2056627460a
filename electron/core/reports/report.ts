import type { Database } from 'better-sqlite3';
import type { Report, ReportPost, KpiRow } from '../../../shared/contract/reports';
import { METRIC_FIELDS, type ErBase, type MetricField } from '../../../shared/metrics/fields';
import { MIN_POSTS_FOR_MAP, MIN_POSTS_PER_CELL, suggestTimes, type Cell } from '../../../shared/reports/heatmap';
import { emptyAgg, kpiActual, kpiKey, mergeAgg, previousPeriod, totalsOf, type Agg } from '../../../shared/reports/kpi';
import type { Client } from '../../../shared/contract/schemas';
import { toPostMetric, type MetricDbRow } from '../metrics/service';
import type { primeTimeService } from '../primeTimes/service';
import type { reportStore } from './settings';

const SUMS = METRIC_FIELDS.map((f) => `sum(m.${f === 'watchHours' ? 'watch_hours' : f}) AS ${f}`).join(', ');

/**
 * The aggregate every report rests on: one indexed scan of a client's imported posts in a period,
 * summed per platform × pillar × format × campaign. The bench times this bare query beside the report.
 */
export const AGGREGATE_SQL = `
  SELECT m.platform, coalesce(s.pillar, '') AS pillar, coalesce(s.format, '') AS format, s.campaign_id AS campaign,
    count(*) AS posts, ${SUMS}, sum(m.engagements) AS engagements,
    sum(CASE WHEN m.reach > 0 THEN m.engagements ELSE 0 END) AS engWithReach,
    sum(CASE WHEN m.impressions > 0 THEN m.engagements ELSE 0 END) AS engWithImpressions
  FROM post_metrics m LEFT JOIN slots s ON s.id = m.slot_id
  WHERE m.client_id = ? AND m.published_date >= ? AND m.published_date <= ?
  GROUP BY m.platform, pillar, format, campaign`;

type AggRow = { platform: string; pillar: string; format: string; campaign: string | null; posts: number; engagements: number; engWithReach: number; engWithImpressions: number } & Record<MetricField, number | null>;

function toAgg(r: AggRow): Agg {
  const sums: Agg['sums'] = {};
  for (const f of METRIC_FIELDS) if (r[f] !== null) sums[f] = r[f]!;
  return { posts: r.posts, sums, engagements: r.engagements, engWithReach: r.engWithReach, engWithImpressions: r.engWithImpressions, platforms: { [r.platform]: { posts: r.posts, engagements: r.engagements } } };
}

function groupBy(rows: AggRow[], key: (r: AggRow) => string): Map<string, Agg> {
  const out = new Map<string, Agg>();
  for (const r of rows) {
    const k = key(r);
    out.set(k, mergeAgg(out.get(k) ?? emptyAgg(), toAgg(r)));
  }
  return out;
}

export interface ReportDeps {
  client(id: string): Client;
  store: ReturnType<typeof reportStore>;
  primeTimes: ReturnType<typeof primeTimeService>;
}

const TOP = 5;

/** Heat cells from the grouped query (weekday and hour were fixed in the client's zone at import). */
function mergeCells(rows: Array<{ weekday: number; hour: number; posts: number; sum: number }>): Cell[] {
  const acc = new Map<number, { posts: number; sum: number }>();
  for (const r of rows) {
    const k = r.weekday * 100 + r.hour;
    const a = acc.get(k) ?? { posts: 0, sum: 0 };
    a.posts += r.posts;
    a.sum += r.sum;
    acc.set(k, a);
  }
  return [...acc.entries()]
    .map(([k, a]) => ({ weekday: Math.floor(k / 100), hour: k % 100, posts: a.posts, avgEngagements: a.sum / a.posts }))
    .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour);
}

type RankedRow = MetricDbRow & { topic: string | null; pillar: string | null; format: string | null; asset: string | null };

/**
 * Every read a report rests on, in one place: `reportService` shapes these rows into the report;
 * the bench runs this same function on a bare connection as the report's like-for-like reference.
 */
export function reportReads(db: Database) {
  const q = {
    aggregate: db.prepare<[string, string, string], AggRow>(AGGREGATE_SQL),
    daily: db.prepare<[string, string, string], { date: string; engagements: number; posts: number }>(
      `SELECT published_date AS date, sum(engagements) AS engagements, count(*) AS posts FROM post_metrics
       WHERE client_id = ? AND published_date >= ? AND published_date <= ? GROUP BY published_date ORDER BY published_date`,
    ),
    ranked: (dir: 'DESC' | 'ASC') =>
      db.prepare<[string, string, string, number], RankedRow>(
        `SELECT m.*, s.topic, s.pillar, s.format,
           (SELECT sa.asset_hash FROM slot_assets sa WHERE sa.slot_id = s.id AND sa.removed_at IS NULL ORDER BY sa.position LIMIT 1) AS asset
         FROM post_metrics m LEFT JOIN slots s ON s.id = m.slot_id
         WHERE m.client_id = ? AND m.published_date >= ? AND m.published_date <= ?
         ORDER BY m.engagements ${dir}, m.published_date LIMIT ?`,
      ),
    timed: db.prepare<[string, string], { platform: string; weekday: number; hour: number; posts: number; sum: number }>(
      `SELECT platform, local_weekday AS weekday, local_hour AS hour, count(*) AS posts, sum(engagements) AS sum FROM post_metrics
       WHERE client_id = ? AND local_weekday IS NOT NULL AND published_date <= ? GROUP BY platform, local_weekday, local_hour`,
    ),
    untimed: db.prepare<[string, string], number>('SELECT count(*) FROM post_metrics WHERE client_id = ? AND published_at IS NULL AND published_date <= ?').pluck(),
    unmatched: db.prepare<[string, string, string], number>(
      'SELECT count(*) FROM post_metrics WHERE client_id = ? AND published_date >= ? AND published_date <= ? AND slot_id IS NULL',
    ).pluck(),
    campaigns: db.prepare<[string, string, string], { id: string; name: string; start_date: string; end_date: string; color: string; kpi_targets: string }>(
      `SELECT id, name, start_date, end_date, color, kpi_targets FROM campaigns
       WHERE client_id = ? AND archived_at IS NULL AND start_date <= ? AND end_date >= ? ORDER BY start_date`,
    ),
  };
  const top = q.ranked('DESC');
  const bottom = q.ranked('ASC');

  return (clientId: string, from: string, to: string) => {
    const prev = previousPeriod(from, to);
    const rows = q.aggregate.all(clientId, from, to);
    const posts = rows.reduce((n, r) => n + r.posts, 0);
    return {
      prev,
      rows,
      prevRows: q.aggregate.all(clientId, prev.from, prev.to),
      campaigns: q.campaigns.all(clientId, to, from),
      timed: q.timed.all(clientId, to),
      top: top.all(clientId, from, to, TOP),
      // The weakest posts only when there are more than the top ones.
      bottom: posts > TOP ? bottom.all(clientId, from, to, TOP) : [],
      daily: q.daily.all(clientId, from, to),
      untimed: q.untimed.get(clientId, to)!,
      unmatched: q.unmatched.get(clientId, from, to)!,
    };
  };
}

export function reportService(db: Database, deps: ReportDeps) {
  const read = reportReads(db);
  return {
    get({ clientId, from, to, heatmapPlatform }: { clientId: string; from: string; to: string; heatmapPlatform: Report['heatmap']['platform'] }): Report {
      const client = deps.client(clientId);
      const settings = deps.store.settings(clientId);
      const notes = deps.store.notes(clientId, from, to);
      const base: ErBase = settings.erBase;
      const totals = (a: Agg) => totalsOf(a, base, settings.followers);
      const r = read(clientId, from, to);
      const { rows, prev } = r;
      const all = groupBy(rows, () => '').get('') ?? emptyAgg();
      const prevAgg = groupBy(r.prevRows, () => '').get('') ?? emptyAgg();
      const breakdown = (key: (r: AggRow) => string) =>
        [...groupBy(rows, key).entries()].map(([k, a]) => ({ key: k, totals: totals(a) })).sort((a, b) => b.totals.engagements - a.totals.engagements);
      const monthTotals = totals(all);
      const byCampaign = groupBy(rows.filter((r) => r.campaign), (r) => r.campaign!);

      const kpiRows = (targets: Array<{ metric: string; target: number; unit: string }>, t: ReturnType<typeof totals>): KpiRow[] =>
        targets.map((k) => {
          const key = kpiKey(k.metric, k.unit);
          const { actual, formula } = kpiActual(key, t, base, notes.leads);
          return { metric: k.metric, key, unit: k.unit, target: k.target, actual, progress: actual !== null && k.target > 0 ? actual / k.target : null, formula };
        });
      const campaigns = r.campaigns.map((c) => {
        const t = totals(byCampaign.get(c.id) ?? emptyAgg());
        const targets = JSON.parse(c.kpi_targets) as Array<{ metric: string; target: number; unit: string }>;
        return { id: c.id, name: c.name, startDate: c.start_date, endDate: c.end_date, color: c.color, totals: t, kpis: kpiRows(targets, t), targets };
      });
      // The client-month table: each kind of target once — counts summed over the campaigns, a rate's highest target.
      const merged = new Map<string, { metric: string; target: number; unit: string }>();
      for (const c of campaigns) {
        for (const k of c.targets) {
          const id = kpiKey(k.metric, k.unit) ?? `?${k.metric.toLowerCase()}`;
          const have = merged.get(id);
          if (!have) merged.set(id, { ...k });
          else have.target = id === 'er' ? Math.max(have.target, k.target) : have.target + k.target;
        }
      }

      const post = (row: RankedRow): ReportPost => {
        const p = toPostMetric(row);
        const den = base === 'followers' ? (settings.followers[p.platform] ?? 0) : (p.metrics[base] ?? 0);
        return { ...p, er: den > 0 ? p.engagements / den : null, topic: row.topic ?? '', pillar: row.pillar ?? '', format: row.format ?? '', assetHash: row.asset };
      };

      const allTimed = r.timed;
      const timed = allTimed.filter((p) => heatmapPlatform === null || p.platform === heatmapPlatform);
      const cells = mergeCells(timed);
      const adopted = deps.primeTimes.list(clientId);
      const platforms = [...new Set(allTimed.map((p) => p.platform))];
      const suggestions = platforms.flatMap((platform) => {
        const own = allTimed.filter((p) => p.platform === platform);
        return suggestTimes(mergeCells(own)).map((c) => {
          const time = `${String(c.hour).padStart(2, '0')}:00`;
          return {
            platform: platform as Report['suggestions'][number]['platform'],
            weekday: c.weekday,
            time,
            posts: c.posts,
            avgEngagements: c.avgEngagements,
            adopted: adopted.some((a) => a.platform === platform && a.weekday === c.weekday && a.time === time),
          };
        });
      });

      return {
        client: { id: client.id, name: client.name, timezone: client.timezone, color: client.color },
        from,
        to,
        previous: prev,
        settings,
        totals: monthTotals,
        previousTotals: totals(prevAgg),
        byPlatform: breakdown((r) => r.platform),
        byPillar: breakdown((r) => r.pillar),
        byFormat: breakdown((r) => r.format),
        kpis: kpiRows([...merged.values()], monthTotals),
        campaigns: campaigns.map(({ targets: _t, ...c }) => c),
        top: r.top.map(post),
        bottom: r.bottom.map(post),
        daily: r.daily,
        heatmap: {
          platform: heatmapPlatform,
          cells,
          timedPosts: cells.reduce((n, c) => n + c.posts, 0),
          untimedPosts: r.untimed,
          thin: cells.reduce((n, c) => n + c.posts, 0) < MIN_POSTS_FOR_MAP,
          minPosts: MIN_POSTS_PER_CELL,
        },
        suggestions,
        unmatched: r.unmatched,
        notes,
      };
    },
  };
}
