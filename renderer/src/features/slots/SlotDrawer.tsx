import { Badge, Button, ColorSwatch, Drawer, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, Slot } from '../../../../shared/contract/schemas';
import { STATUS_COLORS } from '../../../../shared/domain/status';
import { useFormat } from '../../ui/useFormatDate';
import { apiQuery, useApiMutation, useApiQuery } from '../../api/queries';
import { api } from '../../api/transport';
import { errorMessage, fieldErrors } from '../../ui/errors';
import { notifyError, notifySuccess } from '../../ui/notify';
import { CopyPanel } from '../editor/CopyPanel';
import { SlotFields, type SlotPatch } from './SlotFields';
import { isTransient } from '../../ui/errors';
import { AutosaveNote } from '../../ui/AutosaveNote';
import { useAutosave } from '../../ui/useAutosave';
import { useOwnEscape } from '../../ui/useOwnEscape';
import { StatusControl } from '../approval/StatusControl';
import { ApprovalNotice } from '../approval/ApprovalNotice';
import { History } from '../approval/History';
import { AssetsPanel } from '../assets/AssetsPanel';

const invalidateCalendar = (qc: ReturnType<typeof useQueryClient>) =>
  qc.invalidateQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && (q.queryKey[0].startsWith('slots') || q.queryKey[0].startsWith('ideas')) });

/** The wide drawer where one post is planned: fields, then the copy for each platform. */
export const SlotDrawer = memo(function SlotDrawer({ slotId, clients, onClose }: { slotId: string | null; clients: Client[]; onClose(): void }) {
  const { t } = useTranslation();
  const slot = useApiQuery('slots.get', { id: slotId ?? '' }, { enabled: !!slotId });
  const client = clients.find((c) => c.id === slot.data?.clientId);
  // Escape in a dialog opened from the drawer (history, glossary, hashtag sets) closes only that dialog.
  const root = useOwnEscape(!!slotId, onClose);
  return (
    <Drawer
      ref={root}
      opened={!!slotId}
      onClose={onClose}
      closeOnEscape={false}
      position="right"
      size="min(1100px, 92vw)"
      title={<Title order={2} size="h4">{slot.data?.topic || t('slot.title')}</Title>}
      closeButtonProps={{ 'aria-label': t('slot.close') }}
      padding="lg"
    >
      {slot.isPending && slotId && <Loader size="sm" />}
      {slot.isError && <Text c="dimmed">{t('slot.notFound')}</Text>}
      {slot.data && client && <SlotEditor key={slot.data.id} slot={slot.data} client={client} onClose={onClose} />}
    </Drawer>
  );
});

function SlotEditor({ slot, client, onClose }: { slot: Slot; client: Client; onClose(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const campaigns = useApiQuery('campaigns.list', { clientIds: [client.id] });
  const duplicate = useApiMutation('slots.duplicate', ['slots']);
  const slotKey = apiQuery('slots.get', { id: slot.id }).queryKey;
  const autosave = useAutosave<SlotPatch>(`slot.${slot.id}`, async (patch) => {
    try {
      const saved = await api.call('slots.update', { id: slot.id, patch });
      setErrors({});
      qc.setQueryData(slotKey, saved);
      await invalidateCalendar(qc);
    } catch (err) {
      // An unreachable core is retried (the note says so); a refusal is shown on its field.
      if (!isTransient(err)) {
        setErrors(fieldErrors(t, err));
        notifyError(t('errors.title'), errorMessage(t, err));
      }
      throw err;
    }
  });

  // A status move or a visual saved outside the autosave: the drawer and the calendar follow.
  const statusSaved = (saved: Slot) => {
    qc.setQueryData(slotKey, saved);
    void qc.invalidateQueries({ queryKey: ['slots.statusLog', { id: slot.id }] });
    void invalidateCalendar(qc);
  };
  const assetsSaved = () => void qc.invalidateQueries({ queryKey: slotKey });

  const remove = async () => {
    await autosave.flush();
    try {
      await api.call('slots.delete', { id: slot.id });
      await invalidateCalendar(qc);
      onClose();
      const id = `deleted-${slot.id}`;
      notifications.show({
        id,
        color: 'gray',
        autoClose: 8000,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{t('slot.deleted')}</Text>
            <Button
              size="compact-xs"
              variant="light"
              onClick={async () => {
                await api.call('slots.restore', { id: slot.id });
                await invalidateCalendar(qc);
                notifications.hide(id);
                notifySuccess(t('slot.restored'));
              }}
            >
              {t('common.undo')}
            </Button>
          </Group>
        ),
      });
    } catch (err) {
      notifyError(t('errors.title'), errorMessage(t, err));
    }
  };

  const copyToNextWeek = async () => {
    await autosave.flush();
    // The post as just saved: a date changed a moment before the click may not have reached this
    // render yet, and the copy goes a week after the date the user sees.
    const saved = qc.getQueryData<Slot>(slotKey) ?? slot;
    const next = new Date(Date.parse(saved.startsAt) + 7 * 86_400_000).toISOString();
    duplicate.mutate(
      { id: slot.id, startsAt: next },
      {
        onSuccess: (s) => {
          notifySuccess(t('slot.duplicated', { when: fmt.instant(s.startsAt, client.timezone, { weekday: 'long' }) }));
        },
        onError: (err) => notifyError(t('errors.title'), errorMessage(t, err)),
      },
    );
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="xs">
          <ColorSwatch color={client.color} size={14} aria-hidden />
          <Text fw={600}>{client.name}</Text>
          <Badge variant="light" color={STATUS_COLORS[slot.status]}>
            {t(`statuses.${slot.status}`)}
          </Badge>
          {slot.changedSinceApproval && (
            <Badge variant="filled" color="orange">
              {t('approval.changedBadge')}
            </Badge>
          )}
          <AutosaveNote state={autosave.state} />
        </Group>
        <Group gap="xs">
          <Button size="xs" variant="default" leftSection={<IconCopy size={14} />} onClick={copyToNextWeek} loading={duplicate.isPending}>
            {t('slot.duplicate')}
          </Button>
          <Button size="xs" variant="light" color="red" leftSection={<IconTrash size={14} />} onClick={remove}>
            {t('slot.delete')}
          </Button>
        </Group>
      </Group>
      <ApprovalNotice slot={slot} />
      <SlotFields
        slot={{ ...slot, ...autosave.restored }}
        client={client}
        campaigns={campaigns.data ?? []}
        errors={errors}
        onChange={autosave.queue}
        status={<StatusControl slot={slot} onSaved={statusSaved} />}
      />
      <AssetsPanel slot={slot} onChanged={assetsSaved} />
      <CopyPanel slot={slot} client={client} />
      <History slot={slot} />
    </Stack>
  );
}
