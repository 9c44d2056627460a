import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { openDatabase } from '../../electron/core/db/open';
import { loadSample } from '../../electron/core/seed/load';
import { startHttpTransport } from '../../electron/core/transport/http';
import { campaignEvent, momentEvents, slotEvent } from '../../renderer/src/features/calendar/events';
import type { Campaign, Client, Slot } from '../../shared/contract/schemas';
import { momentsBetween } from '../../shared/holidays';
import { addDays } from '../../shared/domain/time';
import { isoWeekday } from '../../shared/domain/cadence';

/** A User Timing mark as the page sees it (this file is type-checked without the DOM lib). */
type Mark = { name: string; startTime: number; detail: unknown };

const mondayOnOrBefore = (date: string) => addDays(date, 1 - isoWeekday(date));
import { ratio, summarize } from './stats';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RUNS = 7;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Reads the JSON the core answers, for building the reference page's events. */
async function call<T>(url: string, method: string, input: unknown): Promise<T> {
  const u = new URL(url);
  const res = await fetch(`${u.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${u.searchParams.get('token')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const reply = (await res.json()) as { ok: boolean; value: T };
  return reply.value;
}

async function startCore(dataDir: string): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'out/main/web.js'), '--data-dir', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /RENCANA_URL=(\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`core exited ${code}`)));
  });
  return { url, stop: () => child.kill() };
}

/** Time from a start mark to the last paint mark that follows it, after the page settles. */
async function measure(page: Page, startMark: string, paintMark: string, settleMs = 1500) {
  await page.waitForTimeout(settleMs);
  return page.evaluate(
    ([s, p]) => {
      const marks = performance.getEntriesByType('mark');
      const start = marks.filter((m) => m.name === s).at(-1);
      const paints = marks.filter((m) => m.name === p && start && m.startTime >= start.startTime);
      if (!start || paints.length === 0) return NaN;
      return paints.at(-1)!.startTime - start.startTime;
    },
    [startMark, paintMark] as const,
  );
}

/** The month on screen when the app opens (today's), and its neighbours. */
function months() {
  const now = new Date();
  const m = (offset: number) => new Date(Date.UTC(now.getFullYear(), now.getMonth() + offset, 1)).toISOString().slice(0, 10);
  return { prev: m(-1), current: m(0), next: m(1), after: m(2) };
}

async function appRun(browser: Browser, url: string) {
  const ctx = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta', viewport: { width: 1440, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(url + '#/calendar');
  await page.waitForFunction(() => performance.getEntriesByType('mark').some((m) => m.name === 'rc-cal:painted' && ((m as unknown as Mark).detail as { events: number }).events >= 600), null, { timeout: 30_000 });
  const first = await page.evaluate(() => {
    const marks = performance.getEntriesByType('mark') as unknown as Mark[];
    const painted = marks.find((m) => m.name === 'rc-cal:painted' && (m.detail as { events: number }).events >= 600)!;
    // From the moment the posts arrived to the first paint of the full month.
    const data = marks.find((m) => m.name === 'rc-cal:data')!;
    return { ms: painted.startTime - data.startTime, events: (painted.detail as { events: number }).events };
  });
  await page.waitForTimeout(800); // let the neighbour months' prefetch land, as a user's pause would
  await page.getByRole('button', { name: 'Berikutnya' }).click();
  const next = await measure(page, 'rc-cal:nav', 'rc-cal:painted');
  await ctx.close();
  return { first: first.ms, events: first.events, next };
}

async function bareRun(browser: Browser, url: string) {
  const ctx = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta', viewport: { width: 1140, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByType('mark').some((m) => m.name === 'bare:painted'), null, { timeout: 30_000 });
  const first = await measure(page, 'bare:data', 'bare:painted', 300);
  await page.waitForTimeout(800);
  await page.evaluate(() => (globalThis as unknown as { benchNext(): void }).benchNext());
  const next = await measure(page, 'bare:nav', 'bare:painted');
  await ctx.close();
  return { first, next };
}

/**
 * The busiest month (≥ 600 events with holidays) in the calendar screen as users see it,
 * against a bare FullCalendar page with the same events and options, side by side (DESIGN.md §8).
 */
export async function benchCalendar() {
  if (!fs.existsSync(path.join(ROOT, 'out/main/web.js'))) throw new Error('Run `npm run build` first: the calendar bench uses the built app.');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rencana-calbench-'));
  const bareDir = path.join(ROOT, 'tests/.tmp/bench-bare');
  const seeded = openDatabase({ dataDir });
  const m = months();
  loadSample(seeded.db, { clients: 20, months: 3, startMonth: m.prev, seed: 7, density: 0.95 });
  seeded.db.close();

  const core = await startCore(dataDir);
  let bareServer: Awaited<ReturnType<typeof startHttpTransport>> | null = null;
  let browser: Browser | null = null;
  try {
    // The reference gets exactly the events the app maps, for November to January.
    const clients = await call<Client[]>(core.url, 'clients.list', {});
    const byId = new Map(clients.map((c) => [c.id, c]));
    const slots = await call<Slot[]>(core.url, 'slots.list', { from: `${m.prev}T00:00:00.000Z`, to: `${m.after}T00:00:00.000Z` });
    const campaigns = await call<Campaign[]>(core.url, 'campaigns.list', {});
    // The reference is fed the same events for each visible month as the app gives FullCalendar.
    const windowEvents = (first: string) => {
      const start = mondayOnOrBefore(first);
      const end = addDays(start, 42); // six weeks, FullCalendar's month grid
      const from = `${addDays(start, -1)}T00:00:00.000Z`;
      const to = `${addDays(end, 1)}T00:00:00.000Z`;
      return [
        ...momentsBetween(start, addDays(end, -1)).flatMap((x) => momentEvents(x, 'id')),
        ...campaigns.filter((c) => c.endDate >= start && c.startDate < end).map((c) => campaignEvent(c, byId.get(c.clientId))),
        ...slots.filter((x) => x.startsAt >= from && x.startsAt < to).map((x) => slotEvent(x, byId.get(x.clientId)!, '(belum ada topik)')),
      ];
    };
    const events = { current: windowEvents(m.current), next: windowEvents(m.next) };
    await build({
      root: path.join(ROOT, 'tests/bench/calendar'),
      base: './',
      logLevel: 'error',
      plugins: [react()],
      build: { outDir: bareDir, emptyOutDir: true, rollupOptions: { input: path.join(ROOT, 'tests/bench/calendar/bare.html') } },
    });
    fs.writeFileSync(path.join(bareDir, 'events.json'), JSON.stringify(events));
    bareServer = await startHttpTransport({ dispatch: async () => ({ ok: true, value: null }), staticDir: bareDir });
    const bareUrl = `http://127.0.0.1:${bareServer.port}/bare.html?date=${m.current}`;

    browser = await chromium.launch({ executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: CHROMIUM_ARGS });
    const app = { first: [] as number[], next: [] as number[], events: 0 };
    const bare = { first: [] as number[], next: [] as number[] };
    await appRun(browser, core.url); // warm-up: disk cache, JIT
    await bareRun(browser, bareUrl);
    for (let i = 0; i < RUNS; i++) {
      const a = await appRun(browser, core.url);
      app.first.push(a.first);
      app.next.push(a.next);
      app.events = a.events;
      const b = await bareRun(browser, bareUrl);
      bare.first.push(b.first);
      bare.next.push(b.next);
    }
    const s = {
      appFirst: summarize(app.first),
      bareFirst: summarize(bare.first),
      appNext: summarize(app.next),
      bareNext: summarize(bare.next),
    };
    return {
      month: m.current.slice(0, 7),
      eventsInMonthView: app.events,
      firstRenderMs: { app: s.appFirst, bare: s.bareFirst, ratioP50: ratio(s.appFirst.p50, s.bareFirst.p50) },
      monthSwitchMs: { app: s.appNext, bare: s.bareNext, ratioP50: ratio(s.appNext.p50, s.bareNext.p50) },
      goal: 'app ≤ 1.25× bare at the median',
    };
  } finally {
    await browser?.close();
    await bareServer?.close();
    core.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
