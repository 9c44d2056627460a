import fs from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * PLACEHOLDER until issue 9c's printer is merged (9c's file replaces this one). One printer
 * interface, the system-Chromium implementation here; Electron's `printToPDF` is the other.
 */
export interface Printer {
  pdf(html: string, outPath: string): Promise<void>;
}

/** The browser: RENCANA_CHROMIUM, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.RENCANA_CHROMIUM || '/usr/bin/chromium';
}

export function chromiumPrinter(executablePath = chromiumPath()): Printer {
  return {
    async pdf(html, outPath) {
      if (!fs.existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath} (set RENCANA_CHROMIUM)`);
      const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
      try {
        const page = await browser.newPage();
        // Nothing the page asks for leaves the machine.
        await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
        await page.setContent(html, { waitUntil: 'load' });
        await page.pdf({ path: outPath, format: 'A4', printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } });
      } finally {
        await browser.close();
      }
    },
  };
}

export function printPdf(printer: Printer, html: string, outPath: string): Promise<void> {
  return printer.pdf(html, outPath);
}
