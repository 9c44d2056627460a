import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import yauzl from 'yauzl';
import { everyEntry, readZip } from '../feedback/zip';
import { AppError } from '../../../shared/contract/errors';
import type { Sheet } from '../../../shared/metrics/detect';
import { decodeText } from './decode';

export const MAX_FILE_MB = 50;
const MAX_ENTRY_BYTES = 50 * 1024 * 1024;
const MAX_ENTRIES = 64;

/** A file as sheets of text cells: a CSV is one sheet, an XLSX its worksheets, a ZIP its CSV/XLSX entries. */
export interface ReadFile {
  fileName: string;
  parts: Array<{ name: string; sheets: Sheet[] }>;
  /** The file's own date (modified time), the fallback for "the day it was exported". */
  fileDate: string;
}

const unreadable = (name: string, reason: string) =>
  new AppError('file_unreadable', `Cannot read ${name} (${reason})`, { details: { name, reason } });

function csvSheet(name: string, buf: Buffer): Sheet {
  let text = decodeText(buf);
  let delimiter = '';
  // Meta's account files start with Excel's `sep=,` line, which names the delimiter.
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1]!;
    text = text.slice(sep[0].length);
  }
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = parsed.data.map((r) => r.map((c) => String(c ?? '')));
  while (rows.length && rows.at(-1)!.every((c) => c === '')) rows.pop();
  return { name, rows };
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 19).replace('T00:00:00', '').replace('T', ' ');
  if (typeof v === 'object') {
    if ('hyperlink' in v && typeof v.hyperlink === 'string') return v.hyperlink;
    if ('richText' in v) return v.richText.map((p) => p.text).join('');
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('error' in v) return '';
  }
  return String(v);
}

async function xlsxSheets(name: string, buf: Buffer): Promise<Sheet[]> {
  // Every part inflated under the caps (zip bombs, unsafe names) before exceljs sees it.
  try {
    await readZip(buf, everyEntry, name);
  } catch (err) {
    if (err instanceof AppError && err.details?.reason === 'too_large') {
      throw new AppError('file_too_large', `${name} unpacks to too much`, { details: { name, maxMb: MAX_FILE_MB } });
    }
    throw unreadable(name, 'xlsx');
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw unreadable(name, 'xlsx');
  }
  return wb.worksheets.map((ws) => {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
      rows[n - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return { name: `${name} › ${ws.name}`, rows };
  });
}

function zipEntries(name: string, buf: Buffer): Promise<Array<{ name: string; data: Buffer }>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(unreadable(name, 'zip'));
      const out: Array<{ name: string; data: Buffer }> = [];
      let count = 0;
      zip.on('error', () => reject(unreadable(name, 'zip')));
      zip.on('end', () => resolve(out));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (++count > MAX_ENTRIES) {
          zip.close();
          return reject(unreadable(name, 'zip_entries'));
        }
        const entryName = entry.fileName;
        if (!/\.(csv|xlsx)$/i.test(entryName) || /(^|\/)(__MACOSX|\.)/.test(entryName)) return zip.readEntry();
        if (entry.uncompressedSize > MAX_ENTRY_BYTES) {
          zip.close();
          return reject(new AppError('file_too_large', `${entryName} is too large`, { details: { name: entryName, maxMb: MAX_FILE_MB } }));
        }
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(unreadable(name, 'zip'));
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on('data', (c: Buffer) => {
            size += c.length;
            if (size > MAX_ENTRY_BYTES) stream.destroy(unreadable(name, 'zip_entry_size'));
            else chunks.push(c);
          });
          stream.on('error', (se) => reject(se instanceof AppError ? se : unreadable(name, 'zip')));
          stream.on('end', () => {
            out.push({ name: entryName, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

async function partsOf(name: string, buf: Buffer): Promise<Array<{ name: string; sheets: Sheet[] }>> {
  const isZip = buf.length > 4 && buf[0] === 0x50 && buf[1] === 0x4b;
  if (isZip && /\.xlsx$/i.test(name)) return [{ name, sheets: await xlsxSheets(name, buf) }];
  if (isZip) {
    // An XLSX is a zip too: try it as a workbook when its entries look like one.
    const entries = await zipEntries(name, buf);
    const parts: Array<{ name: string; sheets: Sheet[] }> = [];
    for (const e of entries) parts.push(...(await partsOf(e.name, e.data)));
    if (parts.length === 0) throw unreadable(name, 'zip_empty');
    return parts;
  }
  if (buf.includes(0) && !/\.(csv|txt|tsv)$/i.test(name) && !(buf[0] === 0xff || buf[0] === 0xfe)) throw unreadable(name, 'binary');
  return [{ name, sheets: [csvSheet(name, buf)] }];
}

/** Reads an export from disk into sheets of text. Nothing is written anywhere. */
export async function readExportFile(filePath: string): Promise<ReadFile> {
  const fileName = path.basename(filePath);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw new AppError('file_missing', `No file at ${filePath}`, { details: { name: fileName } });
  }
  if (!stat.isFile()) throw new AppError('file_missing', `${filePath} is not a file`, { details: { name: fileName } });
  if (stat.size > MAX_FILE_MB * 1024 * 1024) {
    throw new AppError('file_too_large', `${fileName} is too large`, { details: { name: fileName, maxMb: MAX_FILE_MB } });
  }
  const buf = fs.readFileSync(filePath);
  return { fileName, parts: await partsOf(fileName, buf), fileDate: stat.mtime.toISOString().slice(0, 10) };
}

/** The export date a platform writes in its file names, else null (reference §2, §3). */
export function exportDateFromName(name: string): string | null {
  const tiktok = /_(\d{10})_[^/]*\.zip$/i.exec(name);
  if (tiktok) return new Date(Number(tiktok[1]) * 1000).toISOString().slice(0, 10);
  const xNew = /account_analytics_content_\d{4}-\d{2}-\d{2}_(\d{4}-\d{2}-\d{2})/i.exec(name);
  if (xNew) return xNew[1]!;
  const legacy = /_(\d{4})(\d{2})(\d{2})_[a-z]{2}\.csv$/i.exec(name);
  if (legacy) return `${legacy[1]}-${legacy[2]}-${legacy[3]}`;
  return null;
}
