import { useTable, type ColumnOrderState, type ColumnVisibilityState, type RowSelectionState, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorKind, Move } from './CellEditor';
import { cellDomId } from './cellIds';
import { remembered } from '../../ui/remembered';
import { features, type ColumnId, type makeColumns } from './columns';
import { GridRow } from './GridRow';
import { checkOf, type EpRow } from './rows';
import { toTsv } from './tsv';
import './table.css';

const ROW_H = 34;
const BAND_H = 30;

export interface GridHandle {
  focus(): void;
  /** The visible columns from the cursor's column rightwards: how a headerless paste is read. */
  columnsFromCursor(): ColumnId[];
}

export interface EditRequest {
  row: EpRow;
  column: ColumnId;
  kind: EditorKind;
  initial: string;
  options?: Array<{ value: string; label: string; disabled?: boolean }>;
}

interface Props {
  gridRef: Ref<GridHandle>;
  rows: EpRow[];
  columns: ReturnType<typeof makeColumns>;
  columnOrder: ColumnOrderState;
  columnVisibility: ColumnVisibilityState;
  sorting: SortingState;
  onSortingChange(s: SortingState): void;
  globalFilter: string;
  grouped: boolean;
  rowSelection: RowSelectionState;
  onRowSelectionChange(s: RowSelectionState): void;
  label: string;
  weekLabel(week: string, count: number): string;
  /** The editor for a cell, or null when the cell is not edited in place. */
  editorFor(row: EpRow, column: ColumnId, typed: string | null): EditRequest | null;
  onCommit(row: EpRow, column: ColumnId, value: string): void;
  onOpen(row: EpRow): void;
  onPasteRows(text: string): void;
  onUndo(): void;
}

/**
 * The EP grid: TanStack Table for the model (sorting, search, column order and visibility, row
 * and cell selection) and TanStack Virtual for the rows, so a month of 2,000 posts renders only
 * what is on screen. Keys and clipboard follow Excel; the editing itself is the screen's.
 */
export function EpGrid(p: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<EditRequest | null>(null);
  const selectRowLabel = useMemo(() => remembered((no: number) => t('epTable.selectRow', { no })), [t]);
  // The editor with its label, made when it opens (a new object would draw its row again).
  const editingCell = useMemo(
    () => editing && { request: editing, label: t('epTable.editLabel', { column: t(`epTable.col.${editing.column}`), no: editing.row.no }) },
    [editing, t],
  );
  const sortingState = useMemo<SortingState>(() => (p.grouped ? [{ id: 'date', desc: false }, ...p.sorting.filter((s) => s.id !== 'date')] : p.sorting), [p.grouped, p.sorting]);

  const table = useTable({
    features,
    columns: p.columns,
    data: p.rows,
    getRowId: (r: EpRow) => r.id,
    state: {
      sorting: p.grouped ? [] : sortingState,
      columnOrder: p.columnOrder,
      columnVisibility: p.columnVisibility,
      rowSelection: p.rowSelection,
      globalFilter: p.globalFilter,
    },
    onSortingChange: (u) => p.onSortingChange(typeof u === 'function' ? u(p.sorting) : u),
    onRowSelectionChange: (u) => p.onRowSelectionChange(typeof u === 'function' ? u(p.rowSelection) : u),
    globalFilterFn: 'includesString',
    autoResetCellSelection: false,
    enableCellSelectionDrag: true,
  });

  // Grouped by week: weeks in order, the user's sort inside each week.
  const modelRows = table.getRowModel().rows;
  const rows = useMemo(() => {
    if (!p.grouped) return modelRows;
    return [...modelRows].sort((a, b) => a.original.week.localeCompare(b.original.week));
  }, [modelRows, p.grouped]);
  const weekCounts = useMemo(() => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(r.original.week, (m.get(r.original.week) ?? 0) + 1);
    return m;
  }, [rows]);
  const bandAt = useCallback((i: number) => p.grouped && (i === 0 || rows[i - 1]!.original.week !== rows[i]!.original.week), [p.grouped, rows]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => ROW_H + (bandAt(i) ? BAND_H : 0),
    getItemKey: (i) => rows[i]!.id,
    overscan: 8,
  });
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, bandAt]);

  // Each row's copy check runs once and is remembered; run them while the page is idle, a slice
  // at a time, so that scrolling draws rows whose checks are already known.
  useEffect(() => {
    let next = 0;
    let id = 0;
    const warm = (deadline: IdleDeadline) => {
      while (next < p.rows.length && deadline.timeRemaining() > 2) checkOf(p.rows[next++]!);
      if (next < p.rows.length) id = requestIdleCallback(warm);
    };
    id = requestIdleCallback(warm);
    return () => cancelIdleCallback(id);
  }, [p.rows]);

  const leafColumns = table.getVisibleLeafColumns();
  const totalWidth = leafColumns.reduce((n, c) => n + c.getSize(), 0);
  const focused = table.getFocusedCell();
  // Rows the selection touches: only their cells are asked whether they are selected.
  const selectionRows = new Set(table.getCellSelectionRowIds());
  const selColsOf = (row: (typeof rows)[number]) =>
    selectionRows.has(row.id) ? row.getVisibleCells().filter((c) => c.getIsSelected()).map((c) => c.column.id).join(' ') : '';
  // The columns' widths, once for all rows (a CSS grid) instead of a style on every cell.
  const gridColumns = leafColumns.map((c) => `${c.getSize()}px`).join(' ');
  const focusedId = focused ? cellDomId(focused.row.id, focused.column.id) : undefined;
  // The cells' mouse handlers live once on the rows' container (a scroll step draws a screen of new
  // cells; each with three handlers of its own cost the scroll): the cell is found from its row's
  // id and its place among the row's cells (the visible columns, in order).
  const hovered = useRef<string | null>(null);
  const cellAt = (target: EventTarget | null) => {
    const el = (target as HTMLElement | null)?.closest?.('[role="gridcell"]');
    const rowEl = el?.parentElement;
    const rowId = rowEl?.dataset.rowId;
    const column = rowId ? leafColumns[Array.prototype.indexOf.call(rowEl.children, el)] : undefined;
    const row = rowId ? table.getRowModel().rowsById[rowId] : undefined;
    return (column && row?.getVisibleCells().find((c) => c.column.id === column.id)) || null;
  };

  useImperativeHandle(p.gridRef, () => ({
    focus: () => scrollRef.current?.focus(),
    columnsFromCursor: () => {
      const ids = leafColumns.map((c) => c.id as ColumnId);
      const from = focused ? ids.indexOf(focused.column.id as ColumnId) : 0;
      return ids.slice(Math.max(0, from));
    },
  }));

  // Keep the cursor's row rendered and its cell in view.
  const focusedRowId = focused?.row.id;
  useEffect(() => {
    if (!focusedRowId || !focusedId) return;
    const index = rows.findIndex((r) => r.id === focusedRowId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
    const id = requestAnimationFrame(() => document.getElementById(focusedId)?.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
    return () => cancelAnimationFrame(id);
    // Only when the cursor moves: scrolling re-renders, and must not scroll again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusedId]);

  const startEdit = (typed: string | null) => {
    if (!focused) return;
    const req = p.editorFor(focused.row.original, focused.column.id as ColumnId, typed);
    if (req) setEditing(req);
    else if (typed === null && (focused.column.id === 'caption' || focused.column.id === 'hashtags' || focused.column.id === 'platform')) p.onOpen(focused.row.original);
  };
  const step = (move: Move) => {
    if (move === 'none') return;
    table.moveCellSelection(move);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing || e.target !== e.currentTarget) return;
    const mod = e.ctrlKey || e.metaKey;
    const arrows: Record<string, Move> = { ArrowDown: 'down', ArrowUp: 'up', ArrowLeft: 'left', ArrowRight: 'right' };
    if (!focused && (arrows[e.key] || e.key === 'Tab' || e.key === 'Enter')) {
      e.preventDefault();
      table.moveCellSelection('down');
      return;
    }
    if (arrows[e.key]) {
      e.preventDefault();
      if (e.shiftKey) table.extendCellSelection(arrows[e.key] as 'down');
      else table.moveCellSelection(arrows[e.key] as 'down');
    } else if (e.key === 'Tab') {
      e.preventDefault();
      table.moveCellSelection(e.shiftKey ? 'left' : 'right');
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      startEdit(null);
    } else if (e.key === 'Escape') {
      if (Object.keys(p.rowSelection).length) p.onRowSelectionChange({});
    } else if (e.key === ' ' && e.shiftKey) {
      e.preventDefault();
      focused?.row.toggleSelected();
    } else if (mod && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      p.onUndo();
    } else if (mod && e.key.toLowerCase() === 'a') {
      e.preventDefault();
      table.selectAllCells();
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && focused) {
      const req = p.editorFor(focused.row.original, focused.column.id as ColumnId, '');
      if (req && (req.kind === 'text' || req.kind === 'textarea')) {
        e.preventDefault();
        p.onCommit(focused.row.original, focused.column.id as ColumnId, '');
      }
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      const cols = leafColumns;
      const row = mod ? (e.key === 'Home' ? rows[0] : rows.at(-1)) : focused!.row;
      const col = mod ? focused!.column : e.key === 'Home' ? cols[0] : cols.at(-1);
      if (row && col) table.setFocusedCell(row.id, col.id);
    } else if (e.key.length === 1 && !mod && !e.altKey) {
      const req = focused && p.editorFor(focused.row.original, focused.column.id as ColumnId, e.key);
      if (req && (req.kind === 'text' || req.kind === 'textarea')) {
        e.preventDefault();
        setEditing(req);
      }
    }
  };

  const onCopy = (e: ClipboardEvent<HTMLDivElement>) => {
    if (editing || e.target !== e.currentTarget) return;
    const selectedRows = rows.filter((r) => r.getIsSelected());
    let grid: unknown[][];
    if (selectedRows.length) {
      // Whole rows with the header line: they paste into an empty sheet as an EP, and back here.
      grid = [leafColumns.map((c) => t(`epTable.col.${c.id}`)), ...selectedRows.map((r) => leafColumns.map((c) => r.getValue(c.id)))];
    } else {
      const ranges = table.getSelectedCellRangesData();
      if (!ranges.length) return;
      grid = ranges[0]!;
    }
    e.preventDefault();
    e.clipboardData.setData('text/plain', toTsv(grid));
  };

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    if (editing || e.target !== e.currentTarget) return;
    const text = e.clipboardData.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    const single = !/[\t\n]/.test(text.replace(/\r?\n$/, ''));
    if (single && focused) {
      const req = p.editorFor(focused.row.original, focused.column.id as ColumnId, null);
      if (req && req.kind !== 'select') {
        p.onCommit(focused.row.original, focused.column.id as ColumnId, text.replace(/\r?\n$/, ''));
        return;
      }
    }
    p.onPasteRows(text);
  };

  // The editor's callbacks keep their identity (the rows are memoised) and read the latest state.
  const latest = useRef({ editing, onCommit: p.onCommit, step });
  latest.current = { editing, onCommit: p.onCommit, step };
  const commit = useCallback((value: string, move: Move) => {
    const { editing: req, onCommit, step } = latest.current;
    if (!req) return;
    setEditing(null);
    if (value !== req.initial || req.initial.length === 1) onCommit(req.row, req.column, value);
    scrollRef.current?.focus();
    step(move);
  }, []);
  const cancel = useCallback(() => {
    setEditing(null);
    scrollRef.current?.focus();
  }, []);

  const headerGroup = table.getHeaderGroups()[0]!;
  const allSelected = table.getIsAllRowsSelected();
  return (
    <div
      ref={scrollRef}
      className="ep-scroll"
      role="grid"
      aria-label={p.label}
      aria-rowcount={rows.length + 1}
      aria-colcount={leafColumns.length}
      aria-multiselectable
      aria-activedescendant={editing ? undefined : focusedId}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onCopy={onCopy}
      onPaste={onPaste}
      onFocus={(e) => {
        // Read the table live: a click has just put the cursor on its cell.
        if (e.target === e.currentTarget && !table.getFocusedCell() && rows.length) table.moveCellSelection('down');
      }}
    >
      <div className="ep-head" role="row" aria-rowindex={1} style={{ width: totalWidth }}>
        {headerGroup.headers.map((h) => {
          const id = h.column.id as ColumnId;
          const sorted = h.column.getIsSorted();
          return (
            <div
              key={h.id}
              role="columnheader"
              className="ep-th"
              style={{ width: h.getSize() }}
              aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
            >
              {id === 'no' && (
                <input
                  type="checkbox"
                  className="ep-check"
                  aria-label={t('epTable.selectAll')}
                  checked={allSelected}
                  ref={(el) => {
                    if (el) el.indeterminate = !allSelected && table.getIsSomeRowsSelected();
                  }}
                  onChange={() => table.toggleAllRowsSelected(!allSelected)}
                />
              )}
              <button type="button" className="ep-sort" tabIndex={-1} aria-label={t('epTable.sortBy', { column: t(`epTable.col.${id}`) })} onClick={h.column.getToggleSortingHandler()}>
                {t(`epTable.col.${id}`)}
                {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
              </button>
            </div>
          );
        })}
      </div>
      <div
        role="presentation"
        style={{ height: virtualizer.getTotalSize(), width: totalWidth, position: 'relative', '--ep-cols': gridColumns } as React.CSSProperties}
        onMouseDown={(e) => {
          const cell = cellAt(e.target);
          if (!cell || (e.target as HTMLElement).closest('input,textarea,select')) return;
          cell.getSelectionStartHandler()(e);
          e.preventDefault();
          scrollRef.current?.focus();
        }}
        onMouseOver={(e) => {
          const cell = cellAt(e.target);
          if (!cell || cell.id === hovered.current) return;
          hovered.current = cell.id;
          cell.getSelectionExtendHandler()(e);
        }}
        onDoubleClick={(e) => {
          if (cellAt(e.target)) startEdit(null);
        }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <GridRow
              key={row.id}
              row={row}
              index={item.index}
              start={item.start}
              size={item.size}
              band={bandAt(item.index) ? p.weekLabel(row.original.week, weekCounts.get(row.original.week) ?? 0) : null}
              selected={row.getIsSelected()}
              columns={leafColumns}
              focusCol={focused && focused.row.id === row.id ? focused.column.id : null}
              selCols={selColsOf(row)}
              editing={editingCell && editingCell.request.row.id === row.id ? editingCell : null}
              selectRowLabel={selectRowLabel}
              onCommit={commit}
              onCancel={cancel}
            />
          );
        })}
      </div>
    </div>
  );
}
