import fs from 'node:fs';
import path from 'node:path';
import type { ParsedInput } from '../../../shared/contract/methods';
import type { Report } from '../../../shared/contract/reports';
import type { HandlerContext } from '../handlers';
import { chromiumPrinter, printPdf, type Printer } from '../review/printer';
import { fileError } from '../exports/files';
import { renderReportHtml } from './html';
import { reportWorkbook } from './xlsx';

/** "Kopi Senja-Laporan-2026-07-01_2026-07-31.pdf": the client's name kept readable, nothing a file system refuses. */
export function reportFileName(r: Report, lang: 'id' | 'en', ext: 'pdf' | 'xlsx'): string {
  const name = [...r.client.name].map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c)).join('').replace(/\s+/g, ' ').trim().slice(0, 60) || 'client';
  return `${name}-${lang === 'id' ? 'Laporan' : 'Report'}-${r.from}_${r.to}.${ext}`;
}

/**
 * Writes the report as PDF (9c's printing path: the app's printer when the core has one, else the
 * system Chromium) or XLSX, through a temporary name so a failure leaves no half file.
 */
export async function exportReport(ctx: HandlerContext, r: Report, input: ParsedInput<'reports.export'>): Promise<{ path: string; bytes: number }> {
  const out = path.join(input.outDir, reportFileName(r, input.language, input.format));
  const tmp = `${out}.part-${process.pid}`;
  try {
    // A folder that cannot be made or written is the user's to fix: a clear write_failed, not internal.
    fs.mkdirSync(input.outDir, { recursive: true });
    if (input.format === 'xlsx') {
      await (await reportWorkbook(r, input.language)).xlsx.writeFile(tmp);
    } else {
      const shared = (ctx as HandlerContext & { printer?: Printer }).printer;
      const printer = shared ?? chromiumPrinter();
      try {
        await printPdf(printer, renderReportHtml(r, { lang: input.language, dataDir: ctx.dataDir }), tmp);
      } finally {
        if (!shared) await printer.close();
      }
    }
    fs.renameSync(tmp, out);
  } catch (err) {
    throw fileError(err, out);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return { path: out, bytes: fs.statSync(out).size };
}
