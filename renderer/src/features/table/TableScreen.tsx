import { ActionIcon, Box, Button, Group, Menu, SegmentedControl, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronLeft, IconChevronRight, IconCalendarRepeat, IconClipboardText, IconCopy, IconFileImport, IconSearch, IconWand } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import type { RowSelectionState, SortingState } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkAction, PlannedPost, Refusal } from '../../../../shared/contract/epTable';
import type { Client } from '../../../../shared/contract/schemas';
import { FORMATS } from '../../../../shared/domain/platforms';
import { SLOT_STATUSES, userMoves } from '../../../../shared/domain/status';
import { fromWallTime } from '../../../../shared/domain/time';
import { api } from '../../api/transport';
import { navigate } from '../../app/route';
import { errorMessage } from '../../ui/errors';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useFormat, useFormatDate } from '../../ui/useFormatDate';
import { useStoredState } from '../../ui/useStoredState';
import { SlotDrawer } from '../slots/SlotDrawer';
import { primeSlot } from '../slots/primeSlot';
import { BulkBar } from './BulkBar';
import { useCalendarFilters } from './calendarState';
import { ColumnsMenu, DEFAULT_COLUMNS, normalizeColumns, type ColumnPrefs } from './ColumnsMenu';
import { COLUMN_INFO, makeColumns, type ColumnId } from './columns';
import { EpGrid, type EditRequest, type GridHandle } from './EpGrid';
import { ImportModal } from './ImportModal';
import { PastePreview } from './PastePreview';
import { PlanPreview } from './PlanPreview';
import type { EpRow, RowMode } from './rows';
import { TableFilters } from './TableFilters';
import { nextMonth, useTableData } from './useTableData';
import { notifyWithUndo, type UndoEntry } from './undo';
import { benchMark } from '../../ui/benchMarks';

interface Props {
  clientId: string | null;
  clients: Client[];
  /** From the route #/table/<slotId>: the post whose drawer (and copy editor) is open. */
  openSlotId: string | null;
}

type Plan = { kind: 'cadence' | 'copyMonth'; posts: PlannedPost[]; summary: string; title: string };

const thisMonth = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
};
const refreshKeys = /^(slots|campaigns|ideas|variants)\./;

/** "Tabel EP": the month's posts as the EP freelancers write, edited like a spreadsheet. */
export function TableScreen({ clientId, clients, openSlotId }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const fmt = useFormatDate();
  const fmtAll = useFormat();
  const grid = useRef<GridHandle>(null);
  const [month, setMonth] = useState(thisMonth);
  const [mode, setMode] = useStoredState<RowMode>('table.rows', 'post');
  const [grouped, setGrouped] = useStoredState<boolean>('table.groupByWeek', false);
  const [storedColumns, setColumns] = useStoredState<ColumnPrefs>('table.columns', DEFAULT_COLUMNS);
  const [sorting, setSorting] = useStoredState<SortingState>('table.sorting', []);
  const [filters, setFilters] = useCalendarFilters();
  const [search, setSearch] = useState('');
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [busy, setBusy] = useState(false);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [paste, setPaste] = useState<{ text: string; columns: ColumnId[] } | null>(null);
  const [importing, setImporting] = useState(false);
  const undoStack = useRef<UndoEntry[]>([]);
  const columns = normalizeColumns(storedColumns);
  const client = clients.find((c) => c.id === clientId) ?? null;

  const data = useTableData(month, clientId, filters, clients, mode);
  const rows = data.rows;
  const period = fmtAll.month(month);
  const monthName = fmtAll.month;

  const refresh = useCallback(() => qc.invalidateQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && refreshKeys.test(q.queryKey[0]) }), [qc]);
  const openPost = useCallback(
    (row: EpRow) => {
      primeSlot(qc, row.slot);
      navigate('table', row.slot.id);
    },
    [qc],
  );
  const tableColumns = useMemo(() => makeColumns(t, fmt, openPost), [t, fmt, openPost]);
  const visibility = useMemo(() => Object.fromEntries(columns.order.map((c) => [c, !columns.hidden.includes(c) && !(c === 'client' && clientId)])), [columns, clientId]);

  // Rows that leave the month or the filters leave the selection too.
  useEffect(() => {
    const ids = new Set(rows.map((r) => r.id));
    const kept = Object.fromEntries(Object.entries(rowSelection).filter(([id]) => ids.has(id)));
    if (Object.keys(kept).length !== Object.keys(rowSelection).length) setRowSelection(kept);
  }, [rows, rowSelection]);
  useEffect(() => {
    if (rows.length) requestAnimationFrame(() => benchMark('rc-table:painted', { rows: rows.length }));
  }, [rows]);

  // --- Undo -------------------------------------------------------------------------------
  const runUndo = useCallback(
    async (entry: UndoEntry) => {
      // Off the stack at once: a second Ctrl+Z while this one runs takes the next step back.
      const at = undoStack.current.indexOf(entry);
      if (at >= 0) undoStack.current.splice(at, 1);
      try {
        if (entry.kind === 'edit') {
          // The edit failed and was reported (and dropped) by commit: nothing to take back.
          if (!(await entry.saved)) return;
          await api.call('slots.update', { id: entry.slotId, patch: entry.patch });
        }
        else if (entry.kind === 'batch') await api.call('epTable.undo', { batchId: entry.batchId });
        else await api.call('epImport.undo', { importId: entry.importId });
        await refresh();
        notifySuccess(entry.kind === 'import' ? t('epImport.undone') : t('epTable.undone'));
      } catch (err) {
        if (at >= 0) undoStack.current.splice(at, 0, entry);
        notifyError(t('errors.title'), errorMessage(t, err));
      }
    },
    [refresh, t],
  );
  const undoLast = useCallback(() => {
    const entry = undoStack.current.at(-1);
    if (!entry) notifications.show({ message: t('epTable.nothingToUndo'), color: 'gray', autoClose: 2000 });
    else void runUndo(entry);
  }, [runUndo, t]);
  const remember = (entry: UndoEntry, message: string) => {
    undoStack.current.push(entry);
    notifyWithUndo(message, t('epTable.undo'), () => void runUndo(entry));
  };

  // --- Editing ----------------------------------------------------------------------------
  const editorFor = useCallback(
    (row: EpRow, column: ColumnId, typed: string | null): EditRequest | null => {
      const kind = COLUMN_INFO[column].edit;
      if (!kind) return null;
      const s = row.slot;
      const current: Record<string, string> = {
        date: row.date,
        time: row.time,
        pillar: s.pillar,
        topic: s.topic,
        visual: s.visualBrief,
        link: s.link,
        pic: s.pic,
        status: s.status,
        format: s.format,
        campaign: s.campaignId ?? '',
      };
      const base = { row, column, initial: typed ?? current[column] ?? '' };
      if (kind === 'status') {
        return { ...base, kind: 'select', initial: s.status, options: SLOT_STATUSES.map((x) => ({ value: x, label: t(`statuses.${x}`), disabled: x !== s.status && !userMoves(s.status).includes(x) })) };
      }
      if (kind === 'format') return { ...base, kind: 'select', initial: s.format, options: FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) })) };
      if (kind === 'campaign') {
        const mine = data.campaigns.filter((c) => c.clientId === s.clientId);
        return { ...base, kind: 'select', initial: s.campaignId ?? '', options: [{ value: '', label: t('epTable.noCampaign') }, ...mine.map((c) => ({ value: c.id, label: c.name }))] };
      }
      if ((kind === 'date' || kind === 'time') && typed !== null) return { ...base, kind, initial: current[column]! };
      return { ...base, kind };
    },
    [data.campaigns, t],
  );

  const commit = useCallback(
    async (row: EpRow, column: ColumnId, value: string) => {
      const s = row.slot;
      const zone = row.client.timezone;
      let patch: Record<string, unknown>;
      let before: Record<string, unknown>;
      if (column === 'date' || column === 'time') {
        const date = column === 'date' ? value : row.date;
        const time = column === 'time' ? value : row.time;
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return notifyError(t('errors.title'), t('epTable.invalidDate'));
        if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return notifyError(t('errors.title'), t('epTable.invalidTime'));
        patch = { startsAt: fromWallTime(date, time, zone) };
        before = { startsAt: s.startsAt };
      } else {
        const field = { pillar: 'pillar', topic: 'topic', visual: 'visualBrief', link: 'link', pic: 'pic', status: 'status', format: 'format', campaign: 'campaignId' }[column as string];
        if (!field) return;
        const v = column === 'campaign' ? value || null : column === 'link' ? value.trim() : value;
        patch = { [field]: v };
        before = { [field]: (s as unknown as Record<string, unknown>)[field] };
      }
      if (JSON.stringify(patch) === JSON.stringify(before)) return;
      const call = api.call('slots.update', { id: s.id, patch });
      const entry: UndoEntry = { kind: 'edit', slotId: s.id, patch: before, saved: call.then(() => true, () => false) };
      undoStack.current.push(entry);
      try {
        await call;
      } catch (err) {
        const at = undoStack.current.indexOf(entry);
        if (at >= 0) undoStack.current.splice(at, 1);
        return notifyError(t('errors.title'), errorMessage(t, err));
      }
      await refresh();
    },
    [refresh, t],
  );

  // --- Bulk -------------------------------------------------------------------------------
  const selectedRows = rows.filter((r) => rowSelection[r.id]);
  const selectedIds = [...new Set(selectedRows.map((r) => r.slot.id))];
  const refusalLine = (r: Refusal) => {
    const row = rows.find((x) => x.slot.id === r.id);
    const base = { no: row?.no ?? '?', topic: row?.slot.topic || t('epTable.untitled') };
    // A refused status move reads as the status machine words it everywhere (errors.refused).
    const shape = { code: r.code as never, message: r.message, details: r.details, issues: r.details?.field ? [{ path: String(r.details.field), code: String(r.details.issue ?? ''), message: r.message }] : undefined };
    return t('epTable.bulk.refusedOther', { ...base, reason: errorMessage(t, shape) });
  };
  const runBulk = async (action: BulkAction) => {
    setBusy(true);
    try {
      const r = await api.call('epTable.bulk', { ids: selectedIds, action });
      await refresh();
      if (r.batchId) {
        const count = action.kind === 'duplicate' ? r.created.length : r.changed.length;
        const key = action.kind === 'delete' ? 'deleted' : action.kind === 'duplicate' ? 'created' : 'done';
        remember({ kind: 'batch', batchId: r.batchId }, t(`epTable.bulk.${key}`, { count }));
      }
      if (r.refused.length) {
        const lines = r.refused.slice(0, 8).map(refusalLine);
        if (r.refused.length > 8) lines.push(`… +${r.refused.length - 8}`);
        notifications.show({
          title: t('epTable.bulk.refusedTitle', { count: r.refused.length }),
          message: lines.join('\n'),
          color: 'orange',
          autoClose: 20_000,
          withBorder: true,
          styles: { description: { whiteSpace: 'pre-line' } },
        });
      }
      if (action.kind === 'delete') setRowSelection({});
    } catch (err) {
      notifyError(t('errors.title'), errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  // --- Planning in bulk -------------------------------------------------------------------
  const needClient = () => {
    if (client) return client;
    notifications.show({ message: t('epTable.plan.chooseClient'), color: 'orange' });
    return null;
  };
  const fillFromCadence = async () => {
    const c = needClient();
    if (!c) return;
    try {
      const p = await api.call('epTable.cadencePreview', { clientId: c.id, month });
      setPlan({ kind: 'cadence', posts: p.posts, title: t('epTable.preview.cadenceTitle', { month: period }), summary: t('epTable.preview.cadenceSummary', { count: p.posts.length, existing: p.existing, over: p.overPackage }) });
    } catch (err) {
      notifyError(t('errors.title'), errorMessage(t, err));
    }
  };
  const copyLastMonth = async () => {
    const c = needClient();
    if (!c) return;
    const from = nextMonth(month, -1);
    try {
      const p = await api.call('epTable.copyMonthPreview', { clientId: c.id, fromMonth: from, toMonth: month });
      setPlan({
        kind: 'copyMonth',
        posts: p.posts,
        title: t('epTable.preview.copyTitle', { from: monthName(from), to: period }),
        summary: t('epTable.preview.copySummary', { count: p.posts.length, source: p.source, from: monthName(from), missing: p.noSuchDay }),
      });
    } catch (err) {
      notifyError(t('errors.title'), errorMessage(t, err));
    }
  };
  const createPlanned = async (clientIdFor: string, kind: 'paste' | 'cadence' | 'copyMonth', posts: PlannedPost[]) => {
    setBusy(true);
    try {
      const r = await api.call('epTable.createPosts', { clientId: clientIdFor, kind, posts });
      await refresh();
      setPlan(null);
      setPaste(null);
      remember({ kind: 'batch', batchId: r.batchId }, t('epTable.preview.created', { count: r.slotIds.length }));
    } catch (err) {
      notifyError(t('errors.title'), errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  const selectedCampaigns = data.campaigns.filter((c) => selectedRows.some((r) => r.slot.clientId === c.clientId));

  return (
    <Stack gap="xs" h="calc(100vh - 48px - 2 * var(--mantine-spacing-md))">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap={4} wrap="nowrap">
          <ActionIcon variant="default" aria-label={t('epTable.prevMonth')} onClick={() => setMonth((m) => nextMonth(m, -1))}>
            <IconChevronLeft size={16} />
          </ActionIcon>
          <ActionIcon variant="default" aria-label={t('epTable.nextMonth')} onClick={() => setMonth((m) => nextMonth(m, 1))}>
            <IconChevronRight size={16} />
          </ActionIcon>
          <Title order={2} size="h4" ml="xs" style={{ whiteSpace: 'nowrap' }}>
            {t('epTable.title')} · {period}
          </Title>
        </Group>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button size="xs" leftSection={<IconWand size={14} />}>
              {t('epTable.plan.menu')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconCalendarRepeat size={14} />} onClick={() => void fillFromCadence()}>
              {t('epTable.plan.fill')}
            </Menu.Item>
            <Menu.Item leftSection={<IconCopy size={14} />} onClick={() => void copyLastMonth()}>
              {t('epTable.plan.copyLast')}
            </Menu.Item>
            <Menu.Item leftSection={<IconFileImport size={14} />} onClick={() => setImporting(true)}>
              {t('epTable.plan.import')}
            </Menu.Item>
            <Menu.Divider />
            <Menu.Label style={{ whiteSpace: 'normal', maxWidth: 260 }}>
              <IconClipboardText size={12} /> {t('epTable.plan.pasteHint')}
            </Menu.Label>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <SegmentedControl
          size="xs"
          aria-label={t('epTable.rows')}
          value={mode}
          onChange={(v) => setMode(v as RowMode)}
          data={[
            { value: 'post', label: t('epTable.perPost') },
            { value: 'platform', label: t('epTable.perPlatform') },
          ]}
        />
        <Switch size="xs" label={t('epTable.groupByWeek')} checked={grouped} onChange={(e) => setGrouped(e.currentTarget.checked)} style={{ whiteSpace: 'nowrap' }} />
        <TextInput size="xs" w={200} leftSection={<IconSearch size={14} />} placeholder={t('epTable.search')} aria-label={t('epTable.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
        <TableFilters filters={filters} onChange={setFilters} clients={clients} campaigns={data.campaigns} clientLocked={!!clientId} />
        <ColumnsMenu prefs={columns} onChange={setColumns} />
      </Group>
      <Box mih={30}>
        {selectedIds.length > 0 ? (
          <BulkBar count={selectedIds.length} campaigns={selectedCampaigns} busy={busy} onAction={(a) => void runBulk(a)} onClear={() => setRowSelection({})} />
        ) : (
          <Text size="xs" c="dimmed" pt={6}>
            {t('epTable.keys')}
          </Text>
        )}
      </Box>
      <Box style={{ flex: 1, minHeight: 0, position: 'relative' }}>
        <EpGrid
          gridRef={grid}
          rows={rows}
          columns={tableColumns}
          columnOrder={columns.order}
          columnVisibility={visibility}
          sorting={sorting}
          onSortingChange={setSorting}
          globalFilter={search}
          grouped={grouped}
          rowSelection={rowSelection}
          onRowSelectionChange={setRowSelection}
          label={t('epTable.grid', { period })}
          weekLabel={(week, count) => {
            const end = new Date(Date.parse(`${week}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
            const n = Math.ceil((Date.parse(`${week}T00:00:00Z`) - Date.UTC(Number(week.slice(0, 4)), 0, 1)) / (7 * 86_400_000)) + 1;
            return t('epTable.week', { n, from: fmt(week), to: fmt(end), count });
          }}
          editorFor={editorFor}
          onCommit={(row, column, value) => void commit(row, column, value)}
          onOpen={openPost}
          onPasteRows={(text) => setPaste({ text, columns: grid.current?.columnsFromCursor() ?? [] })}
          onUndo={undoLast}
        />
        {!data.isPending && rows.length === 0 && (
          <Text size="sm" c="dimmed" ta="center" style={{ position: 'absolute', top: 80, left: 0, right: 0, padding: '0 15%' }}>
            {search || filters.statuses.length || filters.platforms.length ? t('epTable.noMatch') : t('epTable.empty', { period })}
          </Text>
        )}
      </Box>

      <SlotDrawer slotId={openSlotId} clients={clients} onClose={() => navigate('table')} />
      {plan && (
        <PlanPreview
          title={plan.title}
          summary={plan.summary}
          posts={plan.posts}
          busy={busy}
          onClose={() => setPlan(null)}
          onConfirm={() => client && void createPlanned(client.id, plan.kind, plan.posts)}
        />
      )}
      {paste && (
        <PastePreview
          text={paste.text}
          columns={paste.columns}
          clients={clients}
          defaultClientId={clientId}
          month={month}
          busy={busy}
          onClose={() => setPaste(null)}
          onConfirm={(id, posts) => void createPlanned(id, 'paste', posts)}
        />
      )}
      {importing && (
        <ImportModal
          clients={clients}
          defaultClientId={clientId}
          onClose={() => setImporting(false)}
          onImported={async (r) => {
            setImporting(false);
            await refresh();
            remember({ kind: 'import', importId: r.importId }, t('epImport.applied', { count: r.created, file: r.fileName }));
          }}
        />
      )}
    </Stack>
  );
}
