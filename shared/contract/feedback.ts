import { z } from 'zod';
import { FormatId, Id, Instant, LocalDate, PlatformId, SlotStatusId } from './schemas';
import { Decision, Feedback } from '../review/bundle';

/**
 * Contract methods of the feedback import (issue 9 item 7, DESIGN.md §7): the client's answer
 * to a review bundle comes back as the downloaded JSON, the pasted chat text, or the edited
 * XLSX (alone or in the zip); it is previewed, applied in one transaction, and undoable.
 * Spread into `contract` in methods.ts.
 */

export const FEEDBACK_SOURCES = ['json', 'text', 'xlsx'] as const;
export const FeedbackSource = z.enum(FEEDBACK_SOURCES);
export type FeedbackSource = z.infer<typeof FeedbackSource>;

/**
 * Why a feedback file or text is refused as a whole (error `feedback_rejected`, details
 * `{ reason, … }`); nothing is written then.
 */
export const FEEDBACK_REJECTIONS = [
  /** Not a feedback file, text, sheet or bundle zip at all. */
  'not_feedback',
  /** The pasted text has no `RENCANA-FEEDBACK v1` line. */
  'no_line',
  /** The machine line's checksum does not match: it was cut or changed on the way. */
  'checksum',
  /** JSON that does not parse or does not have the feedback's shape. */
  'malformed',
  /** A bundle this app never exported (another computer, or deleted). */
  'unknown_bundle',
  /** The feedback names another client than the bundle's. */
  'other_client',
  /** A post the bundle did not contain. */
  'unknown_post',
  /** A content hash other than the one sent: the file was edited. */
  'hash_mismatch',
  /** A sheet cell in the Keputusan column that is neither Setuju nor Revisi; details `{ row, value }`. */
  'bad_decision',
  /** A zip entry with `..`, an absolute path or a drive letter; details `{ name }`. */
  'unsafe_zip',
  /** A file or zip entry over the size limit, or a zip that expands too much; details `{ name, maxMb }`. */
  'too_large',
  /** The file cannot be read (missing, damaged); details `{ name }`. */
  'unreadable',
  /** This very feedback is already applied (undo that import first); details `{ importId, at }`. */
  'already_imported',
] as const;
export type FeedbackRejection = (typeof FEEDBACK_REJECTIONS)[number];

/** Where the feedback comes from: a file on this machine (JSON, XLSX or the bundle zip), or pasted text. */
export const FeedbackInput = z.union([
  z.object({ path: z.string().trim().min(1).max(4096) }).strict(),
  z.object({ text: z.string().min(1).max(2_000_000) }).strict(),
]);

/** A post's content as the side-by-side view shows it. */
export const ContentView = z.object({
  startsAt: Instant,
  localDate: LocalDate,
  localTime: z.string(),
  format: FormatId,
  topic: z.string(),
  visualBrief: z.string(),
  link: z.string(),
  variants: z.array(z.object({ platform: PlatformId, plain: z.string() })),
  assetCount: z.number().int().nonnegative(),
});
export type ContentView = z.infer<typeof ContentView>;

/**
 * What applying does to one post: `approve` / `changes` move its status (and record the
 * approval), `comment` only adds the client's comment, `unchanged` nothing; `conflict` — the post
 * was edited since the bundle — and `missing` (deleted since) keep the post as it is (a comment
 * still joins its history); `skipped` when the status machine refuses the move (`reason`).
 */
export const FEEDBACK_OUTCOMES = ['approve', 'changes', 'comment', 'unchanged', 'conflict', 'missing', 'skipped'] as const;
export const FeedbackOutcome = z.enum(FEEDBACK_OUTCOMES);
export type FeedbackOutcome = z.infer<typeof FeedbackOutcome>;

export const FeedbackItem = z.object({
  postId: Id,
  no: z.number().int().min(1),
  topic: z.string(),
  decision: Decision.nullable(),
  comment: z.string(),
  outcome: FeedbackOutcome,
  /** The refusal reason of a `skipped` post (shared/domain/status). */
  reason: z.string().nullable(),
  status: SlotStatusId.nullable(),
  /** For conflicts: what the client saw, and what the post is now. */
  sent: ContentView.nullable(),
  now: ContentView.nullable(),
});
export type FeedbackItem = z.infer<typeof FeedbackItem>;

const counts = z.object(Object.fromEntries(FEEDBACK_OUTCOMES.map((o) => [o, z.number().int().nonnegative()])) as Record<FeedbackOutcome, z.ZodNumber>);
export type FeedbackCounts = z.infer<typeof counts>;

export const FeedbackBundleInfo = z.object({
  bundleId: Id,
  version: z.number().int(),
  clientId: Id,
  clientName: z.string(),
  from: LocalDate,
  to: LocalDate,
  exportedAt: Instant,
});

export const FeedbackPreview = z.object({
  source: FeedbackSource,
  /** The file's name (empty for pasted text). */
  fileName: z.string(),
  bundle: FeedbackBundleInfo,
  /** The validated feedback, handed back to `feedback.apply` as it is. */
  feedback: Feedback,
  counts,
  items: z.array(FeedbackItem),
  /** Set when this same feedback is already applied (and not undone). */
  alreadyImported: z.object({ importId: Id, at: Instant }).nullable(),
});
export type FeedbackPreview = z.infer<typeof FeedbackPreview>;

export const FeedbackImport = z.object({
  id: Id,
  bundleId: Id,
  clientId: Id,
  source: FeedbackSource,
  fileName: z.string(),
  reviewer: z.string(),
  note: z.string(),
  submittedAt: Instant,
  counts,
  createdAt: Instant,
  undoneAt: Instant.nullable(),
});
export type FeedbackImport = z.infer<typeof FeedbackImport>;

export const feedbackMethods = {
  /** Reads and checks the feedback, and says what applying it would do; writes nothing. */
  'feedback.preview': { input: FeedbackInput, output: FeedbackPreview },
  /** Applies a previewed feedback in one transaction and records the import. */
  'feedback.apply': {
    input: z.object({ feedback: Feedback, source: FeedbackSource, fileName: z.string().max(300).default('') }),
    output: FeedbackImport.extend({ items: z.array(FeedbackItem) }),
  },
  /** Undoes an import: statuses back where they were, its approvals revoked and its comments removed. */
  'feedback.undo': {
    input: z.object({ importId: Id }),
    output: z.object({
      import: FeedbackImport,
      /** Posts whose status had moved on since the import: left as they are. */
      kept: z.array(z.object({ postId: Id, status: SlotStatusId })),
    }),
  },
  /** Imports, newest first; one bundle's, or every bundle's. */
  'feedback.list': { input: z.object({ bundleId: Id.optional() }), output: z.array(FeedbackImport) },
} as const;
