import type { Format, Platform } from '../domain/platforms';
import type { SlotStatus } from '../domain/status';
import type { NewPostStatus } from '../contract/epTable';
import type { PlannedPost, RowProblem, SheetRow } from '../contract/epTable';
import { SHEET_FIELDS, detectHeaderRow, mapHeaders, type ColumnTarget, type SheetField } from './fields';
import { cellText, readDate, readFormat, readPlatforms, readStatus, readTime, readWeekday, weekdayOf, type SheetCell } from './values';

export interface ParseOptions {
  /** For dates written without a year ("Senin, 1 Februari"). */
  fallbackYear: number;
  /** For rows with no readable time. */
  defaultTime: string;
  /** For rows that name no platform: the copy needs one to live on. */
  defaultPlatform: Platform;
  /** The columns as the user corrected them; otherwise mapped from the header row. */
  mapping?: readonly ColumnTarget[];
  /** The grid has no header row (rows pasted from a sheet): `mapping` says what each column is. */
  headerless?: boolean;
  /** The client's campaigns, matched by name. */
  campaigns?: ReadonlyArray<{ id: string; name: string }>;
}

export interface ParsedSheet {
  /** Index of the header row in the grid (0-based), or -1 for a headerless paste. */
  headerRow: number;
  headers: string[];
  mapping: ColumnTarget[];
  rows: SheetRow[];
  /** Rows with nothing in them between the header and the last row, left out. */
  emptyRows: number;
  posts: PlannedPost[];
}

/** Limits of the post's fields (shared/contract/schemas.ts); longer text is cut with a warning. */
const LIMITS: Partial<Record<SheetField, number>> = { topic: 500, pillar: 80, pic: 120, visual: 10_000, link: 2048, caption: 90_000, hashtags: 9_000 };
/** Statuses a post can be created in; the later ones need the client's decision or a post link. */
const IMPORTABLE: ReadonlySet<SlotStatus> = new Set(['idea', 'draft', 'in_review', 'sent', 'changes_requested']);
type NewStatus = (typeof NewPostStatus)['options'][number];

const normalizeName = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Hashtags as written, or words given without '#' turned into tags. */
export function normalizeHashtags(text: string): string {
  const t = text.trim();
  if (!t || /[#＃]/u.test(t)) return t;
  return t
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((w) => `#${w}`)
    .join(' ');
}

/** The text to paste on the platform: the caption, then the hashtags unless it carries them. */
export function composeCopy(caption: string, hashtags: string): string {
  const c = caption.trim();
  const h = normalizeHashtags(hashtags);
  if (!h) return c;
  const tags = h.split(/\s+/).filter((w) => w.startsWith('#'));
  if (tags.length > 0 && tags.every((tag) => c.includes(tag))) return c;
  return c ? `${c}\n\n${h}` : h;
}

/**
 * Reads an EP sheet (a grid of cells as the spreadsheet gives them) into rows with their problems
 * and the posts they make: finds the header under any title rows, maps its columns, reads each
 * date, time and platform as people write them, fills a date down from the row above (merged
 * cells, or a date written once per day), and joins one-row-per-platform rows into one post.
 */
export function parseSheet(grid: readonly (readonly SheetCell[])[], opts: ParseOptions): ParsedSheet | null {
  const headerRow = opts.headerless ? -1 : detectHeaderRow(grid.map((r) => r.map(cellText)));
  if (headerRow < 0 && !opts.headerless) return null;
  const headers = headerRow >= 0 ? grid[headerRow]!.map((c) => cellText(c).trim()) : [];
  const width = Math.max(headers.length, ...grid.slice(headerRow + 1).map((r) => r.length), opts.mapping?.length ?? 0);
  const auto = mapHeaders(headers);
  const mapping: ColumnTarget[] = Array.from({ length: width }, (_, i) => opts.mapping?.[i] ?? (opts.mapping ? 'ignore' : (auto[i] ?? 'ignore')));
  const columnOf = new Map<SheetField, number>();
  mapping.forEach((f, i) => {
    if (f !== 'ignore' && !columnOf.has(f)) columnOf.set(f, i);
  });
  const campaigns = new Map((opts.campaigns ?? []).map((c) => [normalizeName(c.name), c.id]));

  const rows: SheetRow[] = [];
  let emptyRows = 0;
  let gap = 0; // empty rows count only between rows, not trailing after the last one
  let lastDate: string | null = null;
  for (let r = headerRow + 1; r < grid.length; r++) {
    const cells = grid[r]!;
    const cell = (f: SheetField): SheetCell => {
      const i = columnOf.get(f);
      return i === undefined ? null : (cells[i] ?? null);
    };
    const text = (f: SheetField) => cellText(cell(f)).trim();
    const filled = SHEET_FIELDS.filter((f) => f !== 'no' && f !== 'day' && f !== 'notes').some((f) => text(f) !== '');
    if (!filled) {
      gap++;
      continue;
    }
    emptyRows += gap;
    gap = 0;
    const problems: RowProblem[] = [];
    const problem = (field: SheetField, code: RowProblem['code'], severity: RowProblem['severity'], value?: string) =>
      problems.push(value === undefined ? { field, code, severity } : { field, code, severity, value: value.slice(0, 200) });
    const limited = (f: SheetField, value: string) => {
      const max = LIMITS[f];
      if (max !== undefined && value.length > max) {
        problem(f, 'too_long', 'warning', String(value.length));
        return value.slice(0, max);
      }
      return value;
    };

    // Date, or the date of the row above when this one leaves it empty.
    let date: string | null = null;
    const rawDate = cell('date');
    if (rawDate === null || text('date') === '') {
      if (lastDate) {
        date = lastDate;
        problem('date', 'date_from_above', 'info');
      } else problem('date', 'date_missing', 'error');
    } else {
      const d = readDate(rawDate, opts.fallbackYear);
      date = d.date;
      if (!date) problem('date', 'date_unreadable', 'error', text('date'));
      if (d.yearGuessed) problem('date', 'year_guessed', 'warning', String(opts.fallbackYear));
      if (d.weekdayMismatch) problem('date', 'weekday_mismatch', 'warning', text('date'));
    }
    if (date && text('day')) {
      const named = readWeekday(text('day'));
      if (named !== null && named !== weekdayOf(date)) problem('day', 'weekday_mismatch', 'warning', text('day'));
    }
    if (date) lastDate = date;

    let time = readTime(cell('time'));
    if (!time) {
      if (text('time')) problem('time', 'time_unreadable', 'warning', text('time'));
      else if (columnOf.has('time')) problem('time', 'time_missing', 'info', opts.defaultTime);
      time = opts.defaultTime;
    }

    const p = readPlatforms(text('platform'));
    for (const u of p.unknown) problem('platform', 'platform_unknown', 'warning', u);
    let platforms = p.platforms;
    if (platforms.length === 0) {
      platforms = [opts.defaultPlatform];
      if (p.unknown.length === 0) problem('platform', 'platform_missing', 'warning', opts.defaultPlatform);
    }

    let format: Format = 'feed';
    const f = readFormat(text('format'));
    if (f) format = f;
    else if (p.format) format = p.format;
    else if (text('format')) problem('format', 'format_unknown', 'warning', text('format'));

    let status: NewStatus = 'draft';
    if (text('status')) {
      const s = readStatus(text('status'));
      if (!s) problem('status', 'status_unknown', 'warning', text('status'));
      else if (!IMPORTABLE.has(s)) problem('status', 'status_not_imported', 'warning', s);
      else status = s as NewStatus;
    }

    let campaignId: string | null = null;
    if (text('campaign')) {
      campaignId = campaigns.get(normalizeName(text('campaign'))) ?? null;
      if (!campaignId) problem('campaign', 'campaign_unknown', 'warning', text('campaign'));
    }

    rows.push({
      row: r + 1,
      date,
      time,
      platforms,
      format,
      pillar: limited('pillar', text('pillar')),
      topic: limited('topic', text('topic')),
      visualBrief: limited('visual', cellText(cell('visual')).trim()),
      caption: limited('caption', cellText(cell('caption')).trim()),
      hashtags: limited('hashtags', text('hashtags')),
      link: limited('link', text('link')),
      pic: limited('pic', text('pic')),
      status,
      campaignId,
      problems,
      ok: !problems.some((x) => x.severity === 'error'),
    });
  }
  return { headerRow, headers, mapping, rows, emptyRows, posts: groupPosts(rows) };
}

/**
 * One post per row, except that rows for other platforms of the same post (same day, time,
 * topic and format: the one-row-per-platform layout) join it, each bringing its own copy.
 */
export function groupPosts(rows: readonly SheetRow[]): PlannedPost[] {
  const posts: PlannedPost[] = [];
  const open = new Map<string, PlannedPost>();
  for (const r of rows) {
    if (!r.ok || !r.date) continue;
    const plain = composeCopy(r.caption, r.hashtags);
    const key = r.topic ? `${r.date}|${r.time}|${r.format}|${normalizeName(r.topic)}` : null;
    const existing = key ? open.get(key) : undefined;
    if (existing && r.platforms.every((p) => !existing.variants.some((v) => v.platform === p))) {
      existing.rows.push(r.row);
      for (const platform of r.platforms) existing.variants.push({ platform, plain });
      existing.visualBrief ||= r.visualBrief;
      existing.link ||= r.link;
      existing.pic ||= r.pic;
      existing.pillar ||= r.pillar;
      continue;
    }
    const post: PlannedPost = {
      rows: [r.row],
      date: r.date,
      time: r.time,
      format: r.format,
      pillar: r.pillar,
      topic: r.topic,
      visualBrief: r.visualBrief,
      link: r.link,
      pic: r.pic,
      status: r.status,
      campaignId: r.campaignId,
      cadenceId: null,
      variants: r.platforms.map((platform) => ({ platform, plain })),
    };
    posts.push(post);
    if (key) open.set(key, post);
  }
  return posts;
}
