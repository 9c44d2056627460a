import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Sqlite from 'better-sqlite3';
import { createCore } from '../../electron/core';
import { reportReads } from '../../electron/core/reports/report';
import { ratio, summarize } from './stats';

const POSTS = 2000;

/**
 * Issue 14's budgets: importing a Meta export of a year of posts (2,000 posts published across
 * 2026, one row each with its metrics, half of them matching EP posts) ≤ 2 s; a client-month report
 * through the dispatcher ≤ 100 ms and ≤ 3× the bare SQL it rests on (the report's own reads,
 * `reportReads`, on a second read-only connection: the same queries with the same parameters),
 * interleaved in one run. The row counts both sides read are printed, so the work is seen to match.
 */
export async function benchReports() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rencana-bench-reports-'));
  const core = createCore({ dataDir: dir });
  try {
    const call = async (method: string, input: unknown) => {
      const r = await core.dispatch(method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      return r.value as Record<string, unknown>;
    };
    const client = (await call('clients.create', { name: 'Bench', color: '#123456', timezone: 'Asia/Jakarta' })) as { id: string };
    await call('campaigns.create', { clientId: client.id, name: 'Juni', startDate: '2026-06-01', endDate: '2026-06-30', color: '#654321', kpiTargets: [{ metric: 'Reach', target: 100000, unit: '' }, { metric: 'ER', target: 5, unit: '%' }] });
    // EP posts straight into the store (their creation is not what is measured).
    const db = new Sqlite(core.dbPath);
    const start = Date.parse('2026-01-01T12:00:00Z');
    const step = (365 * 86_400_000) / POSTS;
    const insSlot = db.prepare("INSERT INTO slots (id, client_id, starts_at, timezone, status, post_url, created_at, updated_at) VALUES (?, ?, ?, 'Asia/Jakarta', 'draft', '', 'x', 'x')");
    const insVar = db.prepare("INSERT INTO slot_variants (slot_id, platform, plain, updated_at) VALUES (?, 'instagram', ?, 'x')");
    db.transaction(() => {
      for (let i = 0; i < POSTS; i += 2) {
        insSlot.run(`s${i}`, client.id, new Date(start + i * step).toISOString().replace(/\.\d+Z$/, 'Z'));
        insVar.run(`s${i}`, `Post nomor ${i} tentang kopi senja dan promo ${i % 7}`);
      }
    })();
    db.close();
    const csv = path.join(dir, 'meta-year.csv');
    const pad = (n: number) => String(n).padStart(2, '0');
    const rows = Array.from({ length: POSTS }, (_, i) => {
      const d = new Date(start + i * step - 15 * 3_600_000); // written in Pacific wall time
      const when = `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
      return `"1790${String(i).padStart(13, '0')}","bench","Post nomor ${i} tentang kopi senja dan promo ${i % 7}","${when}","https://www.instagram.com/p/B${i}/","IG image","Lifetime","${1000 + i}","${800 + i}","${50 + (i % 90)}","${i % 13}","${i % 17}","${i % 11}","${i % 5}"`;
    });
    fs.writeFileSync(csv, '\uFEFF"Post ID","Account username","Description","Publish time","Permalink","Post type","Date","Views","Reach","Likes","Shares","Comments","Saves","Follows"\n' + rows.join('\n'));

    const importMs: number[] = [];
    let summary: Record<string, unknown> = {};
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      summary = await call('metrics.apply', { path: csv, clientId: client.id });
      importMs.push(performance.now() - t0);
    }

    const bareDb = new Sqlite(core.dbPath, { readonly: true });
    const bare = reportReads(bareDb);
    const report: number[] = [];
    const aggregate: number[] = [];
    const input = { clientId: client.id, from: '2026-06-01', to: '2026-06-30' };
    let shown: Record<string, unknown> = {};
    let read: ReturnType<typeof bare> | null = null;
    for (let i = 0; i < 60; i++) {
      let t = performance.now();
      shown = await call('reports.get', input);
      report.push(performance.now() - t);
      t = performance.now();
      read = bare(client.id, input.from, input.to);
      aggregate.push(performance.now() - t);
    }
    bareDb.close();
    // Like for like: the report shows what the bare reads returned.
    const work = {
      reportPosts: (shown.totals as { posts: number }).posts,
      barePosts: read!.rows.reduce((n, r) => n + r.posts, 0),
      reportTop: (shown.top as unknown[]).length,
      bareTop: read!.top.length,
      reportHeatPosts: (shown.heatmap as { timedPosts: number }).timedPosts,
      bareHeatPosts: read!.timed.reduce((n, r) => n + r.posts, 0),
    };
    if (work.reportPosts !== work.barePosts || work.reportTop !== work.bareTop || work.reportHeatPosts !== work.bareHeatPosts) {
      throw new Error(`report and bare reads saw different data: ${JSON.stringify(work)}`);
    }
    const r = summarize(report.slice(10));
    const a = summarize(aggregate.slice(10));
    return {
      import: { posts: POSTS, firstMs: Math.round(importMs[0]!), reimportMs: summarize(importMs.slice(1)), budgetMs: 2000, matched: summary.matched },
      clientMonthReport: { reportMs: r, bareReadsMs: a, ratioP50: ratio(r.p50, a.p50), work, budgetMs: 100, budgetRatio: 3 },
    };
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
