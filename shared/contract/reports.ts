import { z } from 'zod';
import { FilePath, FolderPath, Id, Instant, LocalDate, PlatformId, TimeZone } from './schemas';
import { ER_BASES, FIELDS, METRIC_FIELDS, METRIC_PLATFORMS, SOURCES } from '../metrics/fields';
import { ROW_PROBLEMS } from '../metrics/rows';
import { KPI_KEYS } from '../reports/kpi';

/**
 * Reports (issue 14): metrics imported from the platforms' own exports, matched to posts, KPI
 * against the campaigns' targets, the best-time heat map and the monthly report export.
 * Spread into `contract` in methods.ts.
 */

export const MetricPlatformId = z.enum(METRIC_PLATFORMS);
export const MetricsNumbers = z.partialRecord(z.enum(METRIC_FIELDS), z.number());

/** How the user tells the importer to read a file: all optional, the file decides otherwise. */
const ImportOptions = z.object({
  path: FilePath,
  clientId: Id,
  /** The source picked by hand when detection chose wrong. */
  source: z.enum(SOURCES).optional(),
  /** The field each column means, in column order; null ignores the column. */
  mapping: z.array(z.enum(FIELDS).nullable()).max(200).optional(),
  /** The zone the file writes times in (Meta: US Pacific unless the user says otherwise). */
  sourceZone: TimeZone.optional(),
  /** The day the file was exported, for dates written without a year (TikTok). */
  exportDate: LocalDate.optional(),
  /** Platform of Meta rows the file does not tell apart. */
  platform: MetricPlatformId.optional(),
});

const RowProblem = z.object({ code: z.enum(ROW_PROBLEMS), column: z.string().optional(), value: z.string().optional() });
export const PreviewRow = z.object({
  line: z.number().int(),
  platform: MetricPlatformId,
  externalId: z.string(),
  url: z.string(),
  caption: z.string(),
  publishedAt: Instant.nullable(),
  date: LocalDate.nullable(),
  metrics: MetricsNumbers,
  problems: z.array(RowProblem),
  ok: z.boolean(),
  /** 'new' or 'update' (the post is already imported); null when the row cannot be imported. */
  effect: z.enum(['new', 'update']).nullable(),
  /** The post it will be matched to, if any. */
  match: z.object({ slotId: Id, kind: z.enum(['url', 'auto', 'manual']), topic: z.string() }).nullable(),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const MetricsPreview = z.object({
  fileName: z.string(),
  sheet: z.string(),
  source: z.enum(SOURCES),
  headers: z.array(z.object({ name: z.string(), field: z.enum(FIELDS).nullable() })),
  /** Headers no alias knew: the user may map them by hand. */
  unknownHeaders: z.array(z.string()),
  sourceZone: z.string(),
  exportDate: LocalDate,
  rows: z.array(PreviewRow),
  counts: z.object({
    rows: z.number().int(),
    ok: z.number().int(),
    withProblems: z.number().int(),
    skipped: z.number().int(),
    new: z.number().int(),
    updated: z.number().int(),
    matched: z.number().int(),
  }),
  period: z.object({ from: LocalDate, to: LocalDate }).nullable(),
});
export type MetricsPreview = z.infer<typeof MetricsPreview>;

export const ImportSummary = z.object({
  importId: Id,
  added: z.number().int(),
  updated: z.number().int(),
  matched: z.number().int(),
  urlsFilled: z.number().int(),
  markedPosted: z.number().int(),
  /** Matched posts left as they were because the status machine does not let them be "posted" yet. */
  notPosted: z.array(z.object({ slotId: Id, status: z.string() })),
  unmatched: z.number().int(),
});

export const MetricImport = z.object({
  id: Id,
  clientId: Id,
  source: z.enum(SOURCES),
  fileName: z.string(),
  added: z.number().int(),
  updated: z.number().int(),
  matched: z.number().int(),
  periodFrom: LocalDate.nullable(),
  periodTo: LocalDate.nullable(),
  createdAt: Instant,
  undoneAt: Instant.nullable(),
});

export const PostMetric = z.object({
  id: Id,
  platform: MetricPlatformId,
  externalId: z.string(),
  url: z.string(),
  caption: z.string(),
  postType: z.string(),
  publishedAt: Instant.nullable(),
  date: LocalDate,
  metrics: MetricsNumbers,
  engagements: z.number(),
  slotId: Id.nullable(),
  matchKind: z.enum(['url', 'auto', 'manual']).nullable(),
});
export type PostMetric = z.infer<typeof PostMetric>;

const ErBase = z.enum(ER_BASES);
export const ReportSettings = z.object({
  erBase: ErBase,
  followers: z.partialRecord(MetricPlatformId, z.number().int().nonnegative().max(1e10)),
});
export type ReportSettings = z.infer<typeof ReportSettings>;

export const PrimeTime = z.object({
  platform: PlatformId,
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: z.number().int().min(1).max(7),
  time: z.string().length(5).regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  source: z.enum(['manual', 'suggested']),
});
export type PrimeTime = z.infer<typeof PrimeTime>;

export const ReportNotes = z.object({
  summary: z.string().max(20_000),
  insights: z.string().max(20_000),
  nextPlan: z.string().max(20_000),
  leads: z.number().int().nonnegative().max(1e9).nullable(),
});
export type ReportNotes = z.infer<typeof ReportNotes>;

/** A sum over posts, with what goes into the engagement rate. */
export const Totals = z.object({
  posts: z.number().int(),
  metrics: z.record(z.enum(METRIC_FIELDS), z.number()),
  engagements: z.number(),
  /** Engagement rate as a fraction, null when no post reports the denominator. */
  er: z.number().nullable(),
  erNumerator: z.number(),
  erDenominator: z.number(),
});
export type Totals = z.infer<typeof Totals>;

export const KpiRow = z.object({
  /** The target's own words as the user wrote them on the campaign. */
  metric: z.string(),
  /** What Rencana understood it as; null when it is not a measure Rencana can compute. */
  key: z.enum(KPI_KEYS).nullable(),
  unit: z.string(),
  target: z.number(),
  actual: z.number().nullable(),
  /** actual ÷ target, null without an actual. */
  progress: z.number().nullable(),
  /** The formula, as a message key and its numbers (the renderer and the PDF word it). */
  formula: z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }),
});
export type KpiRow = z.infer<typeof KpiRow>;

export const Breakdown = z.array(z.object({ key: z.string(), totals: Totals }));
export const ReportPost = PostMetric.extend({ er: z.number().nullable(), topic: z.string(), pillar: z.string(), format: z.string(), assetHash: z.string().nullable() });
export type ReportPost = z.infer<typeof ReportPost>;

export const HeatCell = z.object({ weekday: z.number().int(), hour: z.number().int(), posts: z.number().int(), avgEngagements: z.number() });
export const Suggestion = z.object({ platform: MetricPlatformId, weekday: z.number().int(), time: z.string(), posts: z.number().int(), avgEngagements: z.number(), adopted: z.boolean() });

export const Report = z.object({
  client: z.object({ id: Id, name: z.string(), timezone: z.string(), color: z.string() }),
  from: LocalDate,
  to: LocalDate,
  previous: z.object({ from: LocalDate, to: LocalDate }),
  settings: ReportSettings,
  totals: Totals,
  previousTotals: Totals,
  byPlatform: Breakdown,
  byPillar: Breakdown,
  byFormat: Breakdown,
  /** Client-month KPI: each target of the campaigns running in the period, against the month. */
  kpis: z.array(KpiRow),
  campaigns: z.array(z.object({ id: Id, name: z.string(), startDate: LocalDate, endDate: LocalDate, color: z.string(), totals: Totals, kpis: z.array(KpiRow) })),
  top: z.array(ReportPost),
  bottom: z.array(ReportPost),
  daily: z.array(z.object({ date: LocalDate, engagements: z.number(), posts: z.number().int() })),
  heatmap: z.object({
    platform: MetricPlatformId.nullable(),
    cells: z.array(HeatCell),
    timedPosts: z.number().int(),
    untimedPosts: z.number().int(),
    thin: z.boolean(),
    minPosts: z.number().int(),
  }),
  suggestions: z.array(Suggestion),
  unmatched: z.number().int(),
  notes: ReportNotes,
});
export type Report = z.infer<typeof Report>;

export const reportMethods = {
  'metrics.preview': { input: ImportOptions, output: MetricsPreview },
  'metrics.apply': { input: ImportOptions, output: ImportSummary },
  'metrics.undo': { input: z.object({ importId: Id }), output: MetricImport },
  'metrics.imports': { input: z.object({ clientId: Id }), output: z.array(MetricImport) },
  /** Imported posts of a client in a period; `unmatched` lists only those matched to no post. */
  'metrics.list': {
    input: z.object({ clientId: Id, from: LocalDate, to: LocalDate, unmatched: z.boolean().default(false) }),
    output: z.array(PostMetric),
  },
  /** Matches an imported post to an EP post by hand (slotId null undoes a match). */
  'metrics.match': {
    input: z.object({ metricId: Id, slotId: Id.nullable() }),
    output: z.object({ metric: PostMetric, urlFilled: z.boolean(), markedPosted: z.boolean() }),
  },

  'reports.get': {
    input: z.object({ clientId: Id, from: LocalDate, to: LocalDate, heatmapPlatform: MetricPlatformId.nullable().default(null) }),
    output: Report,
  },
  'reports.saveNotes': {
    input: z.object({ clientId: Id, from: LocalDate, to: LocalDate, notes: ReportNotes }),
    output: ReportNotes,
  },
  'reports.settings': { input: z.object({ clientId: Id }), output: ReportSettings },
  'reports.updateSettings': { input: z.object({ clientId: Id, settings: ReportSettings.partial() }), output: ReportSettings },
  /** Writes the monthly report as PDF or XLSX into `outDir`; returns the file written. */
  'reports.export': {
    input: z.object({
      clientId: Id,
      from: LocalDate,
      to: LocalDate,
      format: z.enum(['pdf', 'xlsx']),
      outDir: FolderPath,
      language: z.enum(['id', 'en']).default('id'),
    }),
    output: z.object({ path: z.string(), bytes: z.number().int() }),
  },

  /** The client's prime times per platform (the calendar and "New post" read these too). */
  'primeTimes.list': { input: z.object({ clientId: Id }), output: z.array(PrimeTime) },
  'primeTimes.add': { input: z.object({ clientId: Id, times: z.array(PrimeTime).min(1).max(50) }), output: z.array(PrimeTime) },
  'primeTimes.remove': {
    input: z.object({ clientId: Id, platform: PlatformId, weekday: z.number().int().min(1).max(7), time: PrimeTime.shape.time }),
    output: z.array(PrimeTime),
  },
} as const;
