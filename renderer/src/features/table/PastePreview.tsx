import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlannedPost } from '../../../../shared/contract/epTable';
import type { Client } from '../../../../shared/contract/schemas';
import { parseSheet } from '../../../../shared/epSheet/rows';
import { useApiQuery } from '../../api/queries';
import { COLUMN_INFO, type ColumnId } from './columns';
import { PlanPreview } from './PlanPreview';
import { fromTsv } from './tsv';

interface Props {
  text: string;
  /** The table's visible columns from the cursor on: what each pasted column is when no header says. */
  columns: ColumnId[];
  clients: Client[];
  defaultClientId: string | null;
  month: string;
  busy: boolean;
  onClose(): void;
  onConfirm(clientId: string, posts: PlannedPost[]): void;
}

/**
 * Rows pasted from a spreadsheet, read as the import reads a sheet (header found by name, or
 * the table's own column order from the cursor) and shown before any post is created.
 */
export function PastePreview({ text, columns, clients, defaultClientId, month, busy, onClose, onConfirm }: Props) {
  const { t } = useTranslation();
  const [clientId, setClientId] = useState<string | null>(defaultClientId ?? (clients.length === 1 ? clients[0]!.id : null));
  const client = clients.find((c) => c.id === clientId);
  const campaigns = useApiQuery('campaigns.list', { clientIds: clientId ? [clientId] : [] }, { enabled: !!clientId });
  const parsed = useMemo(() => {
    const grid = fromTsv(text);
    const opts = {
      fallbackYear: Number(month.slice(0, 4)),
      defaultTime: '19:00',
      defaultPlatform: client?.accounts[0]?.platform ?? ('instagram' as const),
      campaigns: campaigns.data ?? [],
    };
    const withHeader = parseSheet(grid, opts);
    if (withHeader) return { sheet: withHeader, header: true };
    return { sheet: parseSheet(grid, { ...opts, headerless: true, mapping: columns.map((c) => COLUMN_INFO[c].field) })!, header: false };
  }, [text, columns, client, campaigns.data, month]);
  const note = parsed.header ? t('epTable.preview.pasteHeader') : t('epTable.preview.pasteNoHeader', { column: t(`epTable.col.${columns[0] ?? 'no'}`) });

  return (
    <PlanPreview
      title={t('epTable.preview.pasteTitle')}
      summary={t('epTable.preview.pasteSummary', { rows: parsed.sheet.rows.length, posts: parsed.sheet.posts.length, client: client?.name ?? '—' })}
      note={note}
      posts={client ? parsed.sheet.posts : []}
      rows={parsed.sheet.rows}
      clientChoice={defaultClientId ? undefined : { clients, value: clientId, onChange: setClientId }}
      busy={busy}
      onClose={onClose}
      onConfirm={() => clientId && onConfirm(clientId, parsed.sheet.posts)}
    />
  );
}
