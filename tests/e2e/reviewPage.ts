import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';

/**
 * Opening review.html the way a client does: from disk, with every request the page makes
 * recorded and every CSP violation caught, so a spec can say "nothing left the page".
 */
export interface Watched {
  page: Page;
  url: string;
  /** Every request other than the page's own file. */
  requests: string[];
  /** CSP violations the page reported, and console errors. */
  violations: string[];
  dialogs: string[];
}

export function writeReviewFile(html: string, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rencana-review-'))): string {
  const file = path.join(dir, 'review.html');
  fs.writeFileSync(file, html);
  return file;
}

export async function openWatched(context: BrowserContext, file: string): Promise<Watched> {
  const url = pathToFileURL(file).href;
  const page = await context.newPage();
  const w: Watched = { page, url, requests: [], violations: [], dialogs: [] };
  page.on('request', (r) => {
    if (r.url() !== url) w.requests.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') w.violations.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => w.violations.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ((window as unknown as { __csp?: string[] }).__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(url);
  return w;
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/** Screenshots a spec leaves for people to look at (tests/.tmp is not committed). */
export const SHOTS = path.resolve(import.meta.dirname, '../.tmp/screens');
