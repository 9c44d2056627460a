import Papa from 'papaparse';

/**
 * Cells as tab-separated text that Excel and Google Sheets paste into cells: quotes around
 * text with tabs, line breaks or quotes, and a leading apostrophe on text that a spreadsheet
 * would otherwise run as a formula (=, +, -, @).
 */
export function toTsv(grid: unknown[][]): string {
  const rows = grid.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))));
  return Papa.unparse(rows, { delimiter: '\t', newline: '\r\n', escapeFormulae: true, quotes: false });
}

/** Tab-separated text from a spreadsheet as rows of cells; the formula guard is taken off again. */
export function fromTsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/\r?\n$/, ''), { delimiter: '\t', skipEmptyLines: false });
  return parsed.data.map((row) => row.map((c) => (/^'[=+\-@\t\r]/.test(c) ? c.slice(1) : c)));
}
