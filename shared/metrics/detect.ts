import { ALIAS_TABLES, fieldFor, normHeader, type AliasTable } from './aliases';
import type { Field, Source } from './fields';

/** One sheet of a file (a CSV is one sheet), every cell as the text the file shows. */
export interface Sheet {
  name: string;
  rows: string[][];
}

export interface Detection {
  source: Source;
  sheet: number;
  /** Index of the header row; rows above it (a `sep=` line, a title) are skipped. */
  headerRow: number;
  headers: string[];
  /** Per column: the field its name means, or null when no alias knows it. */
  mapping: Array<Field | null>;
  score: number;
}

// File names the platforms give their exports; a match breaks ties between similar headers.
const NAME_HINTS: Array<[RegExp, Source]> = [
  [/tweet_activity_metrics/i, 'x_legacy'],
  [/account_analytics_content/i, 'x'],
  [/(^|\/)(table data|data tabel|표 데이터)\.csv$/i, 'youtube'],
  [/(^|\/)content(_[^/]*)?\.(csv|xlsx|zip)$/i, 'tiktok'],
];

function scoreRow(table: AliasTable, row: string[]) {
  const mapping = row.map((h) => fieldFor(table, h));
  const sig = new Set(table.signature);
  const taken = new Set<Field>();
  let score = 0;
  mapping.forEach((f, i) => {
    if (f && !taken.has(f)) {
      taken.add(f);
      score += 1;
    }
    if (sig.has(normHeader(row[i] ?? ''))) score += 2;
  });
  return { mapping, score, fields: taken };
}

/**
 * Which platform's export this is, and where its header row is: every alias table is tried on the
 * first rows of every sheet; the best score wins. Needs at least three known columns, one of them
 * a date or an id, so a random spreadsheet is not taken for an export.
 */
export function detect(sheets: Sheet[], fileName: string): Detection | null {
  let best: Detection | null = null;
  const hint = NAME_HINTS.find(([re]) => re.test(fileName))?.[1];
  sheets.forEach((sheet, si) => {
    const limit = Math.min(sheet.rows.length, 12);
    for (let r = 0; r < limit; r++) {
      const row = sheet.rows[r]!;
      if (row.filter((c) => c.trim() !== '').length < 3) continue;
      for (const table of ALIAS_TABLES) {
        const { mapping, score, fields } = scoreRow(table, row);
        const anchored = fields.has('postId') || fields.has('url') || fields.has('publishTime') || fields.has('postDate');
        if (fields.size < 3 || !anchored) continue;
        const total = score + (hint === table.source ? 3 : 0);
        if (!best || total > best.score) {
          best = { source: table.source, sheet: si, headerRow: r, headers: row.map((h) => h.replace(/^\uFEFF/, '').trim()), mapping, score: total };
        }
      }
    }
  });
  return best;
}

/** The mapping a source's aliases give these headers (used when the user picks the source by hand). */
export function mappingFor(source: Source, headers: string[]): Array<Field | null> {
  const table = ALIAS_TABLES.find((t) => t.source === source)!;
  const seen = new Set<Field>();
  return headers.map((h) => {
    const f = fieldFor(table, h);
    if (!f || seen.has(f)) return null;
    seen.add(f);
    return f;
  });
}
