import { AppError } from '../../../shared/contract/errors';
import { detect, mappingFor, type Detection } from '../../../shared/metrics/detect';
import type { Field, MetricPlatform, Source } from '../../../shared/metrics/fields';
import { DEFAULT_SOURCE_ZONE, readRows, type MetricRow } from '../../../shared/metrics/rows';
import { exportDateFromName, readExportFile } from './read';

export interface ParseInput {
  path: string;
  source?: Source;
  mapping?: Array<Field | null>;
  sourceZone?: string;
  exportDate?: string;
  platform?: MetricPlatform;
}

export interface ParsedExport {
  fileName: string;
  sheet: string;
  source: Source;
  headers: string[];
  mapping: Array<Field | null>;
  sourceZone: string;
  exportDate: string;
  rows: MetricRow[];
  skipped: number;
}

/**
 * A platform export from disk to rows of metrics: read, find the source and the header row, map
 * the columns (the user's corrections win), read every row in the client's zone.
 */
export async function parseExport(input: ParseInput, clientZone: string): Promise<ParsedExport> {
  const file = await readExportFile(input.path);
  let best: { det: Detection; part: (typeof file.parts)[number] } | null = null;
  for (const part of file.parts) {
    const det = detect(part.sheets, input.source ? part.name : `${file.fileName}/${part.name}`);
    if (det && (!best || det.score > best.det.score)) best = { det, part };
  }
  if (!best) {
    throw new AppError('file_unreadable', `${file.fileName} is not an analytics export Rencana knows`, {
      details: { name: file.fileName, reason: 'unknown_export' },
    });
  }
  const { det, part } = best;
  const source = input.source ?? det.source;
  let mapping = source === det.source ? det.mapping : mappingFor(source, det.headers);
  if (input.mapping) {
    if (input.mapping.length !== det.headers.length) {
      throw new AppError('invalid_input', 'The column mapping does not fit this file', {
        issues: [{ path: 'mapping', code: 'length', message: `expected ${det.headers.length} columns` }],
      });
    }
    mapping = input.mapping;
  }
  const sheet = part.sheets[det.sheet]!;
  const sourceZone = input.sourceZone ?? DEFAULT_SOURCE_ZONE[source];
  const exportDate = input.exportDate ?? exportDateFromName(file.fileName) ?? file.fileDate;
  const { rows, skipped } = readRows({
    source,
    headers: det.headers,
    mapping,
    rows: sheet.rows.slice(det.headerRow + 1),
    firstLine: det.headerRow + 2,
    clientZone,
    sourceZone,
    exportDate,
    platformHint: input.platform,
  });
  return { fileName: file.fileName, sheet: sheet.name, source, headers: det.headers, mapping, sourceZone, exportDate, rows, skipped };
}
