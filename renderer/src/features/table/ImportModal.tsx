import { Alert, Button, Checkbox, FileInput, Group, Loader, Modal, NativeSelect, ScrollArea, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../../shared/contract/errors';
import { MAX_IMPORT_BYTES, type ImportPreview } from '../../../../shared/contract/epTable';
import type { Client } from '../../../../shared/contract/schemas';
import { SHEET_FIELDS, type ColumnTarget } from '../../../../shared/epSheet/fields';
import { PLATFORM_LABELS } from '../../../../shared/domain/platforms';
import { api } from '../../api/transport';
import { errorMessage } from '../../ui/errors';
import { useFormatDate } from '../../ui/useFormatDate';
import { ProblemList } from './ProblemList';

const FILE_ERRORS = ['not_spreadsheet', 'old_xls', 'too_large', 'no_header', 'file_missing', 'nothing_to_import'];
const letter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + letter(i % 26));

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

interface Props {
  clients: Client[];
  defaultClientId: string | null;
  onClose(): void;
  onImported(result: { importId: string; created: number; fileName: string }): void;
}

/**
 * Import an EP spreadsheet: pick the file and the client, read the preview (header found,
 * columns mapped, every row with its problems), correct the mapping, import.
 */
export function ImportModal({ clients, defaultClientId, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatDate();
  const [clientId, setClientId] = useState<string | null>(defaultClientId ?? (clients.length === 1 ? clients[0]!.id : null));
  const [file, setFile] = useState<File | null>(null);
  const [path, setPath] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnTarget[] | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);

  const explain = (err: unknown) => {
    const code = err instanceof AppError ? err.issues?.[0]?.code : undefined;
    return code && FILE_ERRORS.includes(code) ? t(`epImport.error.${code}`) : errorMessage(t, err);
  };
  const read = async (next: { path?: string | null; clientId?: string | null; mapping?: ColumnTarget[] }) => {
    const p = next.path ?? path;
    const c = next.clientId ?? clientId;
    if (!p || !c) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.call('epImport.preview', { path: p, clientId: c, ...(next.mapping ? { mapping: next.mapping } : mapping ? { mapping } : {}) });
      setPreview(result);
      setMapping(result.mapping);
    } catch (err) {
      setPreview(null);
      setError(explain(err));
    } finally {
      setBusy(false);
    }
  };
  const pick = async (f: File | null) => {
    setFile(f);
    setPreview(null);
    setMapping(undefined);
    setError(null);
    if (!f) return;
    if (f.size > MAX_IMPORT_BYTES) {
      setError(t('epImport.error.too_large'));
      return;
    }
    setBusy(true);
    try {
      const staged = await api.call('epImport.stage', { name: f.name, dataBase64: await toBase64(f) });
      setPath(staged.path);
      setBusy(false);
      await read({ path: staged.path, mapping: undefined });
    } catch (err) {
      setBusy(false);
      setError(explain(err));
    }
  };
  const apply = async () => {
    if (!path || !clientId || !preview) return;
    setBusy(true);
    try {
      const r = await api.call('epImport.apply', { path, clientId, mapping });
      onImported({ importId: r.importId, created: r.created, fileName: preview.fileName });
    } catch (err) {
      setError(explain(err));
    } finally {
      setBusy(false);
    }
  };

  const rows = useMemo(() => (preview?.rows ?? []).filter((r) => !onlyProblems || r.problems.some((p) => p.severity !== 'info')), [preview, onlyProblems]);
  // Heights known in advance (two lines, or one per problem): no measuring while scrolling.
  const heightOf = (i: number) => 12 + 18 * Math.max(2, rows[i]?.problems.length ?? 0);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => listRef.current, estimateSize: heightOf, overscan: 10 });
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, rows]);
  const errors = preview?.rows.filter((r) => !r.ok).length ?? 0;
  const warnings = preview?.rows.filter((r) => r.ok && r.problems.some((p) => p.severity === 'warning')).length ?? 0;

  return (
    <Modal opened onClose={onClose} title={t('epImport.title')} size="90vw" centered>
      <Stack gap="sm">
        <Group grow align="flex-end">
          <FileInput
            label={t('epImport.file')}
            placeholder={t('epImport.filePlaceholder')}
            accept=".xlsx,.csv,.tsv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            leftSection={<IconFileSpreadsheet size={16} />}
            value={file}
            onChange={(f) => void pick(f)}
            clearable
          />
          <Select
            label={t('epImport.client')}
            data={clients.map((c) => ({ value: c.id, label: c.name }))}
            value={clientId}
            onChange={(c) => {
              setClientId(c);
              void read({ clientId: c });
            }}
            allowDeselect={false}
          />
        </Group>
        {busy && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('epImport.reading')}</Text>
          </Group>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {preview && (
          <>
            <Text size="sm">{t('epImport.header', { row: preview.headerRow, sheet: preview.sheet, file: preview.fileName })}</Text>
            <div>
              <Text size="sm" fw={600}>
                {t('epImport.mapping')}
              </Text>
              <Text size="xs" c="dimmed" mb={4}>
                {t('epImport.mappingHint')}
              </Text>
              <SimpleGrid cols={{ base: 2, md: 4, lg: 6 }} spacing="xs" verticalSpacing={4}>
                {preview.mapping.map((target, i) => (
                  <NativeSelect
                    key={i}
                    size="xs"
                    label={t('epImport.columnOf', { letter: letter(i), header: preview.headers[i] ?? '' })}
                    value={target}
                    data={[{ value: 'ignore', label: t('epImport.ignore') }, ...SHEET_FIELDS.map((f) => ({ value: f, label: t(`epImport.field.${f}`) }))]}
                    onChange={(e) => {
                      const next = [...preview.mapping];
                      next[i] = e.currentTarget.value as ColumnTarget;
                      setMapping(next);
                      void read({ mapping: next });
                    }}
                    styles={{ label: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', unicodeBidi: 'isolate' } }}
                  />
                ))}
              </SimpleGrid>
            </div>
            <Group justify="space-between">
              <Text size="sm" aria-live="polite">
                {t('epImport.summary', { rows: preview.rows.length, posts: preview.posts, errors, warnings })}
              </Text>
              <Checkbox size="xs" label={t('epImport.onlyProblems')} checked={onlyProblems} onChange={(e) => setOnlyProblems(e.currentTarget.checked)} />
            </Group>
            <ScrollArea h="32vh" type="auto" viewportRef={listRef}>
              <div role="table" aria-label={t('epImport.title')} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
                {virtualizer.getVirtualItems().map((item) => {
                  const r = rows[item.index]!;
                  return (
                    <div
                      key={r.row}
                      role="row"
                      style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)`, height: item.size, overflow: 'hidden', display: 'grid', gridTemplateColumns: '56px 190px 150px 1fr 1.3fr 1.3fr', gap: 8, padding: '4px 6px', borderBottom: '1px solid var(--mantine-color-default-border)', background: r.ok ? undefined : 'var(--mantine-color-red-light)' }}
                    >
                      <Text role="cell" size="xs" c="dimmed">
                        {t('epImport.row')} {r.row}
                      </Text>
                      <Text role="cell" size="xs">
                        {r.date ? `${fmt(r.date)} ${r.time}` : '—'}
                      </Text>
                      <Text role="cell" size="xs">
                        {r.platforms.map((p) => PLATFORM_LABELS[p]).join(', ')}
                      </Text>
                      <Text role="cell" size="xs" truncate style={{ unicodeBidi: 'isolate' }}>
                        {r.topic}
                      </Text>
                      <Text role="cell" size="xs" lineClamp={2} style={{ unicodeBidi: 'isolate', whiteSpace: 'pre-line' }}>
                        {r.caption}
                      </Text>
                      <div role="cell">
                        <ProblemList problems={r.problems} />
                      </div>
                    </div>
                  );
                })}
              </div>
            </ScrollArea>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void apply()} disabled={!preview || preview.posts === 0 || busy}>
            {t('epImport.apply', { count: preview?.posts ?? 0 })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
