import { Alert, Button, Card, Divider, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDatabaseExport, IconDatabaseImport, IconDeviceFloppy, IconHistory } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/contract/data';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { errorMessage } from '../../ui/errors';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useFormat } from '../../ui/useFormatDate';
import { RestoreModal } from './RestoreModal';

/** Settings → Your data: where it lives, backups (make, restore), and moving the profile. */
export function YourData() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const info = useApiQuery('app.info', {});
  const status = useApiQuery('app.status', {});
  const backups = useApiQuery('backups.list', {});
  const backupNow = useApiMutation('backups.create', ['backups']);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const onError = (err: Error) => notifyError(t('errors.title'), errorMessage(t, err));

  return (
    <Card withBorder>
      <Stack gap="md">
        <Title order={3} size="h5">
          {t('data.yourData.title')}
        </Title>
        {info.data && (
          <Table variant="vertical" withTableBorder={false}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={180}>{t('settings.dataDir')}</Table.Th>
                <Table.Td style={{ wordBreak: 'break-all' }}>{info.data.dataDir}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('settings.dbPath')}</Table.Th>
                <Table.Td style={{ wordBreak: 'break-all' }}>{info.data.dbPath}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('data.yourData.backupFolder')}</Table.Th>
                <Table.Td style={{ wordBreak: 'break-all' }}>{status.data?.backupDir}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('settings.schema')}</Table.Th>
                <Table.Td>{info.data.schemaVersion}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('settings.version')}</Table.Th>
                <Table.Td>{info.data.version}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}

        <Divider />
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={4} size="h6">
              {t('data.yourData.backupsTitle')}
            </Title>
            <Text size="sm" c="dimmed" maw={480}>
              {t('data.yourData.backupsHint')}
            </Text>
          </div>
          <Button
            leftSection={<IconDeviceFloppy size={18} />}
            loading={backupNow.isPending}
            onClick={() => backupNow.mutate({}, { onSuccess: (b) => notifySuccess(t('data.yourData.backedUp', { when: fmt.instant(b.createdAt) })), onError })}
          >
            {t('data.yourData.backupNow')}
          </Button>
        </Group>
        {backups.data?.length === 0 && <Text size="sm">{t('data.yourData.none')}</Text>}
        {!!backups.data?.length && (
          <Table striped highlightOnHover aria-label={t('data.yourData.backupsTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('data.yourData.when')}</Table.Th>
                <Table.Th>{t('data.yourData.kind')}</Table.Th>
                <Table.Th>{t('data.yourData.size')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.data.slice(0, 12).map((b) => (
                <Table.Tr key={b.file}>
                  <Table.Td>{fmt.instant(b.createdAt)}</Table.Td>
                  <Table.Td>{t(`data.yourData.kinds.${b.kind}`)}</Table.Td>
                  <Table.Td>{fmt.bytes(b.bytes)}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconHistory size={14} />}
                      aria-label={`${t('data.yourData.restore')} ${fmt.instant(b.createdAt)}`}
                      onClick={() => setRestoring(b)}
                    >
                      {t('data.yourData.restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}

        <Divider />
        <MoveProfile />
      </Stack>
      {restoring && <RestoreModal backup={restoring} onClose={() => setRestoring(null)} />}
    </Card>
  );
}

/** Export the whole profile to one file; import one (after confirmation), e.g. on a new laptop. */
function MoveProfile() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [exportPath, setExportPath] = useState('');
  const [importPath, setImportPath] = useState('');
  const [confirming, setConfirming] = useState(false);
  const exporter = useApiMutation('profile.export', []);
  const importer = useApiMutation('profile.import', []);
  const onError = (err: Error) => notifyError(t('errors.title'), errorMessage(t, err));
  return (
    <Stack gap="sm">
      <div>
        <Title order={4} size="h6">
          {t('data.yourData.moveTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('data.yourData.moveHint')}
        </Text>
      </div>
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          label={t('data.yourData.exportPath')}
          description={t('data.yourData.exportPathHint')}
          value={exportPath}
          onChange={(e) => setExportPath(e.currentTarget.value)}
        />
        <Button
          variant="light"
          leftSection={<IconDatabaseExport size={18} />}
          loading={exporter.isPending}
          onClick={() =>
            exporter.mutate(exportPath.trim() ? { path: exportPath.trim() } : {}, {
              onSuccess: (r) => notifySuccess(t('data.yourData.exported', { path: r.path })),
              onError,
            })
          }
        >
          {t('data.yourData.export')}
        </Button>
      </Group>
      {exporter.data && (
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {t('data.yourData.exported', { path: exporter.data.path })}
        </Text>
      )}
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          label={t('data.yourData.importPath')}
          description={t('data.yourData.importPathHint')}
          value={importPath}
          onChange={(e) => setImportPath(e.currentTarget.value)}
        />
        <Button variant="light" color="orange" leftSection={<IconDatabaseImport size={18} />} disabled={!importPath.trim()} onClick={() => setConfirming(true)}>
          {t('data.yourData.import')}
        </Button>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('data.yourData.importTitle')}>
        <Stack>
          <Alert color="yellow">{t('data.yourData.importWarning')}</Alert>
          <Text size="sm" style={{ wordBreak: 'break-all' }}>
            {importPath}
          </Text>
          {importer.error && <Alert color="red">{errorMessage(t, importer.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={importer.isPending}
              onClick={() =>
                importer.mutate(
                  { path: importPath.trim() },
                  {
                    onSuccess: (r) => {
                      notifySuccess(t('data.yourData.imported', { clients: r.clients, posts: r.posts }));
                      setConfirming(false);
                      void qc.invalidateQueries();
                    },
                  },
                )
              }
            >
              {t('data.yourData.importConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
