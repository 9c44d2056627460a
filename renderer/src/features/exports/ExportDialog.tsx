import { Alert, Anchor, Badge, Button, Chip, Code, Group, Loader, Modal, Progress, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconFolder, IconFolderOpen } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_EXPORT_STATUSES, type ExportResult } from '../../../../shared/contract/exports';
import type { EventPayload } from '../../../../shared/contract/events';
import type { Client } from '../../../../shared/contract/schemas';
import { PLATFORM_LABELS } from '../../../../shared/domain/platforms';
import { SLOT_STATUSES, STATUS_COLORS, type SlotStatus } from '../../../../shared/domain/status';
import { AppError } from '../../../../shared/contract/errors';
import { useApiQuery } from '../../api/queries';
import { api } from '../../api/transport';
import { errorMessage } from '../../ui/errors';
import { notifySuccess } from '../../ui/notify';
import { useFormatDate } from '../../ui/useFormatDate';
import { copyPlain } from '../editor/document/clipboard';
import { localToday } from '../calendar/events';
import { hasDesktopFolders, pickFolder, showInFolder } from './desktop';
import { initialPeriod, periodOf, PRESETS, type PeriodDraft } from './period';
import { DateField, MonthField } from '../../ui/DateFields';

type Stage = { step: 'form' } | { step: 'running'; jobId: string } | { step: 'done'; result: ExportResult };

interface Props {
  opened: boolean;
  onClose(): void;
  clients: Client[];
  initialClientId: string | null;
}

/**
 * The export (issue 9 item 2): choose client, period, statuses and folder; see what goes to the
 * client (and what needs a look first, with links to those posts); then the core writes the
 * bundle, reporting progress as events; cancel leaves nothing; the end shows where it went.
 */
export function ExportDialog({ opened, onClose, clients, initialClientId }: Props) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [clientId, setClientId] = useState<string | null>(initialClientId ?? clients[0]?.id ?? null);
  const [period, setPeriod] = useState<PeriodDraft>(() => initialPeriod(localToday()));
  const [statuses, setStatuses] = useState<SlotStatus[]>([...DEFAULT_EXPORT_STATUSES]);
  const [outDir, setOutDir] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>({ step: 'form' });
  const [progress, setProgress] = useState<EventPayload<'export.progress'> | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (opened) {
      setStage({ step: 'form' });
      setError(null);
      if (initialClientId) setClientId(initialClientId);
    }
  }, [opened, initialClientId]);

  const range = periodOf(period);
  const previewInput = clientId && range && statuses.length > 0 ? { clientId, ...range, statuses } : null;
  const preview = useApiQuery('exports.preview', previewInput ?? { clientId: '', from: '', to: '' }, { enabled: opened && previewInput !== null && stage.step === 'form' });
  const folder = outDir ?? preview.data?.suggestedOutDir ?? '';
  const running = stage.step === 'running';

  async function start() {
    if (!previewInput || !folder) return;
    const jobId = crypto.randomUUID();
    setError(null);
    setProgress(null);
    setStage({ step: 'running', jobId });
    const stop = api.on('export.progress', (p) => p.jobId === jobId && setProgress(p));
    try {
      const result = await api.call('exports.create', { ...previewInput, outDir: folder, jobId, language: i18n.language === 'en' ? 'en' : 'id' });
      setStage({ step: 'done', result });
      void qc.invalidateQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && /^(exports|slots)\./.test(q.queryKey[0]) });
    } catch (err) {
      setStage({ step: 'form' });
      if (err instanceof AppError && err.code === 'cancelled') notifySuccess(t('exports.dialog.cancelled'));
      else setError(errorMessage(t, err));
    } finally {
      stop();
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('exports.dialog.title')}
      size="xl"
      closeOnEscape={!running}
      closeOnClickOutside={!running}
      withCloseButton={!running}
    >
      {stage.step === 'done' ? (
        <Finished result={stage.result} onClose={onClose} />
      ) : (
        <Stack gap="md">
          <Select
            label={t('exports.dialog.client')}
            data={clients.map((c) => ({ value: c.id, label: c.name }))}
            value={clientId}
            onChange={setClientId}
            allowDeselect={false}
            disabled={running}
          />
          <PeriodFields value={period} onChange={setPeriod} disabled={running} />
          <Chip.Group multiple value={statuses} onChange={(v) => setStatuses(v as SlotStatus[])}>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="export-statuses">
                {t('exports.dialog.statuses')}
              </Text>
              <Group gap={6} role="group" aria-labelledby="export-statuses">
                {SLOT_STATUSES.map((s) => (
                  <Chip key={s} value={s} size="xs" color={STATUS_COLORS[s]} disabled={running}>
                    {t(`statuses.${s}`)}
                  </Chip>
                ))}
              </Group>
            </Stack>
          </Chip.Group>
          <Group align="end" gap="xs" wrap="nowrap">
            <TextInput
              label={t('exports.dialog.folder')}
              description={t('exports.dialog.folderHint')}
              value={folder}
              onChange={(e) => setOutDir(e.currentTarget.value)}
              leftSection={<IconFolder size={16} />}
              readOnly={hasDesktopFolders()}
              disabled={running}
              style={{ flex: 1 }}
            />
            {hasDesktopFolders() && (
              <Button variant="default" disabled={running} onClick={() => void pickFolder(folder).then((p) => p && setOutDir(p))}>
                {t('exports.dialog.pickFolder')}
              </Button>
            )}
          </Group>

          <PreviewPanel state={preview} enabled={previewInput !== null} onOpenPost={onClose} />

          {error && (
            <Alert color="red" icon={<IconAlertTriangle size={16} />} role="alert">
              {error}
            </Alert>
          )}

          {running ? (
            <Stack gap={6}>
              <Progress
                value={progress && progress.total > 0 ? (100 * progress.done) / progress.total : 0}
                animated
                aria-label={t('exports.dialog.progress')}
                size="lg"
              />
              <Group justify="space-between">
                <Text size="sm" aria-live="polite">
                  {t(`exports.dialog.phases.${progress?.phase ?? 'prepare'}`)}
                  {progress ? ` · ${t('exports.dialog.steps', { done: progress.done, total: progress.total })}` : ''}
                </Text>
                <Button variant="default" color="red" onClick={() => void api.call('exports.cancel', { jobId: stage.jobId })}>
                  {t('exports.dialog.cancel')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {preview.data ? t('exports.dialog.fileName', { name: preview.data.zipName }) : ''}
              </Text>
              <Button onClick={() => void start()} disabled={!preview.data || preview.data.totals.posts === 0 || !folder.trim()}>
                {t('exports.dialog.export')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Modal>
  );
}

function PeriodFields({ value, onChange, disabled }: { value: PeriodDraft; onChange(v: PeriodDraft): void; disabled: boolean }) {
  const { t } = useTranslation();
  const set = (patch: Partial<PeriodDraft>) => onChange({ ...value, ...patch });
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id="export-period">
        {t('exports.dialog.period')}
      </Text>
      <SegmentedControl
        aria-labelledby="export-period"
        value={value.preset}
        disabled={disabled}
        onChange={(p) => {
          const range = periodOf(value);
          // "Custom" starts from the period shown, so switching never loses the dates.
          set(p === 'custom' && range ? { preset: p, ...range } : { preset: p as PeriodDraft['preset'] });
        }}
        data={PRESETS.map((p) => ({ value: p, label: t(`exports.dialog.presets.${p}`) }))}
      />
      <Group gap="xs" grow>
        {value.preset === 'month' && (
          <MonthField label={t('exports.dialog.month')} value={value.month} onChange={(month) => set({ month })} disabled={disabled} />
        )}
        {(value.preset === 'week' || value.preset === 'twoWeeks') && (
          <DateField label={t('exports.dialog.start')} value={value.start} onChange={(start) => set({ start })} disabled={disabled} />
        )}
        {value.preset === 'custom' && (
          <>
            <DateField label={t('exports.dialog.start')} value={value.from} onChange={(from) => set({ from })} disabled={disabled} />
            <DateField label={t('exports.dialog.end')} value={value.to} onChange={(to) => set({ to })} disabled={disabled} />
          </>
        )}
      </Group>
    </Stack>
  );
}

function PreviewPanel({ state, enabled, onOpenPost }: { state: ReturnType<typeof useApiQuery<'exports.preview'>>; enabled: boolean; onOpenPost(): void }) {
  const { t } = useTranslation();
  const fmt = useFormatDate();
  if (!enabled) return null;
  if (state.isPending) {
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm">{t('exports.dialog.loading')}</Text>
      </Group>
    );
  }
  if (state.error) {
    return (
      <Alert color="red" icon={<IconAlertTriangle size={16} />} role="alert">
        {errorMessage(t, state.error)}
      </Alert>
    );
  }
  const p = state.data;
  const attention = p.posts.filter((x) => x.noCopy || x.errorPlatforms.length > 0);
  return (
    <Stack gap="xs" component="section" aria-label={t('exports.dialog.preview')}>
      <Text fw={600}>{t('exports.dialog.preview')}</Text>
      {p.totals.posts === 0 ? (
        <Text c="dimmed">{t('exports.dialog.nothing')}</Text>
      ) : (
        <Group gap="xs">
          <Badge variant="light" size="lg">{t('exports.dialog.totals.posts', { count: p.totals.posts })}</Badge>
          <Badge variant="light" size="lg" color="gray">{t('exports.dialog.totals.variants', { count: p.totals.variants })}</Badge>
          <Badge variant="light" size="lg" color="gray">{t('exports.dialog.totals.assets', { count: p.totals.assets })}</Badge>
          {p.totals.withErrors > 0 && (
            <Badge variant="light" size="lg" color="red">{t('exports.dialog.totals.errors', { count: p.totals.withErrors })}</Badge>
          )}
          {p.totals.withoutCopy > 0 && (
            <Badge variant="light" size="lg" color="orange">{t('exports.dialog.totals.noCopy', { count: p.totals.withoutCopy })}</Badge>
          )}
        </Group>
      )}
      {attention.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('exports.dialog.attention')}
          </Text>
          <Stack gap={2} mah={180} style={{ overflowY: 'auto' }} role="list" aria-label={t('exports.dialog.attention')}>
            {attention.map((x) => (
              <Group key={x.id} gap="xs" wrap="nowrap" role="listitem">
                <Anchor
                  size="sm"
                  href={`#/calendar/${encodeURIComponent(x.id)}`}
                  onClick={onOpenPost}
                  aria-label={t('exports.dialog.openPost', { no: x.no, topic: x.topic || t('exports.dialog.untitled') })}
                >
                  {x.no}. {fmt(x.localDate)} {x.localTime} · {x.topic || t('exports.dialog.untitled')}
                </Anchor>
                <Text size="xs" c={x.noCopy ? 'orange' : 'red'}>
                  {x.noCopy
                    ? t('exports.dialog.noCopyPost')
                    : t('exports.dialog.errorOn', { platforms: x.errorPlatforms.map((pl) => PLATFORM_LABELS[pl]).join(', ') })}
                </Text>
              </Group>
            ))}
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}

function Finished({ result, onClose }: { result: ExportResult; onClose(): void }) {
  const { t } = useTranslation();
  const desktop = hasDesktopFolders();
  return (
    <Stack gap="md">
      <Alert color="green" icon={<IconCheck size={16} />} role="status" title={t('exports.dialog.finished', { version: result.version, count: result.posts })}>
        {t('exports.dialog.finishedSent')}
      </Alert>
      <FileLine label={t('exports.dialog.zipFile')} path={result.zipPath} desktop={desktop} />
      <FileLine label={t('exports.dialog.reviewFile')} path={result.reviewPath} desktop={desktop} />
      <Group justify="end">
        <Button onClick={onClose}>{t('exports.dialog.close')}</Button>
      </Group>
    </Stack>
  );
}

/** One written file: its path, and "Show in folder" on the desktop or "Copy the path" in a browser. */
export function FileLine({ label, path, desktop }: { label: string; path: string; desktop: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Code style={{ flex: 1, overflowWrap: 'anywhere' }}>{path}</Code>
        {desktop ? (
          <Button variant="default" size="xs" leftSection={<IconFolderOpen size={14} />} onClick={() => void showInFolder(path)}>
            {t('exports.showInFolder')}
          </Button>
        ) : (
          <Button
            variant="default"
            size="xs"
            leftSection={<IconCopy size={14} />}
            aria-label={`${t('exports.copyPath')}: ${label}`}
            onClick={() => void copyPlain(path).then((ok) => ok && notifySuccess(t('exports.copied')))}
          >
            {t('exports.copyPath')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
