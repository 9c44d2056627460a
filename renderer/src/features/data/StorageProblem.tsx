import { Alert, Button, Card, Center, Code, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconHistory, IconRefresh } from '@tabler/icons-react';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus, BackupInfo } from '../../../../shared/contract/data';
import { useApiQuery } from '../../api/queries';
import { api } from '../../api/transport';
import { useFormat } from '../../ui/useFormatDate';
import { RestoreModal } from './RestoreModal';

/**
 * The database could not be opened. Says what happened in words, where the file is, and offers
 * the newest good backup (damaged or newer-version data) or a retry (read-only, full disk).
 */
export function StorageProblem({ status }: { status: AppStatus }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const fmt = useFormat();
  const offersBackups = status.state === 'damaged' || status.state === 'from_future' || status.state === 'unavailable';
  const backups = useApiQuery('backups.list', {}, { enabled: offersBackups });
  const newestGood = useNewestGood(offersBackups ? (backups.data ?? []) : []);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const key = status.state === 'ready' ? 'unavailable' : status.state;

  return (
    <Center mih="100vh" p="lg">
      <Card withBorder shadow="sm" padding="xl" radius="md" maw={680} w="100%">
        <Stack gap="md">
          <Group gap="sm" wrap="nowrap">
            <IconAlertTriangle size={32} color="var(--mantine-color-orange-6)" aria-hidden />
            <Title order={1} size="h2">
              {t(`data.problem.${key}Title`)}
            </Title>
          </Group>
          <Text>{t(`data.problem.${key}Body`)}</Text>
          <Text size="sm">
            {t('data.problem.path')}: <Code>{status.dbPath}</Code>
          </Text>
          {offersBackups &&
            (backups.isPending || newestGood.pending ? (
              <Loader size="sm" aria-label={t('common.loading')} />
            ) : newestGood.backup ? (
              <Alert color="green" variant="light" title={t('data.problem.newest')}>
                <Stack gap="xs">
                  <Text size="sm">
                    {fmt.instant(newestGood.backup.createdAt)} · {t(`data.yourData.kinds.${newestGood.backup.kind}`)} · {fmt.bytes(newestGood.backup.bytes)}
                  </Text>
                  <Group>
                    <Button leftSection={<IconHistory size={18} />} onClick={() => setRestoring(newestGood.backup)}>
                      {t('data.problem.restoreNewest')}
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            ) : (
              <Alert color="red" variant="light">
                {t('data.problem.noBackups')}
              </Alert>
            ))}
          {offersBackups && (backups.data?.length ?? 0) > 1 && (
            <details>
              <summary>{t('data.problem.otherBackups')}</summary>
              <Table mt="xs">
                <Table.Tbody>
                  {backups.data!.map((b) => (
                    <Table.Tr key={b.file}>
                      <Table.Td>{fmt.instant(b.createdAt)}</Table.Td>
                      <Table.Td>{t(`data.yourData.kinds.${b.kind}`)}</Table.Td>
                      <Table.Td ta="right">
                        <Button size="xs" variant="subtle" onClick={() => setRestoring(b)} aria-label={`${t('data.yourData.restore')} ${fmt.instant(b.createdAt)}`}>
                          {t('data.yourData.restore')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </details>
          )}
          <Group>
            <Button variant="default" leftSection={<IconRefresh size={18} />} onClick={() => window.location.reload()}>
              {t('data.problem.retry')}
            </Button>
          </Group>
          {status.message && (
            <details>
              <summary>{t('data.problem.detail')}</summary>
              <Code block mt="xs">
                {status.message}
              </Code>
            </details>
          )}
        </Stack>
      </Card>
      {restoring && (
        <RestoreModal
          backup={restoring}
          damaged={status.state === 'damaged'}
          onClose={() => {
            setRestoring(null);
            void qc.invalidateQueries();
          }}
        />
      )}
    </Center>
  );
}

/** The newest backup whose preview says it can be restored (the newest few are checked together). */
function useNewestGood(backups: BackupInfo[]): { backup: BackupInfo | null; pending: boolean } {
  const candidates = backups.slice(0, 8);
  const previews = useQueries({
    queries: candidates.map((b) => ({ queryKey: ['backups.preview', { file: b.file }], queryFn: () => api.call('backups.preview', { file: b.file }) })),
  });
  for (const [i, q] of previews.entries()) {
    if (q.isPending) return { backup: null, pending: true };
    if (q.data?.usable) return { backup: candidates[i]!, pending: false };
  }
  return { backup: null, pending: false };
}
