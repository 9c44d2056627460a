import ExcelJS from 'exceljs';
import type { Report } from '../../../shared/contract/reports';
import { PLATFORM_LABELS, type Platform } from '../../../shared/domain/platforms';
import { REPORT_STRINGS } from '../../../shared/reports/strings';
import type { ReviewLanguage } from '../../../shared/review/format';
import { formulaText } from './html';

/**
 * Cells are always values, never formulas: exceljs writes a string as a string even when it
 * starts with "=", "+", "-" or "@", so a hostile caption stays text.
 */
export async function reportWorkbook(r: Report, lang: ReviewLanguage): Promise<ExcelJS.Workbook> {
  const s = REPORT_STRINGS[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Rencana';

  const sum = wb.addWorksheet(s.sheetSummary);
  sum.columns = [{ width: 28 }, { width: 18 }, { width: 18 }];
  sum.addRow([`${s.title} — ${r.client.name}`]).font = { bold: true, size: 14 };
  sum.addRow([s.period, r.from, r.to]);
  sum.addRow([s.previous, r.previous.from, r.previous.to]);
  sum.addRow([s.zone, r.client.timezone]);
  sum.addRow([]);
  sum.addRow(['', s.period, s.previous]).font = { bold: true };
  sum.addRow([s.posts, r.totals.posts, r.previousTotals.posts]);
  for (const f of ['reach', 'impressions', 'views', 'likes', 'comments', 'shares', 'saves', 'clicks', 'follows'] as const) {
    sum.addRow([s.fields[f], r.totals.metrics[f], r.previousTotals.metrics[f]]);
  }
  sum.addRow([s.engagements, r.totals.engagements, r.previousTotals.engagements]);
  const er = sum.addRow([`${s.er} (${s.bases[r.settings.erBase]})`, r.totals.er, r.previousTotals.er]);
  er.getCell(2).numFmt = '0.00%';
  er.getCell(3).numFmt = '0.00%';
  sum.addRow([]);
  for (const [title, text] of [
    [s.summary, r.notes.summary],
    [s.insights, r.notes.insights],
    [s.nextPlan, r.notes.nextPlan],
  ] as const) {
    sum.addRow([title]).font = { bold: true };
    const row = sum.addRow([text]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    sum.mergeCells(row.number, 1, row.number, 3);
  }

  const kpi = wb.addWorksheet(s.sheetKpi);
  kpi.columns = [{ width: 28 }, { width: 24 }, { width: 14 }, { width: 14 }, { width: 12 }, { width: 60 }];
  kpi.addRow([s.campaign, s.metric, s.target, s.actual, s.progress, s.formula]).font = { bold: true };
  const add = (who: string, rows: Report['kpis']) => {
    for (const k of rows) {
      const row = kpi.addRow([who, k.metric, k.target, k.actual, k.progress, formulaText(k, lang)]);
      row.getCell(5).numFmt = '0%';
    }
  };
  add(s.monthKpi, r.kpis);
  for (const c of r.campaigns) add(c.name, c.kpis);

  const posts = wb.addWorksheet(s.sheetPosts);
  posts.columns = [
    { header: s.date, width: 12 },
    { header: s.platform, width: 12 },
    { header: s.post, width: 50 },
    { header: 'URL', width: 40 },
    { header: s.fields.reach, width: 10 },
    { header: s.fields.impressions, width: 10 },
    { header: s.fields.views, width: 10 },
    { header: s.engagements, width: 12 },
    { header: 'ER', width: 8 },
  ];
  posts.getRow(1).font = { bold: true };
  for (const p of [...r.top, ...r.bottom.filter((b) => !r.top.some((t) => t.id === b.id))]) {
    const row = posts.addRow([
      p.date,
      PLATFORM_LABELS[p.platform as Platform] ?? p.platform,
      p.topic || p.caption,
      p.url,
      p.metrics.reach ?? null,
      p.metrics.impressions ?? null,
      p.metrics.views ?? null,
      p.engagements,
      p.er,
    ]);
    row.getCell(9).numFmt = '0.00%';
  }
  return wb;
}
