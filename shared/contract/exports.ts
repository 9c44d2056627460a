import { z } from 'zod';
import { FolderPath, FormatId, Id, Instant, LocalDate, PlatformId, SlotStatusId } from './schemas';
import { SLOT_STATUSES } from '../domain/status';

/**
 * Contract methods of the review-bundle export (issue 9, DESIGN.md §7). Spread into `contract`
 * in methods.ts. Periods are the client's local dates, both ends included.
 */

export { FolderPath };

/** By default every post except bare ideas goes to the client. */
export const DEFAULT_EXPORT_STATUSES = SLOT_STATUSES.filter((s) => s !== 'idea');
/** The longest period one bundle covers. */
export const MAX_EXPORT_DAYS = 93;

const periodShape = {
  clientId: Id,
  from: LocalDate,
  to: LocalDate,
  statuses: z.array(SlotStatusId).min(1).max(SLOT_STATUSES.length).optional(),
};
/** Both ends in order, and not longer than a bundle covers. */
function checked<T extends z.ZodType<{ from: string; to: string }>>(schema: T) {
  return schema
    .refine((p) => p.to >= p.from, { message: 'end date is before start date', path: ['to'] })
    .refine((p) => Date.parse(p.to) - Date.parse(p.from) < MAX_EXPORT_DAYS * 86_400_000, {
      message: `at most ${MAX_EXPORT_DAYS} days`,
      path: ['to'],
    });
}
const period = checked(z.object(periodShape));

/** One post as the export dialog lists it, with what needs a look before sending. */
export const ExportPreviewPost = z.object({
  id: Id,
  no: z.number().int().min(1),
  startsAt: Instant,
  localDate: LocalDate,
  localTime: z.string(),
  topic: z.string(),
  format: FormatId,
  status: SlotStatusId,
  platforms: z.array(PlatformId),
  /** Platforms whose copy has an error-level issue (too long, banned word, …). */
  errorPlatforms: z.array(PlatformId),
  /** No variant, or every variant empty. */
  noCopy: z.boolean(),
  assets: z.number().int().nonnegative(),
});
export type ExportPreviewPost = z.infer<typeof ExportPreviewPost>;

export const ExportPreview = z.object({
  clientId: Id,
  clientName: z.string(),
  from: LocalDate,
  to: LocalDate,
  posts: z.array(ExportPreviewPost),
  totals: z.object({
    posts: z.number().int(),
    variants: z.number().int(),
    withErrors: z.number().int(),
    withoutCopy: z.number().int(),
    assets: z.number().int(),
  }),
  /** The version this period's next bundle gets, and the zip's file name. */
  nextVersion: z.number().int().min(1),
  zipName: z.string(),
  /** Where the last bundle for this client went, else `<home>/Rencana/Ekspor`. */
  suggestedOutDir: z.string(),
});
export type ExportPreview = z.infer<typeof ExportPreview>;

export const ExportResult = z.object({
  bundleId: Id,
  version: z.number().int().min(1),
  zipPath: z.string(),
  reviewPath: z.string(),
  /** How many posts went into the bundle. */
  posts: z.number().int().nonnegative(),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const ExportSummary = z.object({
  bundleId: Id,
  clientId: Id,
  clientName: z.string(),
  from: LocalDate,
  to: LocalDate,
  version: z.number().int().min(1),
  language: z.enum(['id', 'en']),
  createdAt: Instant,
  zipPath: z.string(),
  reviewPath: z.string(),
  /** The zip is still where it was written. */
  zipExists: z.boolean(),
  posts: z.number().int().nonnegative(),
  /** From the posts' current statuses. */
  counts: z.object({
    approved: z.number().int().nonnegative(),
    changesRequested: z.number().int().nonnegative(),
    waiting: z.number().int().nonnegative(),
  }),
});
export type ExportSummary = z.infer<typeof ExportSummary>;

export const exportMethods = {
  'exports.preview': { input: period, output: ExportPreview },
  'exports.create': {
    input: checked(
      z.object({
        ...periodShape,
        outDir: FolderPath,
        /** Chosen by the caller so it can follow `export.progress` and cancel before the call returns. */
        jobId: Id.optional(),
        /** Language of the PDF, the XLSX and the page's first view; the UI's language by default. */
        language: z.enum(['id', 'en']).optional(),
      }),
    ),
    output: ExportResult,
  },
  'exports.cancel': {
    input: z.object({ jobId: Id }),
    output: z.object({ cancelled: z.boolean() }),
  },
  'exports.list': {
    input: z.object({ clientId: Id.optional() }),
    output: z.array(ExportSummary),
  },
} as const;
