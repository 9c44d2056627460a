import { z } from 'zod';
import { FilePath, FormatId, Id, LocalDate, PlatformId, SlotStatusId } from './schemas';
import { WallClock } from './planning';
import { SHEET_FIELDS } from '../epSheet/fields';

/**
 * Contract methods of the EP table (issue 11): bulk actions, planning in bulk (paste, fill from
 * cadence, copy last month) and the import of an existing EP spreadsheet; each of them undoable
 * in one step. Spread into `contract` in methods.ts.
 */

const text = (max: number) => z.string().max(max);
const Month = z.string().length(7).regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must look like 2027-02');

export const ColumnTarget = z.enum([...SHEET_FIELDS, 'ignore']);

export const PROBLEM_CODES = [
  'date_missing',
  'date_unreadable',
  'date_from_above',
  'year_guessed',
  'weekday_mismatch',
  'time_missing',
  'time_unreadable',
  'platform_missing',
  'platform_unknown',
  'format_unknown',
  'status_unknown',
  'status_not_imported',
  'campaign_unknown',
  'too_long',
] as const;

/** What is wrong with one cell of a row; an 'error' keeps the row out of the import. */
export const RowProblem = z.object({
  field: z.enum(SHEET_FIELDS),
  code: z.enum(PROBLEM_CODES),
  severity: z.enum(['error', 'warning', 'info']),
  /** The cell's text (cut to 200 characters) or the value used instead. */
  value: text(200).optional(),
});
export type RowProblem = z.infer<typeof RowProblem>;

/** Statuses a post can be created in (the later ones need the client's decision or a post link). */
export const NewPostStatus = z.enum(['idea', 'draft', 'in_review', 'sent', 'changes_requested']);

/** One row of a sheet as read, before it becomes (part of) a post. */
export const SheetRow = z.object({
  /** 1-based row number in the sheet, as the spreadsheet shows it. */
  row: z.number().int().min(1),
  date: LocalDate.nullable(),
  time: WallClock,
  platforms: z.array(PlatformId),
  format: FormatId,
  pillar: text(80),
  topic: text(500),
  visualBrief: text(10_000),
  caption: text(90_000),
  hashtags: text(9_000),
  link: text(2048),
  pic: text(120),
  status: NewPostStatus,
  campaignId: Id.nullable(),
  problems: z.array(RowProblem),
  ok: z.boolean(),
});
export type SheetRow = z.infer<typeof SheetRow>;

/** A post to create: wall-clock date and time in the client's zone, copy per platform. */
export const PlannedPost = z.object({
  /** The sheet rows (or source posts) it comes from, for the preview. */
  rows: z.array(z.number().int()).max(50).default([]),
  date: LocalDate,
  time: WallClock,
  format: FormatId,
  pillar: text(80),
  topic: text(500),
  visualBrief: text(10_000),
  link: text(2048),
  pic: text(120),
  status: NewPostStatus,
  campaignId: Id.nullable(),
  cadenceId: Id.nullable(),
  variants: z.array(z.object({ platform: PlatformId, plain: text(100_000) })).max(PlatformId.options.length),
});
export type PlannedPost = z.infer<typeof PlannedPost>;

export const BulkAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('status'), status: SlotStatusId }),
  z.object({ kind: z.literal('shift'), days: z.number().int().min(-366).max(366) }),
  z.object({ kind: z.literal('moveTo'), date: LocalDate }),
  z.object({ kind: z.literal('campaign'), campaignId: Id.nullable() }),
  z.object({ kind: z.literal('pillar'), pillar: text(80) }),
  z.object({ kind: z.literal('pic'), pic: text(120) }),
  z.object({ kind: z.literal('duplicate'), to: z.enum(['nextWeek', 'nextMonth']) }),
  z.object({ kind: z.literal('delete') }),
]);
export type BulkAction = z.infer<typeof BulkAction>;

/** A post the core would not change, with the error it gave (code, words, facts for the message). */
export const Refusal = z.object({
  id: Id,
  code: z.string().max(60),
  message: text(500),
  details: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Refusal = z.infer<typeof Refusal>;

export const BATCH_KINDS = ['bulk', 'paste', 'cadence', 'copyMonth', 'import'] as const;

export const ImportPreview = z.object({
  fileName: text(300),
  kind: z.enum(['xlsx', 'csv']),
  sheet: text(200),
  /** 1-based row of the header, under any title rows. */
  headerRow: z.number().int().min(1),
  headers: z.array(text(500)),
  mapping: z.array(ColumnTarget),
  rows: z.array(SheetRow),
  emptyRows: z.number().int().nonnegative(),
  /** Posts the rows make (one-row-per-platform rows join one post). */
  posts: z.number().int().nonnegative(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

const importInput = z.object({
  /** A file on this machine (the app's file picker, or one staged with `epImport.stage`). */
  path: FilePath,
  clientId: Id,
  /** What each column of the sheet feeds, as the user corrected it. */
  mapping: z.array(ColumnTarget).max(500).optional(),
});

/** Largest spreadsheet the import reads. */
export const MAX_IMPORT_BYTES = 15 * 1024 * 1024;

export const epTableMethods = {
  /** One action on many posts; what the core refuses for a post is reported, the rest applied. */
  'epTable.bulk': {
    input: z.object({ ids: z.array(Id).min(1).max(5000), action: BulkAction }),
    output: z.object({ batchId: Id.nullable(), changed: z.array(Id), created: z.array(Id), refused: z.array(Refusal) }),
  },
  /** Creates previewed posts (pasted rows, cadence fill, last month's copy) as one undoable batch. */
  'epTable.createPosts': {
    input: z.object({ clientId: Id, kind: z.enum(['paste', 'cadence', 'copyMonth']), posts: z.array(PlannedPost).min(1).max(5000) }),
    output: z.object({ batchId: Id, slotIds: z.array(Id) }),
  },
  /** Takes back a bulk action or a batch of created posts, in one step. */
  'epTable.undo': {
    input: z.object({ batchId: Id }),
    output: z.object({ batchId: Id, kind: z.enum(BATCH_KINDS), restored: z.number().int() }),
  },
  /** Draft posts at every cadence slot of the month, up to the package, skipping what exists. */
  'epTable.cadencePreview': {
    input: z.object({ clientId: Id, month: Month }),
    output: z.object({ posts: z.array(PlannedPost), existing: z.number().int(), overPackage: z.number().int() }),
  },
  /** The structure of one month (weekday, time, platforms, pillar, format) laid on another, no copy. */
  'epTable.copyMonthPreview': {
    input: z.object({ clientId: Id, fromMonth: Month, toMonth: Month }),
    output: z.object({ posts: z.array(PlannedPost), source: z.number().int(), noSuchDay: z.number().int() }),
  },

  /** Keeps a file picked in the browser in the data folder, for `epImport.preview`. */
  'epImport.stage': {
    input: z.object({ name: z.string().min(1).max(255), dataBase64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 8) }),
    output: z.object({ path: z.string() }),
  },
  'epImport.preview': { input: importInput, output: ImportPreview },
  'epImport.apply': {
    input: importInput,
    output: z.object({ importId: Id, created: z.number().int(), skippedRows: z.number().int() }),
  },
  'epImport.undo': { input: z.object({ importId: Id }), output: z.object({ importId: Id, removed: z.number().int() }) },
} as const;
