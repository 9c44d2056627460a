import { Alert, Button, Group, Modal, ScrollArea, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlannedPost, SheetRow } from '../../../../shared/contract/epTable';
import type { Client } from '../../../../shared/contract/schemas';
import { PLATFORM_LABELS } from '../../../../shared/domain/platforms';
import { useFormat, useFormatDate } from '../../ui/useFormatDate';
import { ProblemList } from './ProblemList';

const SHOWN = 300;

interface Props {
  title: string;
  summary: string;
  note?: string;
  posts: PlannedPost[];
  /** For a paste: the rows as read, with their problems. */
  rows?: SheetRow[];
  /** For a paste with "All clients" in the sidebar: which client the posts are for. */
  clientChoice?: { clients: Client[]; value: string | null; onChange(id: string | null): void };
  busy: boolean;
  onConfirm(): void;
  onClose(): void;
}

/** What a bulk plan will create, before it is created: one line per post. */
export function PlanPreview({ title, summary, note, posts, rows, clientChoice, busy, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatDate();
  const { wallTime } = useFormat();
  const problems = new Map((rows ?? []).map((r) => [r.row, r]));
  return (
    <Modal opened onClose={onClose} title={title} size="xl" centered>
      <Stack>
        {clientChoice && (
          <Select
            label={t('epImport.client')}
            data={clientChoice.clients.map((c) => ({ value: c.id, label: c.name }))}
            value={clientChoice.value}
            onChange={clientChoice.onChange}
            allowDeselect={false}
            data-autofocus
          />
        )}
        <Text size="sm">{summary}</Text>
        {note && (
          <Text size="xs" c="dimmed">
            {note}
          </Text>
        )}
        {posts.length === 0 ? (
          <Alert color="gray">{t('epTable.preview.nothing')}</Alert>
        ) : (
          <ScrollArea.Autosize mah="50vh" type="auto">
            <Table striped withTableBorder fz="xs" aria-label={title}>
              <Table.Thead>
                <Table.Tr>
                  {rows && <Table.Th>{t('epTable.preview.row')}</Table.Th>}
                  <Table.Th>{t('epTable.col.date')}</Table.Th>
                  <Table.Th>{t('epTable.col.time')}</Table.Th>
                  <Table.Th>{t('epTable.col.platform')}</Table.Th>
                  <Table.Th>{t('epTable.col.format')}</Table.Th>
                  <Table.Th>{t('epTable.col.pillar')}</Table.Th>
                  <Table.Th>{t('epTable.col.topic')}</Table.Th>
                  {rows && <Table.Th>{t('epTable.preview.problems')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {posts.slice(0, SHOWN).map((p, i) => (
                  <Table.Tr key={i}>
                    {rows && <Table.Td>{p.rows.join(', ')}</Table.Td>}
                    <Table.Td>{fmt(p.date)}</Table.Td>
                    <Table.Td>{wallTime(p.time)}</Table.Td>
                    <Table.Td>{p.variants.map((v) => PLATFORM_LABELS[v.platform]).join(', ')}</Table.Td>
                    <Table.Td>{t(`formats.${p.format}`)}</Table.Td>
                    <Table.Td>{p.pillar}</Table.Td>
                    <Table.Td style={{ maxWidth: 260, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', unicodeBidi: 'isolate' }}>{p.topic}</Table.Td>
                    {rows && (
                      <Table.Td>
                        <ProblemList problems={p.rows.flatMap((r) => problems.get(r)?.problems ?? [])} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {posts.length > SHOWN && (
              <Text size="xs" c="dimmed" mt="xs">
                … +{posts.length - SHOWN}
              </Text>
            )}
          </ScrollArea.Autosize>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={onConfirm} disabled={posts.length === 0 || (clientChoice && !clientChoice.value)} loading={busy}>
            {t('epTable.preview.create', { count: posts.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
