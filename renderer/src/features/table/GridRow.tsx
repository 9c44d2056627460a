import { FlexRender, type Column, type Row } from '@tanstack/react-table';
import { memo } from 'react';
import { CellEditor, type Move } from './CellEditor';
import { COLUMN_INFO, type ColumnId, type Features } from './columns';
import type { EditRequest } from './EpGrid';
import { cellDomId } from './cellIds';
import type { EpRow } from './rows';

interface Props {
  row: Row<Features, EpRow>;
  index: number;
  start: number;
  size: number;
  /** The week band above the row when grouped by week, else null. */
  band: string | null;
  selected: boolean;
  /** The visible columns in order (the cells come from the row; a new array draws them again). */
  columns: Array<Column<Features, EpRow, unknown>>;
  /** The column of the cell cursor when it is in this row, else null. */
  focusCol: string | null;
  /** The ids of this row's selected cells' columns, space-separated ('' for none). */
  selCols: string;
  /** The editor, when it is open on a cell of this row (other rows get null), and its label. */
  editing: { request: EditRequest; label: string } | null;
  /** "Select row 5": one remembered function for every row (ui/remembered.ts). */
  selectRowLabel(no: number): string;
  onCommit(value: string, move: Move): void;
  onCancel(): void;
}

/**
 * One row of the EP grid, drawn again only when its post, its selection, the columns or the
 * editor on it change: a scroll step draws the rows coming into view, not the ones already there.
 */
export const GridRow = memo(function GridRow({ row, index, start, size, band, selected, focusCol, selCols, editing, selectRowLabel, onCommit, onCancel }: Props) {
  const selectedCols = selCols ? new Set(selCols.split(' ')) : null;
  return (
    <div role="presentation" className="ep-item" style={{ transform: `translateY(${start}px)`, height: size }}>
      {band !== null && (
        <div className="ep-band" role="row">
          <span role="rowheader">{band}</span>
        </div>
      )}
      <div role="row" data-row-id={row.id} aria-rowindex={index + 2} aria-selected={selected} className={`ep-row${selected ? ' ep-row--selected' : ''}`}>
        {row.getVisibleCells().map((cell) => {
          const id = cell.column.id as ColumnId;
          const isFocused = focusCol === id;
          const isSelected = !!selectedCols?.has(id);
          // Few attributes per cell, as a scroll step draws hundreds: the width comes from the row's
          // grid columns, the id only where the cursor is (aria-activedescendant), and read-only is
          // said where it holds (an editable grid's cells are editable unless marked).
          return (
            <div
              key={cell.id}
              id={isFocused ? cellDomId(row.id, id) : undefined}
              role="gridcell"
              aria-selected={isSelected}
              aria-readonly={COLUMN_INFO[id].edit ? undefined : true}
              className={isFocused ? (isSelected ? 'ep-td ep-td--focus ep-td--sel' : 'ep-td ep-td--focus') : isSelected ? 'ep-td ep-td--sel' : 'ep-td'}
            >
              {editing && editing.request.column === id ? (
                <CellEditor
                  kind={editing.request.kind}
                  initial={editing.request.initial}
                  options={editing.request.options}
                  width={cell.column.getSize()}
                  label={editing.label}
                  onCommit={onCommit}
                  onCancel={onCancel}
                />
              ) : id === 'no' ? (
                <label className="ep-no">
                  <input
                    type="checkbox"
                    className="ep-check"
                    checked={selected}
                    aria-label={selectRowLabel(row.original.no)}
                    onChange={() => undefined}
                    onClick={(e) => row.getToggleSelectedHandler()(e)}
                    onMouseDown={(e) => e.stopPropagation()}
                  />
                  {row.original.no}
                </label>
              ) : (
                <FlexRender cell={cell} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
});
