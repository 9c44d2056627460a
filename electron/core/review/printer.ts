import fs from 'node:fs';
import type { Browser } from 'playwright-core';

/**
 * PLACEHOLDER until issue 9c's printer is merged (9c's file replaces this one). One printer
 * interface, the system-Chromium implementation here; Electron's `printToPDF` is the other.
 */
export interface Printer {
  pdf(html: string, outPath: string): Promise<void>;
  /** Gets ready ahead of time (the export dialog is open); optional. */
  warm?(): void;
  /** Frees what the printer holds (the browser); optional. */
  close?(): Promise<void>;
}

/** The browser: RENCANA_CHROMIUM, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.RENCANA_CHROMIUM || '/usr/bin/chromium';
}

const IDLE_MS = 120_000;

/**
 * The system Chromium through playwright-core. Starting Chromium costs more than printing a
 * month's EP, so one browser is kept while exports follow each other and closed when idle.
 */
export function chromiumPrinter(executablePath = chromiumPath()): Printer {
  let browser: Promise<Browser> | null = null;
  let idle: NodeJS.Timeout | null = null;
  let busy = 0;

  function launch(): Promise<Browser> {
    if (!browser) {
      if (!fs.existsSync(executablePath)) return Promise.reject(new Error(`No Chromium at ${executablePath} (set RENCANA_CHROMIUM)`));
      // playwright-core is loaded on first print, not when the core starts.
      browser = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] }));
      browser.then((b) => b.on('disconnected', () => (browser = null))).catch(() => (browser = null));
    }
    return browser;
  }
  function scheduleClose() {
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => void (busy === 0 && close()), IDLE_MS);
    idle.unref();
  }
  async function close() {
    const b = browser;
    browser = null;
    if (b) await (await b.catch(() => null))?.close();
  }

  return {
    warm() {
      launch().then(scheduleClose, () => undefined);
    },
    async pdf(html, outPath) {
      busy++;
      try {
        const page = await (await launch()).newPage();
        try {
          // Nothing the page asks for leaves the machine.
          await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
          await page.setContent(html, { waitUntil: 'load' });
          await page.pdf({ path: outPath, format: 'A4', printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } });
        } finally {
          await page.close();
        }
      } finally {
        busy--;
        scheduleClose();
      }
    },
    close,
  };
}

export function printPdf(printer: Printer, html: string, outPath: string): Promise<void> {
  return printer.pdf(html, outPath);
}
