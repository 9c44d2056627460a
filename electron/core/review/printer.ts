import fs from 'node:fs';
import path from 'node:path';
import { fontFile } from './fonts';

/**
 * One printer interface, two implementations (issue 9 item 4): the system Chromium through
 * playwright-core (web mode and the tests) and Electron's printToPDF (main prints when the core
 * asks over its port). Both print the same HTML with the same page settings.
 */
export interface Printer {
  /** Prints `html` (the review page's print variant) to a PDF file at `outPath`. */
  pdf(html: string, outPath: string): Promise<void>;
  close(): Promise<void>;
}

/** Page settings both implementations use: A4, backgrounds on, page numbers in the footer. */
export const PDF_FOOTER =
  '<div style="width:100%;font:8px system-ui,sans-serif;color:#777;padding:0 12mm;display:flex;justify-content:space-between">' +
  '<span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>';

export function printPdf(printer: Printer, html: string, outPath: string): Promise<void> {
  fs.mkdirSync(path.dirname(outPath), { recursive: true });
  return printer.pdf(html, outPath);
}

/** The browser for printing: RENCANA_CHROMIUM, else Debian's /usr/bin/chromium, else playwright's own. */
export function chromiumPath(env = process.env): string | undefined {
  if (env.RENCANA_CHROMIUM) return env.RENCANA_CHROMIUM;
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/**
 * Where the print page lives while it prints: a made-up origin both printers serve themselves
 * (Playwright routes here, an Electron protocol handler in main), `/` the page and `/fonts/*`
 * the bundled fonts. Nothing else resolves; no request leaves the machine.
 */
export const PRINT_ORIGIN = 'https://print.rencana.invalid';

/** What a print page may load: the page itself, or a bundled font. */
export function printResource(url: string, html: string): { body: string | Buffer; contentType: string } | null {
  const u = new URL(url);
  if (u.origin !== PRINT_ORIGIN) return null;
  if (u.pathname === '/') return { body: html, contentType: 'text/html; charset=utf-8' };
  const m = /^\/fonts\/([\w.-]+\.woff2)$/.exec(u.pathname);
  const font = m ? fontFile(m[1]!) : null;
  return font ? { body: font, contentType: 'font/woff2' } : null;
}

/**
 * Prints with a headless Chromium started on first use and kept for the next job. JavaScript is
 * off and every request outside the print origin is refused.
 */
export function chromiumPrinter(opts: { executablePath?: string } = {}): Printer {
  type Browser = import('playwright-core').Browser;
  let browser: Promise<Browser> | null = null;
  const start = async () => {
    const { chromium } = await import('playwright-core');
    return chromium.launch({
      executablePath: opts.executablePath ?? chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  };
  return {
    async pdf(html, outPath) {
      browser ??= start();
      const context = await (await browser).newContext({ javaScriptEnabled: false });
      try {
        await context.route('**/*', (route) => {
          const res = printResource(route.request().url(), html);
          return res ? route.fulfill({ status: 200, body: res.body, contentType: res.contentType }) : route.abort();
        });
        const page = await context.newPage();
        await page.goto(`${PRINT_ORIGIN}/`, { waitUntil: 'load' });
        // Web fonts load when text is laid out; the PDF must not catch them half-way.
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await page.pdf({
          path: outPath,
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: PDF_FOOTER,
          margin: { top: '14mm', bottom: '16mm', left: '12mm', right: '12mm' },
        });
      } finally {
        await context.close();
      }
    },
    async close() {
      const b = browser;
      browser = null;
      if (b) await (await b).close().catch(() => undefined);
    },
  };
}

/** What the core sends main to print in Electron, and what comes back. */
export interface PrintRequest {
  type: 'print';
  id: number;
  html: string;
  outPath: string;
}
export interface PrintReply {
  type: 'printed';
  id: number;
  error?: string;
}

/**
 * Electron's printer, seen from the core: the request goes to main over the port (`send`), main
 * prints in a hidden sandboxed window with `webContents.printToPDF` (electron/main/print.ts) and
 * answers with a `PrintReply` that the core hands to `settle`.
 */
export function portPrinter(send: (req: PrintRequest) => void): Printer & { settle(reply: PrintReply): void } {
  let next = 1;
  const pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  return {
    pdf(html, outPath) {
      const id = next++;
      return new Promise<void>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        send({ type: 'print', id, html, outPath });
      });
    },
    settle(reply) {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.error) p.reject(new Error(reply.error));
      else p.resolve();
    },
    async close() {
      for (const p of pending.values()) p.reject(new Error('printer closed'));
      pending.clear();
    },
  };
}
