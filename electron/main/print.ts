import fs from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, app, session } from 'electron';
import { hardenContents } from './security';
import { PDF_FOOTER, PDF_HEADER, PDF_MARGINS_MM, PRINT_FONT_PATH, PRINT_ORIGIN, type PrintReply, type PrintRequest } from '../../shared/review/print';

/**
 * Electron's side of the one printer interface (electron/core/review/printer.ts `portPrinter`):
 * the core asks over its port, main prints the page in a hidden, sandboxed window of its own
 * session with `printToPDF` and writes the file. That session answers only the print origin —
 * the page and the bundled fonts from resources/fonts — and refuses every other request.
 */
const PARTITION = 'rencana-print';
const fontsDir = () => path.join(app.isPackaged ? process.resourcesPath : app.getAppPath(), 'resources', 'fonts');
const mmToInch = (mm: number) => mm / 25.4;

let pages = new Map<string, string>();
let ready = false;

function prepareSession() {
  if (ready) return;
  ready = true;
  const ses = session.fromPartition(PARTITION, { cache: false });
  ses.setPermissionRequestHandler((_wc, _permission, done) => done(false));
  ses.protocol.handle('https', async (request) => {
    const url = new URL(request.url);
    if (url.origin !== PRINT_ORIGIN) return Response.error();
    const html = pages.get(url.searchParams.get('job') ?? '');
    if (url.pathname === '/' && html !== undefined) return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
    const m = PRINT_FONT_PATH.exec(url.pathname);
    if (!m) return Response.error();
    try {
      return new Response(await fs.readFile(path.join(fontsDir(), m[1]!)), { headers: { 'content-type': 'font/woff2' } });
    } catch {
      return Response.error();
    }
  });
  ses.protocol.handle('http', () => Response.error());
  ses.protocol.handle('file', () => Response.error());
}

export async function printToPdf(req: PrintRequest): Promise<PrintReply> {
  prepareSession();
  const job = String(req.id);
  pages.set(job, req.html);
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      partition: PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  // The same checklist as the app's window: the page never navigates, opens windows or gets permissions.
  hardenContents(win.webContents, (url) => url.startsWith(`${PRINT_ORIGIN}/`));
  try {
    // Relative font URLs resolve against the page's URL: the job id rides in the query only.
    await win.loadURL(`${PRINT_ORIGIN}/?job=${job}`);
    // The page's own scripts are off by its CSP; this runs in an isolated world to wait for the fonts.
    await win.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
    const pdf = await win.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: PDF_HEADER,
      footerTemplate: PDF_FOOTER,
      margins: {
        top: mmToInch(PDF_MARGINS_MM.top),
        bottom: mmToInch(PDF_MARGINS_MM.bottom),
        left: mmToInch(PDF_MARGINS_MM.left),
        right: mmToInch(PDF_MARGINS_MM.right),
      },
    });
    await fs.writeFile(req.outPath, pdf);
    return { type: 'printed', id: req.id };
  } catch (err) {
    return { type: 'printed', id: req.id, error: (err as Error).message };
  } finally {
    pages.delete(job);
    if (pages.size === 0) pages = new Map();
    win.destroy();
  }
}
