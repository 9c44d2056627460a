import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { createCore } from '../../electron/core';
import { startHttpTransport } from '../../electron/core/transport/http';
import type { PlannedPost } from '../../shared/contract/epTable';
import { FORMATS, PLATFORMS } from '../../shared/domain/platforms';
import { writeLargeXlsx } from '../fixtures/epSheets';
import { ratio, summarize } from './stats';
import { startCore } from './webCore';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RUNS = 5;
const POSTS = 2000;
// The table opens on this month; a faked clock would do, but Playwright's clock also fakes
// `performance`, whose marks are what this bench reads. So the posts are put in the real month.
const TODAY = new Date();
const MONTH = `${TODAY.getFullYear()}-${String(TODAY.getMonth() + 1).padStart(2, '0')}`;
const DAYS = new Date(TODAY.getFullYear(), TODAY.getMonth() + 1, 0).getDate();
const NEXT_MONTH = new Date(Date.UTC(TODAY.getFullYear(), TODAY.getMonth() + 1, 2)).toISOString();
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Columns the app shows by default (all but client comments), with its widths. */
const COLUMNS: Array<[string, string, number]> = [
  ['no', 'No', 64], ['date', 'Tanggal', 150], ['time', 'Jam', 92], ['platform', 'Platform', 140], ['pillar', 'Pilar', 110], ['format', 'Format', 100],
  ['topic', 'Topik', 220], ['visual', 'Visual/brief', 200], ['caption', 'Caption', 260], ['hashtags', 'Hashtag', 160], ['link', 'CTA/Link', 150],
  ['pic', 'PIC', 90], ['status', 'Status', 140], ['campaign', 'Kampanye', 150], ['check', 'Cek copy', 110],
];

async function call<T>(url: string, method: string, input: unknown): Promise<T> {
  const u = new URL(url);
  const res = await fetch(`${u.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${u.searchParams.get('token')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return ((await res.json()) as { value: T }).value;
}


/** A month of 2,000 posts for one client, each with copy for one or two platforms. */
function plannedMonth(): PlannedPost[] {
  return Array.from({ length: POSTS }, (_, i) => ({
    rows: [],
    date: `${MONTH}-${String(1 + (i % DAYS)).padStart(2, '0')}`,
    time: `${String(7 + (i % 15)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
    format: FORMATS[i % 5]!,
    pillar: ['produk', 'promo', 'edukasi', 'trivia'][i % 4]!,
    topic: `Topik konten nomor ${i + 1}`,
    visualBrief: 'Foto produk, latar hangat',
    link: 'kopisenja.id/promo',
    pic: ['Rani', 'Bima'][i % 2]!,
    status: 'draft',
    campaignId: null,
    cadenceId: null,
    variants: PLATFORMS.slice(0, 1 + (i % 2)).map((platform) => ({ platform, plain: `Caption ${i + 1} ☕️ #KopiSenja\nBaris kedua` })),
  }));
}

// These run inside the page (page.evaluate), where the DOM exists; this program has no DOM types.
declare const localStorage: { setItem(k: string, v: string): void };
type Mark = { name: string; startTime: number; detail: unknown };

/**
 * Scrolls a grid from top to bottom a screen at a time, each step painted, and says how long. A
 * string, run as written: tsx would wrap the inner functions in a helper the page does not have.
 */
const scrollAll = (selector: string) => `new Promise((resolve) => {
  const el = document.querySelector(${JSON.stringify(selector)});
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  (async () => {
    const t0 = performance.now();
    let steps = 0;
    while (el.scrollTop + el.clientHeight < el.scrollHeight - 1) {
      el.scrollTop += el.clientHeight;
      await frame();
      steps++;
    }
    resolve({ ms: performance.now() - t0, steps });
  })();
})`;

async function since(page: Page, start: string, end: string, minRows: number) {
  await page.waitForFunction(([e, n]) => performance.getEntriesByType('mark').some((m) => m.name === e && ((m as unknown as Mark).detail as { rows: number }).rows >= n), [end, minRows] as const, { timeout: 60_000 });
  return page.evaluate(([s, e, n]) => {
    const marks = performance.getEntriesByType('mark') as unknown as Mark[];
    const painted = marks.find((m) => m.name === e && (m.detail as { rows: number }).rows >= n)!;
    // From the data's first arrival (the app marks each render that has it, the bare page once).
    const startMark = marks.find((m) => m.name === s && m.startTime <= painted.startTime)!;
    return painted.startTime - startMark.startTime;
  }, [start, end, minRows] as const);
}

async function appRun(browser: Browser, url: string, clientId: string) {
  const ctx = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta', viewport: { width: 1440, height: 900 } });
  await ctx.addInitScript(() => ((globalThis as unknown as { __rcBench: object }).__rcBench = {})); // the app's User Timing on
  const page = await ctx.newPage();
  await page.addInitScript((id) => localStorage.setItem('rencana.ui.selectedClient', JSON.stringify(id)), clientId);
  await page.goto(url + '#/table');
  const first = await since(page, 'rc-table:data', 'rc-table:painted', POSTS);
  const rendered = await page.locator('.ep-scroll [role="gridcell"]').count();
  const scroll = await page.evaluate<{ ms: number; steps: number }>(scrollAll('.ep-scroll'));
  await ctx.close();
  return { first, scroll, rendered };
}

async function bareRun(browser: Browser, url: string) {
  const ctx = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta', viewport: { width: 1440, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(url);
  const first = await since(page, 'bare:data', 'bare:painted', POSTS);
  const scroll = await page.evaluate<{ ms: number; steps: number }>(scrollAll('.bare-scroll'));
  await ctx.close();
  return { first, scroll };
}

/**
 * The EP table with a month of 2,000 posts against TanStack Table's bare virtualized-rows example
 * holding the same rows and columns, side by side in one run (DESIGN.md §8): first render, and a
 * scroll from top to bottom a screen at a time.
 */
export async function benchTable() {
  if (!fs.existsSync(path.join(ROOT, 'out/main/web.js'))) throw new Error('Run `npm run build` first: the table bench uses the built app.');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rencana-tablebench-'));
  const seeded = createCore({ dataDir });
  const client = await seeded.dispatch('clients.create', { name: 'Kopi Senja', color: '#b45309' });
  if (!client.ok) throw new Error(client.error.message);
  const clientId = (client.value as { id: string }).id;
  const made = await seeded.dispatch('epTable.createPosts', { clientId, kind: 'paste', posts: plannedMonth() });
  if (!made.ok) throw new Error(made.error.message);
  seeded.close();

  const core = await startCore(dataDir);
  const bareDir = path.join(ROOT, 'tests/.tmp/bench-table-bare');
  let server: Awaited<ReturnType<typeof startHttpTransport>> | null = null;
  let browser: Browser | null = null;
  try {
    // The reference holds the very rows the app shows, as text in the same columns.
    type S = { startsAt: string; format: string; pillar: string; topic: string; visualBrief: string; link: string; pic: string; status: string; variants: Array<{ platform: string; plain: string }> };
    const slots = await call<S[]>(core.url, 'slots.list', { from: new Date(Date.UTC(TODAY.getFullYear(), TODAY.getMonth(), 0)).toISOString(), to: NEXT_MONTH, clientIds: [clientId] });
    const rows = slots.map((s, i) => ({
      no: String(i + 1), date: s.startsAt.slice(0, 10), time: s.startsAt.slice(11, 16), platform: s.variants.map((v) => v.platform).join(', '), pillar: s.pillar, format: s.format,
      topic: s.topic, visual: s.visualBrief, caption: s.variants[0]?.plain.split('\n')[0] ?? '', hashtags: '#KopiSenja', link: s.link, pic: s.pic, status: s.status, campaign: '', check: 'Aman',
    }));
    await build({
      root: path.join(ROOT, 'tests/bench/table'),
      base: './',
      logLevel: 'error',
      plugins: [react()],
      build: { outDir: bareDir, emptyOutDir: true, rollupOptions: { input: path.join(ROOT, 'tests/bench/table/bare.html') } },
    });
    fs.writeFileSync(path.join(bareDir, 'rows.json'), JSON.stringify({ columns: COLUMNS.map(([id, header, size]) => ({ id, header, size })), rows }));
    server = await startHttpTransport({ dispatch: async () => ({ ok: true, value: null }), staticDir: bareDir });
    const bareUrl = `http://127.0.0.1:${server.port}/bare.html`;

    browser = await chromium.launch({ executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: CHROMIUM_ARGS });
    await appRun(browser, core.url, clientId); // warm-up
    await bareRun(browser, bareUrl);
    const app = { first: [] as number[], scroll: [] as number[], rendered: 0 };
    const bare = { first: [] as number[], scroll: [] as number[] };
    let steps = 0;
    for (let i = 0; i < RUNS; i++) {
      const a = await appRun(browser, core.url, clientId);
      app.first.push(a.first);
      app.scroll.push(a.scroll.ms);
      app.rendered = a.rendered;
      steps = a.scroll.steps;
      const b = await bareRun(browser, bareUrl);
      bare.first.push(b.first);
      bare.scroll.push(b.scroll.ms);
    }
    const s = { af: summarize(app.first), bf: summarize(bare.first), as: summarize(app.scroll), bs: summarize(bare.scroll) };
    return {
      posts: rows.length,
      cellsRenderedAtOnce: app.rendered,
      scrollSteps: steps,
      firstRenderMs: { app: s.af, bare: s.bf, ratioP50: ratio(s.af.p50, s.bf.p50) },
      scrollTopToBottomMs: { app: s.as, bare: s.bs, ratioP50: ratio(s.as.p50, s.bs.p50) },
      goal: 'app ≤ 1.25× bare at the median',
    };
  } finally {
    await browser?.close();
    await server?.close();
    core.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Importing a 5,000-row EP sheet (XLSX), read, previewed and applied, in the core (goal ≤ 3 s). */
export async function benchImport() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rencana-importbench-'));
  const file = path.join(dir, 'EP 2027.xlsx');
  await writeLargeXlsx(file, 5000);
  const preview: number[] = [];
  const apply: number[] = [];
  const total: number[] = [];
  const bare: number[] = [];
  let created = 0;
  let cells = 0;
  try {
    for (let i = 0; i < 3; i++) {
      // The reference: exceljs reading the same sheet and touching every cell, nothing else.
      const b0 = performance.now();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      cells = 0;
      wb.worksheets[0]!.eachRow((row) => row.eachCell(() => void cells++));
      bare.push(performance.now() - b0);

      const core = createCore({ dataDir: path.join(dir, `run${i}`) });
      const c = await core.dispatch('clients.create', { name: 'Kopi Senja', color: '#b45309' });
      const clientId = (c as { value: { id: string } }).value.id;
      let t0 = performance.now();
      const p = await core.dispatch('epImport.preview', { path: file, clientId });
      preview.push(performance.now() - t0);
      if (!p.ok) throw new Error(p.error.message);
      t0 = performance.now();
      const r = await core.dispatch('epImport.apply', { path: file, clientId });
      apply.push(performance.now() - t0);
      total.push(preview.at(-1)! + apply.at(-1)!);
      if (!r.ok) throw new Error(r.error.message);
      created = (r.value as { created: number }).created;
      core.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const all = summarize(total);
  const ref = summarize(bare);
  return {
    rows: 5000,
    postsCreated: created,
    cellsReadBare: cells,
    previewMs: summarize(preview),
    applyMs: summarize(apply),
    /** What the user waits for: the preview, then the apply. */
    importMs: all,
    bareReadMs: ref,
    ratioToBareP50: ratio(all.p50, ref.p50),
    goal: 'preview + apply ≤ 3000 ms',
    withinGoal: all.p50 <= 3000,
  };
}
