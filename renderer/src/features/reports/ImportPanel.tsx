import { Alert, Badge, Button, Card, FileButton, Group, ScrollArea, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input, Output } from '../../../../shared/contract/methods';
import { FIELDS } from '../../../../shared/metrics/fields';
import { AppError } from '../../../../shared/contract/errors';
import { useApiMutation } from '../../api/queries';
import { filePaths } from '../../api/transport';
import { errorMessage } from '../../ui/errors';
import { notifyError, notifySuccess } from '../../ui/notify';
import { DateField } from '../../ui/DateFields';
import { useFormat } from '../../ui/useFormatDate';

type Preview = Output<'metrics.preview'>;

/** Import a platform export: path → preview (mapping, problems, matches) → apply → undo. */
export function ImportPanel({ clientId }: { clientId: string }) {
  const fmtAll = useFormat();
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [opts, setOpts] = useState<Omit<Input<'metrics.preview'>, 'path' | 'clientId'>>({});
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const previewM = useApiMutation('metrics.preview', []);
  const apply = useApiMutation('metrics.apply', ['metrics', 'reports', 'slots']);
  const undo = useApiMutation('metrics.undo', ['metrics', 'reports', 'slots']);

  const run = (next: typeof opts, file = path) => {
    setOpts(next);
    setError(null);
    setLastImport(null);
    previewM.mutate(
      { path: file, clientId, ...next },
      {
        onSuccess: setPreview,
        onError: (e) => {
          setPreview(null);
          const unknown = e instanceof AppError && e.details?.reason === 'unknown_export';
          setError(unknown ? t('reports.unknownExport') : errorMessage(t, e));
        },
      },
    );
  };
  const doApply = () =>
    apply.mutate(
      { path, clientId, ...opts },
      {
        onSuccess: (res) => {
          setPreview(null);
          setLastImport(res);
        },
        onError: (e) => notifyError(t('errors.title'), errorMessage(t, e)),
      },
    );
  const [lastImport, setLastImport] = useState<Output<'metrics.apply'> | null>(null);
  const mapping = preview?.headers.map((h) => h.field) ?? [];
  const fieldOptions = [{ value: '', label: t('reports.ignore') }, ...FIELDS.map((f) => ({ value: f, label: t(`reports.fields.${f}`) }))];

  return (
    <Card withBorder component="section" aria-label={t('reports.importTitle')}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('reports.importTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reports.importHint')}
        </Text>
        <Group align="flex-end">
          {/* The app gives the picked file's path; web mode streams it to the core first. */}
          <FileButton
            accept=".csv,.xlsx,.zip,text/csv,application/zip,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(f) => {
              if (!f) return;
              filePaths([f]).then(
                ([picked]) => {
                  setPath(picked!);
                  run({}, picked!);
                },
                (e: unknown) => setError(errorMessage(t, e)),
              );
            }}
          >
            {(props) => (
              <Button {...props} variant="default" loading={previewM.isPending}>
                {t('reports.pickFile')}
              </Button>
            )}
          </FileButton>
          <TextInput style={{ flex: 1 }} label={t('reports.filePath')} value={path} onChange={(e) => setPath(e.currentTarget.value)} placeholder="/home/…/Downloads/Content_kopisenja.zip" />
          <Button onClick={() => run({})} disabled={!path.trim()} loading={previewM.isPending}>
            {t('reports.preview')}
          </Button>
          {lastImport && (
            <Button variant="light" color="orange" loading={undo.isPending} onClick={() => undo.mutate({ importId: lastImport.importId }, { onSuccess: () => (setLastImport(null), notifySuccess(t('reports.undone'))), onError: (e) => notifyError(t('errors.title'), errorMessage(t, e)) })}>
              {t('reports.undoImport')}
            </Button>
          )}
        </Group>
        {lastImport && (
          <Alert color="green" role="status" aria-label={t('reports.importTitle')}>
            {t('reports.applied', lastImport)}
          </Alert>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {preview && (
          <Stack gap="xs">
            <Group>
              <Select
                label={t('reports.source')}
                data={Object.entries(t('reports.sources', { returnObjects: true }) as Record<string, string>).map(([value, label]) => ({ value, label }))}
                value={preview.source}
                allowDeselect={false}
                onChange={(v) => v && run({ ...opts, source: v as Preview['source'], mapping: undefined })}
              />
              <TextInput label={t('reports.sourceZone')} defaultValue={preview.sourceZone} onBlur={(e) => e.currentTarget.value !== preview.sourceZone && run({ ...opts, sourceZone: e.currentTarget.value })} />
              <DateField label={t('reports.exportDate')} value={preview.exportDate ?? ''} onChange={(d) => d && d !== preview.exportDate && run({ ...opts, exportDate: d })} />
            </Group>
            <Text size="sm" role="status">
              {t('reports.counts', { ...preview.counts, problems: preview.counts.withProblems })}
            </Text>
            <Text size="sm" fw={600}>
              {t('reports.mapping')} <Text span c="dimmed" size="xs">{t('reports.mappingHint')}</Text>
            </Text>
            <Group gap="xs">
              {preview.headers.map((h, i) => (
                <Select
                  key={`${i}-${h.name}`}
                  size="xs"
                  w={170}
                  label={h.name || `#${i + 1}`}
                  data={fieldOptions}
                  value={h.field ?? ''}
                  onChange={(v) => run({ ...opts, mapping: mapping.map((m, j) => (j === i ? ((v || null) as (typeof mapping)[number]) : m)) })}
                />
              ))}
            </Group>
            <ScrollArea h={260}>
              <Table striped withTableBorder fz="xs" aria-label={t('reports.preview')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('reports.line')}</Table.Th>
                    <Table.Th>{t('reports.date')}</Table.Th>
                    <Table.Th>{t('reports.post')}</Table.Th>
                    <Table.Th>{t('reports.engagements')}</Table.Th>
                    <Table.Th>{t('reports.match')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.rows.map((r) => (
                    <Table.Tr key={r.line}>
                      <Table.Td>{r.line}</Table.Td>
                      <Table.Td>
                        {r.publishedAt ? fmtAll.instant(r.publishedAt, 'UTC', { weekday: 'none' }) : r.date ? fmtAll.date(r.date) : '—'}
                      </Table.Td>
                      <Table.Td maw={360}>
                        <Text size="xs" lineClamp={2}>
                          <Badge size="xs" variant="light" mr={4}>
                            {r.platform}
                          </Badge>
                          {r.caption}
                        </Text>
                        {r.problems.map((p, i) => (
                          <Text key={i} size="xs" c="red">
                            {t(`reports.problem.${p.code}`, { column: p.column, value: p.value })}
                          </Text>
                        ))}
                      </Table.Td>
                      <Table.Td>{(r.metrics.likes ?? 0) + (r.metrics.comments ?? 0) + (r.metrics.shares ?? 0) + (r.metrics.saves ?? 0)}</Table.Td>
                      <Table.Td>
                        {r.effect && <Badge size="xs" color={r.effect === 'new' ? 'green' : 'blue'}>{t(`reports.effect.${r.effect}`)}</Badge>}{' '}
                        {r.match ? r.match.topic || r.match.kind : <Text span c="dimmed" size="xs">{t('reports.noMatch')}</Text>}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
            <Button w="fit-content" onClick={doApply} loading={apply.isPending} disabled={preview.counts.ok === 0}>
              {t('reports.apply', { count: preview.counts.ok })}
            </Button>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
