import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PDF_FOOTER, PDF_HEADER, PDF_MARGINS_MM, PRINT_FONT_PATH, PRINT_ORIGIN, type PrintReply, type PrintRequest } from '../../../shared/review/print';
import { fontFile } from './fonts';

/**
 * One printer interface, two implementations (issue 9 item 4): the system Chromium through
 * playwright-core (web mode and the tests) and Electron's printToPDF (main prints when the core
 * asks over its port). Both print the same HTML with the same page settings.
 */
export interface Printer {
  /** Prints `html` (the review page's print variant) to a PDF file at `outPath`. */
  pdf(html: string, outPath: string): Promise<void>;
  /** Gets ready ahead of time (the export dialog is open); optional. */
  warm?(): void;
  /** Frees what the printer holds (the browser). */
  close(): Promise<void>;
}

/** Page settings both implementations use (Electron's printToPDF takes the same in inches). */
export const PDF_OPTIONS = {
  format: 'A4',
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: PDF_HEADER,
  footerTemplate: PDF_FOOTER,
  margin: Object.fromEntries(Object.entries(PDF_MARGINS_MM).map(([k, v]) => [k, `${v}mm`])),
} as const;

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

/** What a print page may load: the page itself, or a bundled font. */
export function printResource(url: string, html: string): { body: string | Buffer; contentType: string } | null {
  const u = new URL(url);
  if (u.origin !== PRINT_ORIGIN) return null;
  if (u.pathname === '/') return { body: html, contentType: 'text/html; charset=utf-8' };
  const m = PRINT_FONT_PATH.exec(u.pathname);
  const font = m ? fontFile(m[1]!) : null;
  return font ? { body: font, contentType: 'font/woff2' } : null;
}

/** A print tab: a context with JavaScript off whose only server is `printResource`, and its page. */
interface PrintTab {
  context: BrowserContext;
  page: Page;
  /** The page the tab serves at the print origin from now on. */
  serve(html: string): void;
}

async function openTab(browser: Browser): Promise<PrintTab> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  let served = '';
  await context.route('**/*', (route) => {
    const res = printResource(route.request().url(), served);
    return res ? route.fulfill({ status: 200, body: res.body, contentType: res.contentType }) : route.abort();
  });
  return { context, page: await context.newPage(), serve: (html) => void (served = html) };
}

/**
 * Prints with a headless Chromium started on first use and kept for the next job. JavaScript is
 * off and every request outside the print origin is refused.
 */
export function chromiumPrinter(opts: { executablePath?: string; idleMs?: number } = {}): Printer {
  // Starting Chromium costs more than printing a month's EP: one browser is kept while exports
  // follow each other and closed when idle.
  let browser: Promise<Browser> | null = null;
  // A tab opened while the export dialog is open: a new page costs about half a second.
  let spare: Promise<PrintTab> | null = null;
  let idle: NodeJS.Timeout | null = null;
  let busy = 0;
  const launch = () => {
    browser ??= import('playwright-core').then(({ chromium }) =>
      chromium.launch({
        executablePath: opts.executablePath ?? chromiumPath(),
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      }),
    );
    browser
      .then((b) =>
        b.on('disconnected', () => {
          browser = null;
          spare = null;
        }),
      )
      .catch(() => (browser = null));
    return browser;
  };
  const takeTab = (): Promise<PrintTab> => {
    const tab = spare ?? launch().then(openTab);
    spare = null;
    return tab;
  };
  const close = async () => {
    const b = browser;
    browser = null;
    spare = null;
    if (b) await (await b.catch(() => null))?.close().catch(() => undefined);
  };
  const scheduleClose = () => {
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => void (busy === 0 && close()), opts.idleMs ?? 120_000);
    idle.unref();
  };
  return {
    warm() {
      if (!spare) {
        const tab = launch().then(openTab);
        spare = tab;
        tab.catch(() => spare === tab && (spare = null));
      }
      spare.then(scheduleClose, () => undefined);
    },
    async pdf(html, outPath) {
      busy++;
      try {
        const { context, page, serve } = await takeTab();
        try {
          serve(html);
          await page.goto(`${PRINT_ORIGIN}/`, { waitUntil: 'load' });
          // Web fonts load when text is laid out; the PDF must not catch them half-way.
          await page.evaluate('document.fonts.ready.then(() => true)');
          await page.pdf({ path: outPath, ...PDF_OPTIONS });
        } finally {
          await context.close();
        }
      } finally {
        busy--;
        scheduleClose();
      }
    },
    close,
  };
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
