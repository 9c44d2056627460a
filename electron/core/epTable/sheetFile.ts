import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../../shared/contract/errors';
import { MAX_IMPORT_BYTES } from '../../../shared/contract/epTable';
import { everyEntry, readZip } from '../feedback/zip';
import { detectHeaderRow } from '../../../shared/epSheet/fields';
import { cellText, type SheetCell } from '../../../shared/epSheet/values';

/** Largest sheet the import reads, in rows. */
export const MAX_IMPORT_ROWS = 20_000;
const MAX_COLUMNS = 200;

export interface SheetFile {
  fileName: string;
  kind: 'xlsx' | 'csv';
  sheet: string;
  grid: SheetCell[][];
}

/** The import's errors: `invalid_input` with one issue on `path` whose code the UI words. */
export function fileError(code: 'file_missing' | 'too_large' | 'not_spreadsheet' | 'old_xls' | 'no_header' | 'nothing_to_import', message: string, details: Record<string, string | number> = {}) {
  return new AppError('invalid_input', message, { issues: [{ path: 'path', code, message }], details: { reason: code, ...details } });
}

/**
 * A cell as exceljs holds it, reduced to a value: never a formula to evaluate, but the value
 * the spreadsheet cached for it (or, when it cached none, the formula's text, as text).
 */
function cellValue(v: ExcelJS.CellValue): SheetCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) {
        const f = 'formula' in v ? v.formula : (v as ExcelJS.CellSharedFormulaValue).sharedFormula;
        return typeof f === 'string' ? `=${f}` : null;
      }
      if (typeof result === 'object' && !(result instanceof Date)) return null; // a cached #N/A or #REF!
      return result as SheetCell;
    }
    if ('hyperlink' in v) return (v as ExcelJS.CellHyperlinkValue).text || (v as ExcelJS.CellHyperlinkValue).hyperlink;
    if ('error' in v) return null;
    if ('text' in v && typeof (v as { text: unknown }).text === 'string') return (v as { text: string }).text;
  }
  return null;
}

function worksheetGrid(ws: ExcelJS.Worksheet): SheetCell[][] {
  if (ws.rowCount > MAX_IMPORT_ROWS) throw fileError('too_large', `More than ${MAX_IMPORT_ROWS} rows`, { maxRows: MAX_IMPORT_ROWS });
  const width = Math.min(ws.columnCount, MAX_COLUMNS);
  const grid: SheetCell[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: SheetCell[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      // A merged range holds its value in its top-left cell; every cell of it reads that value.
      const source = cell.isMerged && cell.master && cell.master !== cell ? cell.master : cell;
      cells.push(cellValue(source.value));
    }
    grid.push(cells);
  }
  return grid;
}

function decodeText(buf: Buffer): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le'); // Excel's "Unicode text"
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  return buf.toString('utf8');
}

/**
 * Reads an XLSX (the first sheet with an EP header, else the first sheet) or a CSV/TSV file
 * (comma, semicolon as Indonesian Excel writes it, or tab) into a grid of cells.
 */
export async function readSheetFile(filePath: string): Promise<SheetFile> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw fileError('file_missing', 'The file is not there');
  }
  if (!stat.isFile()) throw fileError('file_missing', 'Not a file');
  if (stat.size > MAX_IMPORT_BYTES) throw fileError('too_large', 'The file is too large', { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  const buf = fs.readFileSync(filePath);
  const fileName = path.basename(filePath).slice(0, 300);

  if (buf.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    // Every part inflated under the caps (zip bombs, unsafe names) before exceljs sees it.
    try {
      await readZip(buf, everyEntry, fileName);
    } catch (err) {
      const tooLarge = err instanceof AppError && err.details?.reason === 'too_large';
      throw tooLarge ? fileError('too_large', 'The workbook unpacks to more than the app reads', { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 }) : fileError('not_spreadsheet', 'Not a readable Excel workbook');
    }
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
    } catch {
      throw fileError('not_spreadsheet', 'Not an Excel workbook');
    }
    if (wb.worksheets.length === 0) throw fileError('not_spreadsheet', 'The workbook has no sheets');
    let chosen: { ws: ExcelJS.Worksheet; grid: SheetCell[][] } | null = null;
    for (const ws of wb.worksheets) {
      const grid = worksheetGrid(ws);
      if (detectHeaderRow(grid.map((r) => r.map(cellText))) >= 0) {
        chosen = { ws, grid };
        break;
      }
      chosen ??= { ws, grid };
    }
    return { fileName, kind: 'xlsx', sheet: chosen!.ws.name.slice(0, 200), grid: chosen!.grid };
  }
  if (buf.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) throw fileError('old_xls', 'An old .xls workbook');

  const head = buf.subarray(0, 8192);
  const utf16 = head[0] === 0xff && head[1] === 0xfe;
  if (!utf16 && head.includes(0)) throw fileError('not_spreadsheet', 'A binary file');
  const text = decodeText(buf);
  if (text.includes('\uFFFD\uFFFD\uFFFD')) throw fileError('not_spreadsheet', 'Not text');
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: false });
  if (parsed.data.length > MAX_IMPORT_ROWS) throw fileError('too_large', `More than ${MAX_IMPORT_ROWS} rows`, { maxRows: MAX_IMPORT_ROWS });
  const grid = parsed.data.map((r) => (Array.isArray(r) ? r.slice(0, MAX_COLUMNS).map((c) => (c === '' ? null : c)) : []));
  return { fileName, kind: 'csv', sheet: fileName, grid };
}
