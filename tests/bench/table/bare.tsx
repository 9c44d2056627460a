/**
 * The reference for the EP table benchmark: TanStack Table's own "virtualized rows" example
 * (useTable + useVirtualizer, a display:grid table with absolutely placed rows), holding the same
 * rows and columns as the app's table, and nothing else.
 */
import { createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_alphanumeric, tableFeatures, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

type Row = Record<string, string>;
interface Payload {
  columns: Array<{ id: string; header: string; size: number }>;
  rows: Row[];
}

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel(), sortFns: { alphanumeric: sortFn_alphanumeric } });
const helper = createColumnHelper<typeof features, Row>();

function Bare({ data }: { data: Payload }) {
  const [columns] = useState(() => helper.columns(data.columns.map((c) => helper.accessor((r) => r[c.id] ?? '', { id: c.id, header: c.header, size: c.size }))));
  const table = useTable({ features, columns, data: data.rows });
  // Fixed widths, as the app's columns have (no resizing feature here, so no getSize()).
  const [width] = useState(() => Object.fromEntries(data.columns.map((c) => [c.id, c.size])));
  const { rows } = table.getRowModel();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, estimateSize: () => 34, getScrollElement: () => scrollRef.current, overscan: 8 });
  useEffect(() => {
    requestAnimationFrame(() => performance.mark('bare:painted', { detail: { rows: rows.length } }));
  }, [rows]);
  return (
    <div ref={scrollRef} className="bare-scroll">
      <table style={{ display: 'grid' }}>
        <thead>
          {table.getHeaderGroups().map((g) => (
            <tr key={g.id}>
              {g.headers.map((h) => (
                <th key={h.id} style={{ width: width[h.column.id] }}>
                  <table.FlexRender header={h} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <tr key={row.id} style={{ position: 'absolute', transform: `translateY(${item.start}px)` }}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} style={{ width: width[cell.column.id] }}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

void fetch('./rows.json')
  .then((r) => r.json() as Promise<Payload>)
  .then((data) => {
    performance.mark('bare:data');
    createRoot(document.getElementById('root')!).render(<Bare data={data} />);
  });
