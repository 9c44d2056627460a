import {
  cellSelectionFeature,
  columnFilteringFeature,
  columnOrderingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  rowSelectionFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { SLOT_STATUSES, STATUS_COLORS } from '../../../../shared/domain/status';
import type { SheetField } from '../../../../shared/epSheet/fields';
import { zoneLabel } from '../../../../shared/domain/time';
import { remembered } from '../../ui/remembered';
import { captionOf, checkOf, hashtagsOf, platformText, type CheckSummary, type EpRow } from './rows';

/** The TanStack Table features the EP table uses: each registered once, here. */
export const features = tableFeatures({
  columnOrderingFeature,
  columnVisibilityFeature,
  columnSizingFeature,
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { includesString: filterFn_includesString },
  rowSelectionFeature,
  cellSelectionFeature,
});
export type Features = typeof features;

/** The EP's columns in their familiar order (DESIGN.md §7); `week` is for grouping only. */
export const COLUMN_IDS = ['no', 'client', 'date', 'time', 'platform', 'pillar', 'format', 'topic', 'visual', 'caption', 'hashtags', 'link', 'pic', 'status', 'campaign', 'check', 'comments'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export type EditKind = 'text' | 'textarea' | 'date' | 'time' | 'status' | 'format' | 'campaign';

interface ColumnInfo {
  size: number;
  /** How the cell is edited in place; none: opens the post (copy) or is read-only. */
  edit?: EditKind;
  /** What a pasted column in this position fills. */
  field: SheetField | 'ignore';
}
export const COLUMN_INFO: Record<ColumnId, ColumnInfo> = {
  no: { size: 64, field: 'no' },
  client: { size: 130, field: 'ignore' },
  date: { size: 150, edit: 'date', field: 'date' },
  time: { size: 92, edit: 'time', field: 'time' },
  platform: { size: 140, field: 'platform' },
  pillar: { size: 110, edit: 'text', field: 'pillar' },
  format: { size: 100, edit: 'format', field: 'format' },
  topic: { size: 220, edit: 'text', field: 'topic' },
  visual: { size: 200, edit: 'textarea', field: 'visual' },
  caption: { size: 260, field: 'caption' },
  hashtags: { size: 160, field: 'hashtags' },
  link: { size: 150, edit: 'text', field: 'link' },
  pic: { size: 90, edit: 'text', field: 'pic' },
  status: { size: 140, edit: 'status', field: 'status' },
  campaign: { size: 150, edit: 'campaign', field: 'campaign' },
  check: { size: 110, field: 'ignore' },
  comments: { size: 160, field: 'notes' },
};

const helper = createColumnHelper<Features, EpRow>();
const statusOrder = new Map(SLOT_STATUSES.map((s, i) => [s, i]));
const firstLines = (text: string) => text.split('\n').filter((l) => l.trim()).slice(0, 2).join(' ⏎ ');

/**
 * The columns. Each value is the cell's text as a spreadsheet should receive it (copy as TSV
 * takes them as they are); the cell shows it, formatted for reading where that helps.
 */
export function makeColumns(t: TFunction, formatDate: (d: string) => string, onOpen: (row: EpRow) => void) {
  const label = (id: ColumnId) => t(`epTable.col.${id}`);
  const openEditorLabel = remembered((no: number) => t('epTable.openEditor', { no }));
  const dateText = remembered(formatDate);
  const zoneText = remembered(zoneLabel);
  const said = remembered((key: string) => t(key));
  const counted = remembered((keyAndCount: string) => {
    const [key, count] = keyAndCount.split('#');
    return t(key!, { count: Number(count) });
  });
  const checkText = (s: CheckSummary) =>
    s.empty ? said('epTable.check.none') : s.errors ? counted(`epTable.check.errors#${s.errors}`) : s.warnings ? counted(`epTable.check.warnings#${s.warnings}`) : said('epTable.check.ok');
  const text = (id: ColumnId, value: (r: EpRow) => string) =>
    helper.accessor(value, { id, header: label(id), size: COLUMN_INFO[id].size, sortFn: 'alphanumeric', cell: (c) => <span className="ep-text">{c.getValue()}</span> });
  return helper.columns([
    helper.accessor((r) => r.no, { id: 'no', header: label('no'), size: COLUMN_INFO.no.size, sortFn: 'basic', enableGlobalFilter: false }),
    text('client', (r) => r.client.name),
    helper.accessor((r) => r.date, {
      id: 'date',
      header: label('date'),
      size: COLUMN_INFO.date.size,
      sortFn: (a, b) => (a.original.date + a.original.time).localeCompare(b.original.date + b.original.time),
      cell: (c) => <span className="ep-text">{dateText(c.getValue())}</span>,
    }),
    helper.accessor((r) => r.time, {
      id: 'time',
      header: label('time'),
      size: COLUMN_INFO.time.size,
      sortFn: 'alphanumeric',
      cell: (c) => (
        <span className="ep-text">
          {c.getValue()} <span className="ep-dim">{zoneText(c.row.original.client.timezone)}</span>
        </span>
      ),
    }),
    text('platform', platformText),
    text('pillar', (r) => r.slot.pillar),
    helper.accessor((r) => r.slot.format, {
      id: 'format',
      header: label('format'),
      size: COLUMN_INFO.format.size,
      sortFn: 'alphanumeric',
      cell: (c) => <span className="ep-text">{said(`formats.${c.getValue()}`)}</span>,
    }),
    text('topic', (r) => r.slot.topic),
    text('visual', (r) => r.slot.visualBrief),
    helper.accessor(captionOf, {
      id: 'caption',
      header: label('caption'),
      size: COLUMN_INFO.caption.size,
      sortFn: 'alphanumeric',
      cell: (c) => (
        <button type="button" className="ep-caption" tabIndex={-1} aria-label={openEditorLabel(c.row.original.no)} onClick={() => onOpen(c.row.original)}>
          {firstLines(c.getValue()) || <span className="ep-dim">—</span>}
        </button>
      ),
    }),
    text('hashtags', hashtagsOf),
    text('link', (r) => r.slot.link),
    text('pic', (r) => r.slot.pic),
    helper.accessor((r) => said(`statuses.${r.slot.status}`), {
      id: 'status',
      header: label('status'),
      size: COLUMN_INFO.status.size,
      sortFn: (a, b) => statusOrder.get(a.original.slot.status)! - statusOrder.get(b.original.slot.status)!,
      cell: (c) => (
        <span className="ep-text">
          <span className="ep-status" style={{ background: `var(--mantine-color-${STATUS_COLORS[c.row.original.slot.status]}-6)` }} aria-hidden />
          {c.getValue()}
        </span>
      ),
    }),
    text('campaign', (r) => r.campaignName),
    helper.accessor(
      (r) => checkText(checkOf(r)),
      {
        id: 'check',
        header: label('check'),
        size: COLUMN_INFO.check.size,
        sortFn: 'alphanumeric',
        enableGlobalFilter: false,
        cell: (c) => {
          const s = checkOf(c.row.original);
          return <span className={`ep-text ${s.errors ? 'ep-bad' : s.warnings ? 'ep-warn' : s.empty ? 'ep-dim' : 'ep-ok'}`}>{c.getValue()}</span>;
        },
      },
    ),
    // Client comments arrive with the review import (issue 9); until then the column stays empty.
    text('comments', () => ''),
  ]);
}
