import { Alert, Badge, Button, Grid, Group, Loader, Modal, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconHistory, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Revision, SaveResult } from '../../../../../shared/contract/editor';
import { PLATFORM_LABELS, type Platform } from '../../../../../shared/domain/platforms';
import { errorMessage } from '../../../ui/errors';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useFormat } from '../../../ui/useFormatDate';
import { useRestoreRevision, useRevisions } from '../api';
import { DiffView } from './DiffView';
import classes from '../panel.module.css';

interface Props {
  opened: boolean;
  onClose(): void;
  slotId: string;
  platform: Platform;
  /** The text in the editor now, what a version is compared with. */
  current: string;
  /** Runs before a restore, so unsaved typing is in the history first. */
  beforeRestore(): Promise<void>;
  onRestored(result: SaveResult): void;
}

/** The variant's versions, newest first, each compared with the current text; restore any. */
export function HistoryModal({ opened, onClose, slotId, platform, current, beforeRestore, onRestored }: Props) {
  const { t } = useTranslation();
  const revisions = useRevisions(slotId, platform, opened);
  const restore = useRestoreRevision();
  const [picked, setPicked] = useState<string | null>(null);
  const list = revisions.data ?? [];
  const selected = list.find((r) => r.id === picked) ?? list[0];
  const fmt = useFormat();
  const when = (iso: string) => fmt.instant(iso);

  const doRestore = async (r: Revision) => {
    await beforeRestore();
    restore.mutate(
      { revisionId: r.id },
      {
        onSuccess: (result) => {
          onRestored(result);
          notifySuccess(t('editor.restored', { time: when(r.updatedAt) }));
          setPicked(null);
          onClose();
        },
        onError: (err) => notifyError(t('errors.title'), errorMessage(t, err)),
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={
        <Group gap={6}>
          <IconHistory size={18} />
          <Text fw={600}>{t('editor.historyTitle', { platform: PLATFORM_LABELS[platform] })}</Text>
        </Group>
      }
    >
      {revisions.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : revisions.isError ? (
        <Alert color="red">{errorMessage(t, revisions.error)}</Alert>
      ) : list.length === 0 ? (
        <Text c="dimmed">{t('editor.historyEmpty')}</Text>
      ) : (
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <ScrollArea.Autosize mah={440}>
              <Stack gap={4} role="listbox" aria-label={t('editor.historyList')}>
                {list.map((r, i) => (
                  <UnstyledButton
                    key={r.id}
                    role="option"
                    aria-selected={r.id === selected?.id}
                    className={classes.revision}
                    onClick={() => setPicked(r.id)}
                  >
                    <Text size="sm" fw={500}>
                      {when(r.updatedAt)}
                    </Text>
                    <Group gap={4}>
                      <Badge size="xs" variant="light" color={r.author === 'client' ? 'violet' : 'gray'}>
                        {t(`editor.author.${r.author}`)}
                      </Badge>
                      {i === 0 && r.plain === current && (
                        <Badge size="xs" variant="outline">
                          {t('editor.current')}
                        </Badge>
                      )}
                      {r.restoredFrom && (
                        <Text size="xs" c="dimmed">
                          {t('editor.restoredFrom')}
                        </Text>
                      )}
                    </Group>
                  </UnstyledButton>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            {selected && (
              <Stack gap="sm">
                <Text size="sm" c="dimmed">
                  {t('editor.compareWith')}
                </Text>
                <ScrollArea.Autosize mah={360}>
                  <DiffView before={selected.plain} after={current} />
                </ScrollArea.Autosize>
                <Group justify="flex-end">
                  <Button
                    leftSection={<IconRestore size={16} />}
                    loading={restore.isPending}
                    disabled={selected.plain === current}
                    onClick={() => void doRestore(selected)}
                  >
                    {t('editor.restore')}
                  </Button>
                </Group>
              </Stack>
            )}
          </Grid.Col>
        </Grid>
      )}
    </Modal>
  );
}
