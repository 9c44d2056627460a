import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import type { ParsedInput, Output } from '../../../shared/contract/methods';
import type { PostMetric, PreviewRow } from '../../../shared/contract/reports';
import { engagements, METRIC_FIELDS, type MetricField, type Metrics } from '../../../shared/metrics/fields';
import type { MetricRow } from '../../../shared/metrics/rows';
import type { statusService } from '../approval/status';
import { newId, now } from '../services/ids';
import { notFound } from '../services/sql';
import { isHttpUrl, markPosted, matchIndex } from './matching';
import { toWallTime } from '../../../shared/domain/time';
import { isoWeekday } from '../../../shared/reports/heatmap';
import { parseExport, type ParsedExport } from './parse';

const COLS: Record<MetricField, string> = {
  reach: 'reach',
  impressions: 'impressions',
  views: 'views',
  likes: 'likes',
  comments: 'comments',
  shares: 'shares',
  saves: 'saves',
  clicks: 'clicks',
  follows: 'follows',
  watchHours: 'watch_hours',
};

export interface MetricDbRow {
  id: string;
  client_id: string;
  platform: string;
  external_id: string;
  url: string;
  caption: string;
  post_type: string;
  published_at: string | null;
  published_date: string;
  local_weekday: number | null;
  local_hour: number | null;
  reach: number | null;
  impressions: number | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  clicks: number | null;
  follows: number | null;
  watch_hours: number | null;
  engagements: number;
  slot_id: string | null;
  match_kind: 'url' | 'auto' | 'manual' | null;
  import_id: string;
  created_at: string;
  updated_at: string;
}
const ALL_COLS =
  'id, client_id, platform, external_id, url, caption, post_type, published_at, published_date, local_weekday, local_hour, reach, impressions, views, likes, comments, shares, saves, clicks, follows, watch_hours, engagements, slot_id, match_kind, import_id, created_at, updated_at';

export function metricsOf(r: MetricDbRow): Metrics {
  const m: Metrics = {};
  for (const f of METRIC_FIELDS) {
    const v = r[COLS[f] as keyof MetricDbRow] as number | null;
    if (v !== null) m[f] = v;
  }
  return m;
}
export const toPostMetric = (r: MetricDbRow): PostMetric => ({
  id: r.id,
  platform: r.platform as PostMetric['platform'],
  externalId: r.external_id,
  url: r.url,
  caption: r.caption,
  postType: r.post_type,
  publishedAt: r.published_at,
  date: r.published_date,
  metrics: metricsOf(r),
  engagements: r.engagements,
  slotId: r.slot_id,
  matchKind: r.match_kind,
});

interface ImportRow {
  id: string;
  client_id: string;
  source: string;
  file_name: string;
  added: number;
  updated: number;
  matched: number;
  period_from: string | null;
  period_to: string | null;
  created_at: string;
  undone_at: string | null;
}
const toImport = (r: ImportRow) => ({
  id: r.id,
  clientId: r.client_id,
  source: r.source as Output<'metrics.undo'>['source'],
  fileName: r.file_name,
  added: r.added,
  updated: r.updated,
  matched: r.matched,
  periodFrom: r.period_from,
  periodTo: r.period_to,
  createdAt: r.created_at,
  undoneAt: r.undone_at,
});

export interface MetricsDeps {
  clientZone(clientId: string): string;
  /** Writes a post's URL through the slots write path. */
  setPostUrl(slotId: string, url: string): void;
  statuses: ReturnType<typeof statusService>;
}

const PREVIEW_ROWS = 300;

function period(rows: MetricRow[]) {
  const dates = rows.filter((r) => r.ok && r.date).map((r) => r.date!).sort();
  return dates.length ? { from: dates[0]!, to: dates.at(-1)! } : null;
}

/** Metrics import: preview, apply, undo, and matching imported posts to EP posts. */
export function metricsService(db: Database, deps: MetricsDeps) {
  const q = {
    existing: db.prepare<[string, string, string], MetricDbRow>(`SELECT ${ALL_COLS} FROM post_metrics WHERE client_id = ? AND platform = ? AND external_id = ?`),
    byId: db.prepare<[string], MetricDbRow>(`SELECT ${ALL_COLS} FROM post_metrics WHERE id = ?`),
    upsert: db.prepare(
      `INSERT INTO post_metrics (${ALL_COLS}) VALUES (@id, @client_id, @platform, @external_id, @url, @caption, @post_type, @published_at,
        @published_date, @local_weekday, @local_hour, @reach, @impressions, @views, @likes, @comments, @shares, @saves, @clicks, @follows, @watch_hours, @engagements,
        @slot_id, @match_kind, @import_id, @created_at, @updated_at)
       ON CONFLICT (id) DO UPDATE SET url=excluded.url, caption=excluded.caption, post_type=excluded.post_type,
        published_at=excluded.published_at, published_date=excluded.published_date, local_weekday=excluded.local_weekday, local_hour=excluded.local_hour, reach=excluded.reach, impressions=excluded.impressions,
        views=excluded.views, likes=excluded.likes, comments=excluded.comments, shares=excluded.shares, saves=excluded.saves,
        clicks=excluded.clicks, follows=excluded.follows, watch_hours=excluded.watch_hours, engagements=excluded.engagements,
        slot_id=excluded.slot_id, match_kind=excluded.match_kind, import_id=excluded.import_id, updated_at=excluded.updated_at`,
    ),
    remove: db.prepare<[string]>('DELETE FROM post_metrics WHERE id = ?'),
    insertImport: db.prepare(
      `INSERT INTO metric_imports (id, client_id, source, file_name, added, updated, matched, period_from, period_to, created_at)
       VALUES (@id, @clientId, @source, @fileName, @added, @updated, @matched, @from, @to, @at)`,
    ),
    getImport: db.prepare<[string], ImportRow>('SELECT * FROM metric_imports WHERE id = ?'),
    listImports: db.prepare<[string], ImportRow>('SELECT * FROM metric_imports WHERE client_id = ? ORDER BY created_at DESC, rowid DESC'),
    recordRow: db.prepare<[string, string, string | null]>('INSERT INTO metric_import_rows (import_id, metric_id, before) VALUES (?, ?, ?)'),
    importRows: db.prepare<[string], { metric_id: string; before: string | null }>('SELECT metric_id, before FROM metric_import_rows WHERE import_id = ?'),
    recordEffect: db.prepare<[string, number, string, string, string, string | null]>(
      'INSERT INTO metric_import_effects (import_id, seq, kind, slot_id, before, ref_id) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    effects: db.prepare<[string], { kind: string; slot_id: string; before: string; ref_id: string | null }>(
      'SELECT kind, slot_id, before, ref_id FROM metric_import_effects WHERE import_id = ? ORDER BY seq DESC',
    ),
    laterTouch: db
      .prepare<[string, string, string], number>(
        `SELECT count(*) FROM metric_import_rows r JOIN metric_imports i ON i.id = r.import_id
         WHERE r.metric_id IN (SELECT metric_id FROM metric_import_rows WHERE import_id = ?)
           AND i.id != ? AND i.undone_at IS NULL AND i.created_at >= ?`,
      )
      .pluck(),
    markUndone: db.prepare<[string, string]>('UPDATE metric_imports SET undone_at = ? WHERE id = ?'),
    slotUrl: db.prepare<[string], { post_url: string; client_id: string; topic: string }>('SELECT post_url, client_id, topic FROM slots WHERE id = ? AND deleted_at IS NULL'),
    setMatch: db.prepare<[string | null, string | null, string, string]>('UPDATE post_metrics SET slot_id = ?, match_kind = ?, updated_at = ? WHERE id = ?'),
    list: db.prepare<[string, string, string], MetricDbRow>(
      `SELECT ${ALL_COLS} FROM post_metrics WHERE client_id = ? AND published_date >= ? AND published_date <= ? ORDER BY published_date, published_at`,
    ),
  };

  async function parse(input: ParsedInput<'metrics.preview'>): Promise<ParsedExport> {
    const zone = deps.clientZone(input.clientId);
    return parseExport(input, zone);
  }

  /** Fills the post's URL if it has none, then moves it to posted if the machine allows; logs both for undo. */
  function afterMatch(slotId: string, url: string, effect: (kind: 'post_url' | 'status', before: string, ref: string | null) => void) {
    const slot = q.slotUrl.get(slotId);
    if (!slot) return { urlFilled: false, posted: false, status: '' };
    let urlFilled = false;
    if (slot.post_url === '' && isHttpUrl(url)) {
      deps.setPostUrl(slotId, url);
      effect('post_url', '', null);
      urlFilled = true;
    }
    if (slot.post_url === '' && !urlFilled) return { urlFilled, posted: false, status: 'no_url' };
    const { logIds, status } = markPosted(deps.statuses, db, slotId);
    for (const id of logIds) effect('status', '', id);
    return { urlFilled, posted: logIds.length > 0 || status === 'posted', status };
  }

  return {
    async preview(input: ParsedInput<'metrics.preview'>): Promise<Output<'metrics.preview'>> {
      const p = await parse(input);
      const per = period(p.rows);
      const index = per ? matchIndex(db, input.clientId, deps.clientZone(input.clientId), per.from, per.to) : null;
      const topic = (id: string) => q.slotUrl.get(id)?.topic ?? '';
      let added = 0;
      let updated = 0;
      let matched = 0;
      const rows: PreviewRow[] = p.rows.map((r) => {
        const existing = r.ok ? q.existing.get(input.clientId, r.platform, r.externalId) : undefined;
        if (r.ok && existing) updated++;
        else if (r.ok) added++;
        let match: PreviewRow['match'] = null;
        if (existing?.slot_id) match = { slotId: existing.slot_id, kind: existing.match_kind ?? 'manual', topic: topic(existing.slot_id) };
        else if (r.ok && index) {
          const m = index.find({ ...r, date: r.date! });
          if (m) {
            index.take(r.platform, m.slotId);
            match = { ...m, topic: topic(m.slotId) };
          }
        }
        if (match) matched++;
        return { ...r, effect: r.ok ? (existing ? 'update' : 'new') : null, match };
      });
      const withProblems = rows.filter((r) => r.problems.length > 0);
      const shown = [...rows.slice(0, PREVIEW_ROWS), ...withProblems.filter((r) => r.line >= (rows[PREVIEW_ROWS]?.line ?? Infinity))];
      return {
        fileName: p.fileName,
        sheet: p.sheet,
        source: p.source,
        headers: p.headers.map((name, i) => ({ name, field: p.mapping[i] ?? null })),
        unknownHeaders: p.headers.filter((h, i) => h !== '' && !p.mapping[i]),
        sourceZone: p.sourceZone,
        exportDate: p.exportDate,
        rows: shown,
        counts: { rows: rows.length, ok: rows.filter((r) => r.ok).length, withProblems: withProblems.length, skipped: p.skipped, new: added, updated, matched },
        period: per,
      };
    },

    async apply(input: ParsedInput<'metrics.apply'>): Promise<Output<'metrics.apply'>> {
      const p = await parse(input);
      const ok = p.rows.filter((r) => r.ok);
      if (ok.length === 0) {
        throw new AppError('invalid_input', 'No row of this file can be imported', { issues: [{ path: 'path', code: 'no_rows', message: 'no importable rows' }] });
      }
      const per = period(ok)!;
      const zone = deps.clientZone(input.clientId);
      return db.transaction(() => {
        const importId = newId();
        const at = now();
        const index = matchIndex(db, input.clientId, zone, per.from, per.to);
        let added = 0;
        let updated = 0;
        let matched = 0;
        let urlsFilled = 0;
        let markedPosted = 0;
        let seq = 0;
        const notPosted: Array<{ slotId: string; status: string }> = [];
        const pending: Array<{ metricId: string; slotId: string; url: string }> = [];
        q.insertImport.run({ id: importId, clientId: input.clientId, source: p.source, fileName: p.fileName, added: 0, updated: 0, matched: 0, from: per.from, to: per.to, at });
        for (const r of ok) {
          const existing = q.existing.get(input.clientId, r.platform, r.externalId);
          const id = existing?.id ?? newId();
          let slotId = existing?.slot_id ?? null;
          let kind = existing?.match_kind ?? null;
          if (!slotId) {
            const m = index.find({ ...r, date: r.date! });
            if (m) {
              slotId = m.slotId;
              kind = m.kind;
              index.take(r.platform, m.slotId);
              pending.push({ metricId: id, slotId, url: r.url });
            }
          }
          if (slotId) matched++;
          const row: MetricDbRow = {
            id,
            client_id: input.clientId,
            platform: r.platform,
            external_id: r.externalId,
            url: r.url || existing?.url || '',
            caption: r.caption || existing?.caption || '',
            post_type: r.postType,
            published_at: r.publishedAt ?? existing?.published_at ?? null,
            published_date: r.publishedAt || !existing ? r.date! : existing.published_date,
            local_weekday: null,
            local_hour: null,
            reach: null,
            impressions: null,
            views: null,
            likes: null,
            comments: null,
            shares: null,
            saves: null,
            clicks: null,
            follows: null,
            watch_hours: null,
            engagements: engagements(r.metrics),
            slot_id: slotId,
            match_kind: kind,
            import_id: importId,
            created_at: existing?.created_at ?? at,
            updated_at: at,
          };
          // A later export has the lifetime totals as of its own date; a column this file lacks keeps the value we had.
          for (const f of METRIC_FIELDS) {
            const col = COLS[f] as keyof MetricDbRow;
            (row as unknown as Record<string, unknown>)[col] = r.metrics[f] ?? (existing ? existing[col] : null);
          }
          row.engagements = engagements(metricsOf(row));
          if (row.published_at) {
            const w = toWallTime(row.published_at, zone);
            row.local_weekday = isoWeekday(w.date);
            row.local_hour = Number(w.time.slice(0, 2));
          }
          q.recordRow.run(importId, id, existing ? JSON.stringify(existing) : null);
          q.upsert.run(row);
          if (existing) updated++;
          else added++;
        }
        for (const m of pending) {
          const res = afterMatch(m.slotId, m.url, (kind, before, ref) => q.recordEffect.run(importId, seq++, kind, m.slotId, before, ref));
          if (res.urlFilled) urlsFilled++;
          if (res.posted) markedPosted++;
          else notPosted.push({ slotId: m.slotId, status: res.status });
        }
        db.prepare('UPDATE metric_imports SET added = ?, updated = ?, matched = ? WHERE id = ?').run(added, updated, matched, importId);
        return { importId, added, updated, matched, urlsFilled, markedPosted, notPosted, unmatched: ok.length - matched };
      })();
    },

    /** Puts back every row as it was before the import and undoes its URL fills and status moves. */
    undo: db.transaction(({ importId }: { importId: string }) => {
      const imp = q.getImport.get(importId);
      if (!imp) throw notFound('metric import', importId);
      if (imp.undone_at) throw new AppError('conflict', 'This import was already undone', { details: { reason: 'already_undone' } });
      if (q.laterTouch.get(importId, importId, imp.created_at)! > 0) {
        throw new AppError('conflict', 'A later import changed the same posts; undo that one first', { details: { reason: 'later_import' } });
      }
      for (const e of q.effects.all(importId)) {
        if (e.kind === 'status' && e.ref_id) deps.statuses.revert(e.ref_id);
        else if (e.kind === 'post_url') deps.setPostUrl(e.slot_id, e.before);
      }
      for (const r of q.importRows.all(importId)) {
        if (r.before === null) q.remove.run(r.metric_id);
        else q.upsert.run(JSON.parse(r.before) as MetricDbRow);
      }
      q.markUndone.run(now(), importId);
      return toImport(q.getImport.get(importId)!);
    }),

    imports: ({ clientId }: { clientId: string }) => q.listImports.all(clientId).map(toImport),

    list({ clientId, from, to, unmatched }: ParsedInput<'metrics.list'>): PostMetric[] {
      return q
        .list.all(clientId, from, to)
        .filter((r) => !unmatched || r.slot_id === null)
        .map(toPostMetric);
    },

    /** A match by hand; the post gets the URL and "posted" like an automatic match. */
    match: db.transaction(({ metricId, slotId }: ParsedInput<'metrics.match'>) => {
      const row = q.byId.get(metricId);
      if (!row) throw notFound('metric', metricId);
      if (slotId === null) {
        q.setMatch.run(null, null, now(), metricId);
        return { metric: toPostMetric(q.byId.get(metricId)!), urlFilled: false, markedPosted: false };
      }
      const slot = q.slotUrl.get(slotId);
      if (!slot) throw notFound('slot', slotId);
      if (slot.client_id !== row.client_id) {
        throw new AppError('invalid_input', 'That post belongs to another client', { issues: [{ path: 'slotId', code: 'other_client', message: 'other client' }] });
      }
      q.setMatch.run(slotId, 'manual', now(), metricId);
      const res = afterMatch(slotId, row.url, () => {});
      return { metric: toPostMetric(q.byId.get(metricId)!), urlFilled: res.urlFilled, markedPosted: res.posted };
    }),
  };
}
