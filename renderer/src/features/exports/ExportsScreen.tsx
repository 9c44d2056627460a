import { ActionIcon, Badge, Button, ColorSwatch, Group, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconCopy, IconFileZip, IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/contract/schemas';
import { formatPeriod } from '../../../../shared/domain/formatDate';
import { useApiQuery } from '../../api/queries';
import { notifySuccess } from '../../ui/notify';
import { useFormatDate } from '../../ui/useFormatDate';
import { copyPlain } from '../editor/document/clipboard';
import { ImportFeedbackButton } from '../review-import/ImportFeedbackButton';
import { RecentImports } from '../review-import/RecentImports';
import { hasDesktopFolders, showInFolder } from './desktop';
import { ExportDialog } from './ExportDialog';

/** Every bundle sent, per client and period, newest first, with the client's decisions so far. */
export function ExportsScreen({ clientId, clients }: { clientId: string | null; clients: Client[] }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatDate();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const list = useApiQuery('exports.list', clientId ? { clientId } : {});
  const [open, setOpen] = useState(false);
  const colors = new Map(clients.map((c) => [c.id, c.color]));
  const desktop = hasDesktopFolders();
  const rows = list.data ?? [];

  return (
    <Stack maw={1180}>
      <Group justify="space-between" align="start">
        <Stack gap={2}>
          <Title order={2}>{t('exports.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('exports.intro')}
          </Text>
        </Stack>
        <Group gap="xs">
          <ImportFeedbackButton />
          <Button leftSection={<IconFileZip size={16} />} onClick={() => setOpen(true)} disabled={clients.length === 0}>
            {t('exports.newExport')}
          </Button>
        </Group>
      </Group>

      {list.isSuccess && rows.length === 0 && <Text c="dimmed">{t('exports.empty')}</Text>}
      {rows.length > 0 && (
        <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('exports.listLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exports.columns.client')}</Table.Th>
              <Table.Th>{t('exports.columns.period')}</Table.Th>
              <Table.Th>{t('exports.columns.version')}</Table.Th>
              <Table.Th>{t('exports.columns.created')}</Table.Th>
              <Table.Th ta="right">{t('exports.columns.posts')}</Table.Th>
              <Table.Th>{t('exports.columns.decisions')}</Table.Th>
              <Table.Th>{t('exports.columns.files')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.bundleId}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <ColorSwatch color={colors.get(r.clientId) ?? '#868e96'} size={12} aria-hidden />
                    <Text size="sm" fw={500}>
                      {r.clientName}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatPeriod(r.from, r.to, lang)}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="outline" color="gray" tt="none">
                    v{r.version}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{fmt(r.createdAt.slice(0, 10))}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{r.posts}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Badge color="green" variant="light">
                      {t('exports.counts.approved', { count: r.counts.approved })}
                    </Badge>
                    <Badge color="orange" variant="light">
                      {t('exports.counts.changes', { count: r.counts.changesRequested })}
                    </Badge>
                    <Badge color="gray" variant="light">
                      {t('exports.counts.waiting', { count: r.counts.waiting })}
                    </Badge>
                  </Group>
                </Table.Td>
                <Table.Td>
                  {!r.zipExists ? (
                    <Text size="xs" c="dimmed">
                      {t('exports.missingFile')}
                    </Text>
                  ) : desktop ? (
                    <Tooltip label={r.zipPath}>
                      <ActionIcon variant="subtle" aria-label={`${t('exports.showInFolder')}: ${r.clientName} v${r.version}`} onClick={() => void showInFolder(r.zipPath)}>
                        <IconFolderOpen size={16} />
                      </ActionIcon>
                    </Tooltip>
                  ) : (
                    <Tooltip label={r.zipPath}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${t('exports.copyPath')}: ${r.clientName} v${r.version}`}
                        onClick={() => void copyPlain(r.zipPath).then((ok) => ok && notifySuccess(t('exports.copied')))}
                      >
                        <IconCopy size={16} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <RecentImports bundles={rows} />
      <ExportDialog opened={open} onClose={() => setOpen(false)} clients={clients} initialClientId={clientId} />
    </Stack>
  );
}
