import fs from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { PLATFORM_LABELS } from '../../../shared/domain/platforms';
import { formatPeriod, weekdayName } from '../../../shared/domain/formatDate';
import { extractEntities } from '../../../shared/platforms/entities';
import { tokenize } from '../../../shared/platforms/tokens';
import { DECISION_WORDS, EP_COLUMNS, FORMAT_WORDS, STATUS_WORDS, type DocLanguage, type EpColumnKey } from '../../../shared/review/words';
import { printThumb } from '../assets/files';
import type { ExportData } from './gather';

/**
 * The EP as the client knows it from Excel (DESIGN.md §7, issue 9 item 5). Layout, which the
 * feedback import reads back:
 * - sheet "EP": row 1 the title, row 2 the header (EP_COLUMNS), then one row per post and
 *   platform (a post with no copy gets one row with no platform); `Keputusan` is a list
 *   (Setuju / Revisi), `ID` the post id;
 * - sheet "rencana", very hidden: A1 `bundleId`, B1 the bundle id, then from row 2
 *   `postId | platform | contentHash`, one per EP row in the same order.
 * Every text cell is text formatted as text (`@`): a caption starting with `=`, `+`, `-` or `@`
 * is stored as a string and stays one when the client edits the cell in Excel.
 */
export const EP_SHEET = 'EP';
export const META_SHEET = 'rencana';
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;

const WIDTHS: Record<EpColumnKey, number> = {
  no: 5, date: 12, day: 10, time: 7, platform: 11, pillar: 12, format: 10, topic: 24, visual: 30,
  image: 14, caption: 60, hashtags: 22, link: 24, status: 16, clientNotes: 26, decision: 12, comment: 36, id: 38,
};
const TEXT = '@';
const THUMB_PX = 88;

/** Excel stores a date as days since 1899-12-30 and a time as a fraction of a day; no zone. */
const excelDate = (date: string) => new Date(`${date}T00:00:00Z`);
const excelTime = (hhmm: string) => new Date(`1899-12-30T${hhmm}:00Z`);

export async function writeXlsx(
  data: ExportData,
  opts: { bundleId: string; version: number; language: DocLanguage; outPath: string },
): Promise<void> {
  const lang = opts.language;
  // Loaded on first export, not when the core starts.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'Rencana';
  wb.created = new Date();
  const ws = wb.addWorksheet(EP_SHEET, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const col = Object.fromEntries(EP_COLUMNS.map((c, i) => [c.key, i + 1])) as Record<EpColumnKey, number>;
  ws.columns = EP_COLUMNS.map((c) => ({ key: c.key, width: WIDTHS[c.key] }));

  const title = ws.getRow(TITLE_ROW);
  title.getCell(1).value = `EP ${data.client.name} · ${formatPeriod(data.from, data.to, lang)} · v${opts.version}`;
  title.getCell(1).font = { bold: true, size: 14 };
  title.height = 24;
  ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, col.caption);

  const header = ws.getRow(HEADER_ROW);
  EP_COLUMNS.forEach((c, i) => (header.getCell(i + 1).value = c[lang]));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const key of ['decision', 'comment'] as const) {
    header.getCell(col[key]).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF4CC' } };
  }

  const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.getCell('A1').value = 'bundleId';
  meta.getCell('B1').value = opts.bundleId;

  const imageIds = new Map<string, number>();
  async function imageId(thumb: string): Promise<number> {
    let id = imageIds.get(thumb);
    if (id === undefined) {
      id = wb.addImage({ buffer: (await fs.readFile(await printThumb(thumb))) as unknown as ExcelJS.Buffer, extension: 'jpeg' });
      imageIds.set(thumb, id);
    }
    return id;
  }

  const decisions = DECISION_WORDS[lang];
  let r = HEADER_ROW + 1;
  for (const post of data.posts) {
    const rows = post.variants.length > 0 ? post.variants : [null];
    const thumb = post.assets.find((a) => a.thumb)?.thumb ?? null;
    for (const variant of rows) {
      const row = ws.getRow(r);
      const text: Partial<Record<EpColumnKey, string>> = {
        platform: variant ? PLATFORM_LABELS[variant.platform] : '',
        pillar: post.slot.pillar,
        format: FORMAT_WORDS[lang][post.slot.format],
        topic: post.slot.topic,
        visual: post.slot.visualBrief,
        caption: variant?.plain ?? '',
        hashtags: variant ? hashtags(variant.plain) : '',
        link: post.slot.link,
        status: STATUS_WORDS[lang][post.slot.status],
        clientNotes: post.clientNote,
        decision: '',
        comment: '',
        id: post.slot.id,
        day: weekdayName(post.local.date, lang),
      };
      row.getCell(col.no).value = post.no;
      row.getCell(col.date).value = excelDate(post.local.date);
      row.getCell(col.date).numFmt = 'dd/mm/yyyy';
      row.getCell(col.time).value = excelTime(post.local.time);
      row.getCell(col.time).numFmt = 'hh:mm';
      for (const [key, value] of Object.entries(text) as Array<[EpColumnKey, string]>) {
        const cell = row.getCell(col[key]);
        cell.numFmt = TEXT;
        // A rich-text-free plain string: exceljs writes it as a shared string, never a formula.
        cell.value = value;
      }
      row.alignment = { vertical: 'top', wrapText: true };
      row.getCell(col.decision).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${decisions.approve},${decisions.changes}"`],
        showErrorMessage: true,
        errorTitle: EP_COLUMNS.find((c) => c.key === 'decision')![lang],
        error: `${decisions.approve} / ${decisions.changes}`,
      };
      if (thumb) {
        row.height = THUMB_PX * 0.75 + 8;
        ws.addImage(await imageId(thumb), {
          tl: { col: col.image - 1 + 0.05, row: r - 1 + 0.05 },
          ext: { width: THUMB_PX, height: THUMB_PX },
          editAs: 'oneCell',
        });
      }
      meta.getRow(r - HEADER_ROW + 1).values = [post.slot.id, variant?.platform ?? '', post.contentHash];
      r++;
    }
  }
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: Math.max(HEADER_ROW, r - 1), column: EP_COLUMNS.length } };
  // Stored, not deflated: the sheet goes into the bundle's zip as it is, and exceljs's
  // JavaScript deflate spends seconds re-compressing the JPEG thumbnails for nothing.
  await wb.xlsx.writeFile(opts.outPath, { zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions);
}

function hashtags(text: string): string {
  return [...new Set(extractEntities(text, tokenize(text)).hashtags.map((h) => `#${h.tag}`))].join(' ');
}
