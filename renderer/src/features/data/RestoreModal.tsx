import { Alert, Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/contract/data';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { errorMessage } from '../../ui/errors';
import { notifySuccess } from '../../ui/notify';
import { useFormat } from '../../ui/useFormatDate';

/** What a backup holds (read without touching the current data), then restore on confirmation. */
export function RestoreModal({ backup, onClose, damaged = false }: { backup: BackupInfo; onClose: () => void; damaged?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const preview = useApiQuery('backups.preview', { file: backup.file });
  const restore = useApiMutation('backups.restore', []);
  const p = preview.data;
  return (
    <Modal opened onClose={onClose} title={t('data.yourData.restoreTitle')} size="md">
      <Stack>
        <Text size="sm" c="dimmed">
          {t(`data.yourData.kinds.${backup.kind}`)} · {fmt.instant(backup.createdAt)} · {fmt.bytes(backup.bytes)}
        </Text>
        {preview.isPending ? (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">{t('data.yourData.previewLoading')}</Text>
          </Group>
        ) : preview.error ? (
          <Alert color="red">{errorMessage(t, preview.error)}</Alert>
        ) : p && !p.usable ? (
          <Alert color="red">{t('data.yourData.unusable', { why: t(`data.yourData.why.${p.problem ?? 'damaged'}`) })}</Alert>
        ) : (
          p && (
            <>
              <Text fw={500}>{t('data.yourData.holds')}</Text>
              <Table variant="vertical" withTableBorder>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={180}>{t('data.yourData.clients')}</Table.Th>
                    <Table.Td>{p.clients}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('data.yourData.posts')}</Table.Th>
                    <Table.Td>{p.posts}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('data.yourData.lastChange')}</Table.Th>
                    <Table.Td>{p.lastChange ? fmt.instant(p.lastChange) : '—'}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
              <Alert color="yellow">{t(damaged ? 'data.yourData.restoreDamagedWarning' : 'data.yourData.restoreWarning')}</Alert>
            </>
          )
        )}
        {restore.error && <Alert color="red">{errorMessage(t, restore.error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            disabled={!p?.usable}
            loading={restore.isPending}
            onClick={() =>
              restore.mutate(
                { file: backup.file },
                {
                  onSuccess: (r) => {
                    notifySuccess(r.keptAs ? t('data.yourData.restored', { file: r.keptAs }) : t('data.problem.restored'));
                    // Everything on screen came from the old data.
                    void qc.invalidateQueries();
                    onClose();
                  },
                },
              )
            }
          >
            {t('data.yourData.restoreConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
