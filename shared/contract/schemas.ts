import { z } from './zod';
import { FORMATS, PLATFORMS } from '../domain/platforms';
import { NEW_SLOT_STATUSES, SLOT_STATUSES } from '../domain/status';
import { isValidTimeZone } from '../domain/time';
import { MOMENT_KINDS } from '../holidays/types';

/** Building blocks shared by the contract's methods. */

/**
 * Text as the contract accepts it: well-formed UTF-16 (a lone surrogate half cannot be stored
 * as UTF-8 and would come back altered) and never longer than `max`. Every text field is built
 * from this, so a new field gets both rules by construction.
 */
export const LONE_SURROGATE = /[\uD800-\uDFFF]/u; // with the u flag only unpaired halves match
export const isWellFormed = (s: string) => !LONE_SURROGATE.test(s);
const wellFormed = { message: 'text contains a broken character (an unpaired surrogate)' };
export const text = (max: number) => z.string().max(max).refine(isWellFormed, wellFormed);
/** Trimmed, non-empty text of at most `max` characters. */
export const name = (max = 120) => z.string().trim().min(1).max(max).refine(isWellFormed, wellFormed);

/** Dates the app can mean: a plan or a report, not year 0000 or 9999. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
const saneYear = (iso: string) => {
  const y = Number(iso.slice(0, 4));
  return y >= MIN_YEAR && y <= MAX_YEAR;
};
const yearRange = { message: `year must be between ${MIN_YEAR} and ${MAX_YEAR}` };

export const Id = z.string().min(1).max(64).refine(isWellFormed, wellFormed);
export const LocalDate = z.iso.date().max(10).refine(saneYear, yearRange); // 'YYYY-MM-DD', a calendar day with no time zone
export const Instant = z.iso.datetime({ offset: false }).max(40).refine(saneYear, yearRange); // UTC, ends in Z
/** A year number for holiday decisions and reports. */
export const Year = z.number().int().min(MIN_YEAR).max(MAX_YEAR);
/** An amount or a target: finite, and small enough to stay exact in a double. */
export const Amount = z.number().finite().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
/** A rich-text document (TipTap JSON): at most this many characters once serialised. */
export const MAX_DOC_CHARS = 512 * 1024;
export const Doc = z
  .json()
  .nullable()
  .refine((d) => d === null || JSON.stringify(d).length <= MAX_DOC_CHARS, { message: `document larger than ${MAX_DOC_CHARS} characters` })
  .meta({ maxChars: MAX_DOC_CHARS });
const noControls = (p: string) => ![...p].some((c) => c.charCodeAt(0) < 0x20);
/** A path on this computer (the app's dialogs give one; web mode asks for it or stages the file). */
export const FilePath = text(4096).trim().min(1).refine(noControls, 'no control characters');
/** An absolute folder on this machine (POSIX, `C:\…` or a `\\server\share` path). */
export const FolderPath = text(1000)
  .trim()
  .min(1)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'an absolute folder path')
  .refine(noControls, 'no control characters');

/** A SHA-256 hex digest (content hashes, stored files). */
export const Sha256 = z.string().length(64).regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest');
export const Color = z.string().max(7).regex(/^#[0-9a-fA-F]{6}$/, 'colour must look like #1a2b3c');
export const TimeZone = text(64).refine(isValidTimeZone, 'unknown time zone');
export const PlatformId = z.enum(PLATFORMS);
export const FormatId = z.enum(FORMATS);
export const SlotStatusId = z.enum(SLOT_STATUSES);


type Defaults<T extends z.ZodRawShape> = { [K in keyof T]?: z.output<T[K]> };
type WithDefaults<T extends z.ZodRawShape, D> = {
  [K in keyof T]: K extends keyof D ? z.ZodDefault<T[K]> : T[K];
};
/**
 * An object schema whose listed fields fall back to a default on create. Patches use the bare
 * shape with `.partial()`: zod 4 applies defaults inside optional fields, which would turn a
 * one-field patch into a reset of every defaulted field.
 */
function withDefaults<T extends z.ZodRawShape, D extends Defaults<T>>(shape: T, defaults: D) {
  const out: Record<string, z.ZodType> = { ...(shape as unknown as Record<string, z.ZodType>) };
  for (const key of Object.keys(defaults)) {
    out[key] = (shape[key] as z.ZodType).default(defaults[key] as never);
  }
  return z.object(out as WithDefaults<T, D>);
}

export const Account = z.object({
  platform: PlatformId,
  handle: name(100),
});
export type Account = z.infer<typeof Account>;

export const PackageItem = z.object({
  platform: PlatformId,
  format: FormatId,
  perMonth: z.number().int().min(1).max(500),
});
export type PackageItem = z.infer<typeof PackageItem>;

const clientShape = {
  name: name(),
  color: Color,
  timezone: TimeZone,
  brandVoice: text(4000),
  audience: text(4000),
  notes: text(10000),
  accounts: z.array(Account).max(50),
  package: z.array(PackageItem).max(50),
  /** Words the brand never uses; the copy checks flag them as whole words. */
  bannedWords: z.array(name(80)).max(200),
  /** Hashtags every post must carry, e.g. '#KopiSenja'. */
  requiredHashtags: z.array(name(100).regex(/^#?[\p{L}\p{N}_]+$/u, 'a hashtag is one word of letters, digits or _')).max(30),
};
/** What a new client starts with; the create schema and the UI's empty form share it. */
export const clientDefaults = () => ({
  timezone: 'Asia/Jakarta',
  brandVoice: '',
  audience: '',
  notes: '',
  accounts: [] as Account[],
  package: [] as PackageItem[],
  bannedWords: [] as string[],
  requiredHashtags: [] as string[],
});
export const ClientFields = withDefaults(clientShape, clientDefaults());
export const ClientPatch = z.object(clientShape).partial();

export const Client = z.object(clientShape).extend({
  id: Id,
  archived: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Client = z.infer<typeof Client>;

export const KpiTarget = z.object({
  metric: name(80),
  target: Amount.nonnegative(),
  unit: text(20),
});

export const CAMPAIGN_STATUSES = ['planned', 'active', 'done', 'cancelled'] as const;

/** A sub-range of a campaign: teaser → launch → sustain. */
export const CampaignPhase = z
  .object({
    name: name(80),
    startDate: LocalDate,
    endDate: LocalDate,
  })
  .refine((p) => p.endDate >= p.startDate, { message: 'end date is before start date', path: ['endDate'] });
export type CampaignPhase = z.infer<typeof CampaignPhase>;

const campaignShape = {
  clientId: Id,
  name: name(),
  objective: text(4000),
  startDate: LocalDate,
  endDate: LocalDate,
  color: Color,
  kpiTargets: z.array(KpiTarget).max(30),
  /** Rupiah, whole. */
  budget: z.number().int().nonnegative().max(1e13).nullable(),
  status: z.enum(CAMPAIGN_STATUSES),
  notes: text(10000),
  mechanics: text(10000),
  phases: z.array(CampaignPhase).max(12),
};
/** What a new campaign starts with; the create schema and the UI's empty form share it. */
export const campaignDefaults = () => ({
  objective: '',
  kpiTargets: [] as Array<z.infer<typeof KpiTarget>>,
  budget: null as number | null,
  status: 'planned' as (typeof CAMPAIGN_STATUSES)[number],
  notes: '',
  mechanics: '',
  phases: [] as CampaignPhase[],
});
const CampaignBase = withDefaults(campaignShape, campaignDefaults());
const rangeInOrder = (c: { startDate: string; endDate: string }) => c.endDate >= c.startDate;
const rangeMessage = { message: 'end date is before start date', path: ['endDate'] };

export const CampaignFields = CampaignBase.refine(rangeInOrder, rangeMessage);
export const Campaign = z.object(campaignShape).extend({
  id: Id,
  archived: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Campaign = z.infer<typeof Campaign>;
export const CampaignPatch = z
  .object(campaignShape)
  .omit({ clientId: true })
  .partial()
  .refine((c) => !c.startDate || !c.endDate || rangeInOrder({ startDate: c.startDate, endDate: c.endDate }), rangeMessage);

export const Variant = z.object({
  platform: PlatformId,
  /** TipTap/ProseMirror JSON document; the core stores it as given. */
  doc: Doc,
  /** Exactly the text to paste on the platform. */
  plain: text(100_000),
});
export type Variant = z.infer<typeof Variant>;

const slotShape = {
  clientId: Id,
  campaignId: Id.nullable(),
  startsAt: Instant,
  pillar: text(80),
  format: FormatId,
  topic: text(500),
  visualBrief: text(10000),
  status: SlotStatusId,
  pic: text(120),
  postUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2048)]),
  /** The CTA link the copy points to (a full URL or a bare domain such as toko.id/promo). */
  link: text(2048),
  /** The weekly cadence this slot fills, if it was created from a placeholder. */
  cadenceId: Id.nullable(),
};
/**
 * A new post. Copy is not part of it: variants are written only through the variants methods,
 * which keep history (one write path). `platforms` starts empty variants for those platforms.
 * A new post starts as an idea, a draft or in review; later statuses come through the machine.
 */
export const SlotFields = withDefaults(
  { ...slotShape, status: z.enum(NEW_SLOT_STATUSES), platforms: z.array(PlatformId).max(PLATFORMS.length) },
  {
    campaignId: null,
    pillar: '',
    format: 'feed',
    topic: '',
    visualBrief: '',
    status: 'draft',
    pic: '',
    postUrl: '',
    link: '',
    cadenceId: null,
    platforms: [],
  },
).strict(); // a caller still sending `variants` gets an error, not silently dropped copy

/** A visual attached to a post, in the post's order (thumbnails come from `assets.thumbs`). */
export const SlotAsset = z.object({
  hash: Sha256,
  name: z.string(),
  kind: z.enum(['image', 'video', 'file']),
  mime: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  size: z.number().int().nonnegative(),
});
export type SlotAsset = z.infer<typeof SlotAsset>;

export const SlotApproval = z.object({
  at: Instant,
  source: z.enum(['client', 'outside']),
  /** The content hash the approval was given for. */
  contentHash: z.string(),
});

export const Slot = z.object(slotShape).extend({
  id: Id,
  /** The client's IANA zone at the time the slot was saved; the UI shows the time there. */
  timezone: text(64),
  variants: z.array(Variant).max(PLATFORMS.length),
  /** SHA-256 of the content a client approves (shared/review/contentHash.ts). */
  contentHash: z.string(),
  /** The latest approval, or null. */
  approval: SlotApproval.nullable(),
  /** The content differs from what was approved. */
  changedSinceApproval: z.boolean(),
  assets: z.array(SlotAsset),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Slot = z.infer<typeof Slot>;
export const SlotPatch = z.strictObject(slotShape).omit({ clientId: true }).partial();

export const Settings = z.object({
  language: z.enum(['id', 'en']).nullable(),
  theme: z.enum(['light', 'dark', 'auto']),
  /** Holiday/moment kinds the user never wants to see (shared/holidays MOMENT_KINDS). */
  hiddenMomentKinds: z.array(z.enum(MOMENT_KINDS)).max(MOMENT_KINDS.length),
});
export type Settings = z.infer<typeof Settings>;
