import { ActionIcon, Box, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconArrowRight, IconMovie, IconPhotoPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Slot, SlotAsset } from '../../../../shared/contract/schemas';
import { api, filePaths } from '../../api/transport';
import { errorMessage } from '../../ui/errors';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useThumbs } from './useThumbs';
import '@mantine/dropzone/styles.css';

const ACCEPT = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'image/tiff', 'video/mp4', 'video/quicktime', 'video/webm', 'video/x-matroska'];

/**
 * The post's visuals: drop files or pick them, see thumbnails, reorder, remove with undo. The
 * core checks every file (missing, unreadable, too large) and says which one in the user's words.
 */
export function AssetsPanel({ slot, onChanged }: { slot: Slot; onChanged(assets: SlotAsset[]): void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const openRef = useRef<() => void>(null);
  const [busy, setBusy] = useState(0);
  const thumbs = useThumbs(slot.assets.map((a) => a.hash));

  const done = async (assets: SlotAsset[]) => {
    onChanged(assets);
    await qc.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'slots.list' });
  };

  const add = async (files: File[]) => {
    if (!files.length) return;
    setBusy(files.length);
    try {
      const paths = await filePaths(files);
      const res = await api.call('assets.add', { slotId: slot.id, paths });
      await done(res.assets);
      notifySuccess(res.added.length ? t('assets.added', { count: res.added.length }) : t('assets.already'));
    } catch (err) {
      notifyError(t('errors.title'), errorMessage(t, err));
    } finally {
      setBusy(0);
    }
  };

  const move = async (index: number, by: -1 | 1) => {
    const hashes = slot.assets.map((a) => a.hash);
    const [h] = hashes.splice(index, 1);
    hashes.splice(index + by, 0, h!);
    try {
      await done((await api.call('assets.reorder', { slotId: slot.id, hashes })).assets);
    } catch (err) {
      notifyError(t('errors.title'), errorMessage(t, err));
    }
  };

  const remove = async (a: SlotAsset) => {
    try {
      await done((await api.call('assets.remove', { slotId: slot.id, hash: a.hash })).assets);
    } catch (err) {
      notifyError(t('errors.title'), errorMessage(t, err));
      return;
    }
    const id = `asset-removed-${a.hash}`;
    notifications.show({
      id,
      color: 'gray',
      autoClose: 8000,
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{t('assets.removed', { name: a.name })}</Text>
          <Button
            size="compact-xs"
            variant="light"
            onClick={async () => {
              notifications.hide(id);
              try {
                await done((await api.call('assets.restore', { slotId: slot.id, hash: a.hash })).assets);
                notifySuccess(t('assets.restored', { name: a.name }));
              } catch (err) {
                notifyError(t('errors.title'), errorMessage(t, err));
              }
            }}
          >
            {t('common.undo')}
          </Button>
        </Group>
      ),
    });
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby={`assets-${slot.id}`}>
      <Group justify="space-between">
        <Title order={3} size="h6" id={`assets-${slot.id}`}>
          {t('assets.title')}
        </Title>
        <Button size="xs" variant="default" leftSection={<IconPhotoPlus size={14} />} onClick={() => openRef.current?.()}>
          {t('assets.pick')}
        </Button>
      </Group>
      <Dropzone
        openRef={openRef}
        onDrop={(files) => void add(files)}
        onReject={(rejections) => void add(rejections.map((r) => r.file))}
        accept={ACCEPT}
        activateOnClick={false}
        // A real <input type=file>: the app's preload can then give each File's path.
        useFsAccessApi={false}
        // The visible "Pick files" button opens this input; screen readers need only that one.
        inputProps={{ 'aria-hidden': true, tabIndex: -1 }}
        loading={busy > 0}
        aria-label={t('assets.dropZone')}
        p="sm"
        radius="md"
      >
        <Group gap="sm" wrap="nowrap" style={{ pointerEvents: 'none' }}>
          {busy > 0 ? <Loader size="sm" /> : <IconPhotoPlus size={28} stroke={1.4} aria-hidden />}
          <div>
            <Text size="sm">{busy > 0 ? t('assets.adding', { count: busy }) : t('assets.drop')}</Text>
            <Text size="xs" c="dimmed">
              {t('assets.dropHint')}
            </Text>
          </div>
        </Group>
      </Dropzone>
      {slot.assets.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('assets.empty')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 4, lg: 6 }} spacing="xs" component="ul" aria-label={t('assets.list')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {slot.assets.map((a, i) => (
            <Paper key={a.hash} component="li" withBorder radius="sm" p={4} aria-label={a.name}>
              <Box style={{ aspectRatio: '1', display: 'grid', placeItems: 'center', overflow: 'hidden', borderRadius: 4, background: 'var(--mantine-color-default-hover)' }}>
                {a.kind === 'image' && thumbs.get(a.hash) ? (
                  <img src={thumbs.get(a.hash)!} alt={a.name} style={{ width: '100%', height: '100%', objectFit: 'cover' }} />
                ) : a.kind === 'image' ? (
                  <Loader size="xs" />
                ) : (
                  <Stack gap={2} align="center">
                    <IconMovie size={28} stroke={1.4} aria-hidden />
                    <Text size="xs">{t('assets.video')}</Text>
                  </Stack>
                )}
              </Box>
              <Text size="xs" truncate="end" mt={4} title={a.name}>
                {a.name}
              </Text>
              <Group gap={2} justify="space-between" wrap="nowrap">
                <Group gap={2} wrap="nowrap">
                  <ActionIcon size="sm" variant="subtle" aria-label={t('assets.moveEarlier', { name: a.name })} disabled={i === 0} onClick={() => void move(i, -1)}>
                    <IconArrowLeft size={14} />
                  </ActionIcon>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    aria-label={t('assets.moveLater', { name: a.name })}
                    disabled={i === slot.assets.length - 1}
                    onClick={() => void move(i, 1)}
                  >
                    <IconArrowRight size={14} />
                  </ActionIcon>
                </Group>
                <ActionIcon size="sm" variant="subtle" color="red" aria-label={t('assets.remove', { name: a.name })} onClick={() => void remove(a)}>
                  <IconTrash size={14} />
                </ActionIcon>
              </Group>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
