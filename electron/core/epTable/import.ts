import fs from 'node:fs';
import path from 'node:path';
import type { ImportPreview, PlannedPost } from '../../../shared/contract/epTable';
import type { ColumnTarget } from '../../../shared/epSheet/fields';
import { MAX_IMPORT_BYTES } from '../../../shared/contract/epTable';
import type { Cadence } from '../../../shared/contract/planning';
import type { Campaign, Client } from '../../../shared/contract/schemas';
import { parseSheet, type ParsedSheet } from '../../../shared/epSheet/rows';
import { toWallTime } from '../../../shared/domain/time';
import { newId } from '../services/ids';
import { fileError, readSheetFile } from './sheetFile';

export interface ImportDeps {
  dataDir: string;
  client(id: string): Client;
  campaigns(clientId: string): Campaign[];
  cadences(clientId: string): Cadence[];
  /** Creates the posts as one undoable batch; returns its id. */
  create(clientId: string, kind: 'import', label: string, posts: PlannedPost[]): { batchId: string; slotIds: string[] };
}

interface Input {
  path: string;
  clientId: string;
  mapping?: ColumnTarget[];
}

/** Import of an existing EP spreadsheet: read the file, read the sheet, preview, apply. */
export function importService(deps: ImportDeps) {
  async function parse(input: Input): Promise<{ file: Awaited<ReturnType<typeof readSheetFile>>; sheet: ParsedSheet }> {
    const client = deps.client(input.clientId);
    const file = await readSheetFile(input.path);
    const sheet = parseSheet(file.grid, {
      fallbackYear: Number(toWallTime(new Date(), client.timezone).date.slice(0, 4)),
      defaultTime: deps.cadences(client.id)[0]?.time ?? '19:00',
      defaultPlatform: client.accounts[0]?.platform ?? 'instagram',
      mapping: input.mapping,
      campaigns: deps.campaigns(client.id),
    });
    if (!sheet) throw fileError('no_header', 'No header row with EP columns (date, topic or caption) in the first 30 rows');
    return { file, sheet };
  }

  return {
    /** Keeps bytes picked in the browser as a file in the data folder's imports/. */
    stage(name: string, dataBase64: string): { path: string } {
      const buf = Buffer.from(dataBase64, 'base64');
      if (buf.length > MAX_IMPORT_BYTES) throw fileError('too_large', 'The file is too large', { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 });
      // A folder per upload keeps the file's own name, which the preview shows.
      const dir = path.join(deps.dataDir, 'imports', newId());
      fs.mkdirSync(dir, { recursive: true });
      const safe = path.basename(name).replace(/[^\p{L}\p{N}._ -]+/gu, '_').slice(-120).replace(/^\.+/, '') || 'sheet';
      const target = path.join(dir, safe);
      fs.writeFileSync(target, buf);
      return { path: target };
    },

    async preview(input: Input): Promise<ImportPreview> {
      const { file, sheet } = await parse(input);
      return {
        fileName: file.fileName,
        kind: file.kind,
        sheet: file.sheet,
        headerRow: sheet.headerRow + 1,
        headers: sheet.headers.map((h) => h.slice(0, 500)),
        mapping: sheet.mapping,
        rows: sheet.rows,
        emptyRows: sheet.emptyRows,
        posts: sheet.posts.length,
      };
    },

    async apply(input: Input) {
      const { file, sheet } = await parse(input);
      if (sheet.posts.length === 0) throw fileError('nothing_to_import', 'No row can be imported');
      const { batchId } = deps.create(input.clientId, 'import', file.fileName, sheet.posts);
      return { importId: batchId, created: sheet.posts.length, skippedRows: sheet.rows.filter((r) => !r.ok).length };
    },
  };
}
