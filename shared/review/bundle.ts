import { z } from 'zod';
import { FormatId, Id, Instant, LocalDate, PlatformId, Sha256, SlotStatusId } from '../contract/schemas';

/**
 * The review bundle's data (DESIGN.md §7), shared by the core that writes it, the review page
 * that shows it, and the import that reads the client's answer. Everything here is parsed with
 * these schemas wherever it enters (a zip, a pasted text, a downloaded file).
 */

export const BUNDLE_FORMAT = 'rencana-bundle';
export const FEEDBACK_FORMAT = 'rencana-feedback';
export const FORMAT_VERSION = 1;

const Hash = Sha256;
const short = (max: number) => z.string().max(max);

export const BundlePeriod = z.object({ from: LocalDate, to: LocalDate });
export type BundlePeriod = z.infer<typeof BundlePeriod>;

/** `manifest.json` in the zip: what was sent, and the content hash of every post. */
export const BundleManifest = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  bundleId: Id,
  /** Per client and period: v1, v2, … */
  version: z.number().int().min(1),
  client: z.object({ id: Id, name: short(120) }),
  period: BundlePeriod,
  createdAt: Instant,
  appVersion: short(40),
  posts: z.array(z.object({ id: Id, no: z.number().int().min(1), contentHash: Hash })).max(5000),
});
export type BundleManifest = z.infer<typeof BundleManifest>;

/** One visual as the review page shows it: a small inline thumbnail, never the original. */
export const ReviewImage = z.object({
  /** The file's name inside the zip's `assets/` folder. */
  file: short(300),
  kind: z.enum(['image', 'video', 'file']),
  /** `data:image/jpeg;base64,…` (or webp/png); null for a file with no picture. */
  thumb: z.string().max(400_000).nullable(),
});
export type ReviewImage = z.infer<typeof ReviewImage>;

/** What changed since the version the client last approved, for the review page and the PDF. */
export const ReviewChange = z.object({
  approvedAt: Instant,
  /** Field or platform whose text changed, with the approved and the current text. */
  items: z
    .array(
      z.object({
        field: z.union([z.enum(['startsAt', 'format', 'topic', 'visualBrief', 'link', 'assets']), PlatformId]),
        before: short(100_000),
        after: short(100_000),
      }),
    )
    .max(20),
});
export type ReviewChange = z.infer<typeof ReviewChange>;

export const ReviewPost = z.object({
  id: Id,
  no: z.number().int().min(1),
  startsAt: Instant,
  /** Wall-clock date and time in the client's zone, and the zone's short name (WIB, WITA, WIT…). */
  localDate: LocalDate,
  localTime: z.string().regex(/^\d{2}:\d{2}$/),
  zoneLabel: short(40),
  format: FormatId,
  pillar: short(80),
  topic: short(500),
  visualBrief: short(10_000),
  link: short(2048),
  status: SlotStatusId,
  contentHash: Hash,
  variants: z.array(z.object({ platform: PlatformId, plain: short(100_000) })).max(PlatformId.options.length),
  images: z.array(ReviewImage).max(30),
  /** Null when the client never approved this post, or approved exactly this content. */
  changes: ReviewChange.nullable(),
});
export type ReviewPost = z.infer<typeof ReviewPost>;

/** Everything review.html (and the PDF printed from the same HTML) shows; embedded as JSON. */
export const ReviewBundle = BundleManifest.omit({ posts: true }).extend({
  client: z.object({ id: Id, name: short(120), color: z.string().max(7), timezone: short(64) }),
  /** The language the freelancer exported in; the client can switch on the page. */
  language: z.enum(['id', 'en']),
  posts: z.array(ReviewPost).max(5000),
});
export type ReviewBundle = z.infer<typeof ReviewBundle>;

export const DECISIONS = ['approve', 'changes'] as const;
export const Decision = z.enum(DECISIONS);
export type Decision = z.infer<typeof Decision>;

/** `feedback-<bundle id>.json`, and the payload of the `RENCANA-FEEDBACK v1` chat line. */
export const Feedback = z.object({
  format: z.literal(FEEDBACK_FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  bundleId: Id,
  clientId: Id,
  reviewer: short(120),
  note: short(10_000),
  submittedAt: Instant,
  decisions: z
    .array(
      z.object({
        postId: Id,
        /** The content hash the client saw; an approval counts only while it still matches. */
        contentHash: Hash,
        decision: Decision.nullable(),
        comment: short(10_000),
      }),
    )
    .max(5000),
});
export type Feedback = z.infer<typeof Feedback>;
