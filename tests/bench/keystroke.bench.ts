import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { summarize } from './stats';
import { startCore } from './webCore';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const LINE = 'Nikmati kopi susu gula aren 😍 diskon 50% khusus hari ini di https://kopisenja.id! Tag @bestie kamu. #KopiSenja #Promo\n';
const CAPTION = LINE.repeat(20).slice(0, 2190);
const TYPED = ' buruan ya kak, stok terbatas, jangan sampai kehabisan!';
const FRAME_MS = 16;

/** The page's globals this file uses inside `page.evaluate` (it is type-checked without the DOM lib). */
interface BenchArea {
  id: string;
  value: string;
  addEventListener(type: string, fn: () => void): void;
}
declare const document: { createElement(tag: 'textarea'): BenchArea; body: { append(el: BenchArea): void } };

/**
 * The copy editor's keystroke path (DESIGN.md §8, moved here from the e2e spec: no test asserts a
 * duration). In the real renderer against the real core, a 2,190-character Instagram caption gets
 * 55 more characters; the editor's own `copy-check` measure runs from each keydown to the commit
 * that shows the new counter, highlights and issues. Its reference is the frame it must fit in, and
 * beside it the same keystrokes into a bare <textarea> on the same page (keydown to its input
 * event): what the browser alone costs on this machine.
 */
export async function benchKeystroke() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rencana-bench-keys-'));
  const core = await startCore(dataDir);
  const browser = await chromium.launch({ executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: CHROMIUM_ARGS });
  try {
    const url = core.url;
    const u = new URL(url);
    const call = async <T>(method: string, input: unknown): Promise<T> => {
      const res = await fetch(`${u.origin}/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${u.searchParams.get('token')}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      const reply = (await res.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
      if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
      return reply.value;
    };
    const client = await call<{ id: string }>('clients.create', { name: 'Kopi Senja', color: '#b45309', accounts: [{ platform: 'instagram', handle: '@kopisenja' }] });
    const slot = await call<{ id: string }>('slots.create', { clientId: client.id, startsAt: '2026-12-12T12:00:00.000Z', topic: 'Promo Harbolnas 12.12' });
    await call('variants.save', { slotId: slot.id, platform: 'instagram', doc: null, plain: CAPTION });

    const ctx = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta', viewport: { width: 1440, height: 900 } });
    await ctx.addInitScript(() => ((globalThis as unknown as { __rcBench: object }).__rcBench = {})); // the app's User Timing on
    const page = await ctx.newPage();
    await page.goto(`${url}#/calendar/${slot.id}`);
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('tab', { name: /^Instagram/ }).click();
    const panel = drawer.getByRole('tabpanel', { name: 'Instagram' });
    await panel.getByRole('textbox', { name: 'Copy Instagram' }).click();
    await page.keyboard.press('Control+End');
    await panel.getByTestId('copy-counter').filter({ hasText: /^2\.19\d \/ 2\.200/ }).waitFor();
    await page.evaluate(() => performance.clearMeasures('copy-check'));
    await page.keyboard.type(TYPED, { delay: 50 });
    const after = (CAPTION.length + TYPED.length).toLocaleString('id-ID');
    await panel.getByTestId('copy-counter').filter({ hasText: `${after} / 2.200` }).waitFor();
    const app = await page.evaluate(() => performance.getEntriesByName('copy-check').map((e) => e.duration));
    if (app.length !== TYPED.length) throw new Error(`keystroke bench: ${app.length} copy-check measures for ${TYPED.length} keystrokes`);

    // The reference: the same keystrokes into a bare textarea on the same page.
    await page.evaluate(() => {
      const area = document.createElement('textarea');
      area.id = 'bench-bare';
      area.value = 'x'.repeat(2190);
      area.addEventListener('keydown', () => performance.mark('bare-down'));
      area.addEventListener('input', () => performance.measure('bare-input', 'bare-down'));
      document.body.append(area);
    });
    await page.locator('#bench-bare').focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(TYPED, { delay: 50 });
    const bare = await page.evaluate(() => performance.getEntriesByName('bare-input').map((e) => e.duration));
    await ctx.close();
    return {
      keystrokes: app.length,
      captionChars: CAPTION.length,
      copyCheckMs: summarize(app),
      withinFrame: Math.round((app.filter((d) => d <= FRAME_MS).length / app.length) * 100) / 100,
      bareTextareaMs: summarize(bare),
      bareKeystrokes: bare.length,
      budgetMs: FRAME_MS,
    };
  } finally {
    await browser.close();
    core.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
