import { Badge, Button, Divider, Drawer, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconArchive, IconDeviceFloppy } from '@tabler/icons-react';
import { useState, memo } from 'react';
import { useTranslation } from 'react-i18next';
import { campaignDefaults, type Campaign, type Client } from '../../../../shared/contract/schemas';
import { STATUS_COLORS } from '../../../../shared/domain/status';
import { addDays, toWallTime } from '../../../../shared/domain/time';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { errorMessage, fieldErrors } from '../../ui/errors';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useFormatDate } from '../../ui/useFormatDate';
import { CampaignForm, type CampaignDraft } from './CampaignForm';

/** What opens the drawer: an existing campaign, or a new one with dates (from a selection). */
export type CampaignTarget = { id: string } | { newFor: { clientId: string | null; startDate: string; endDate: string } };

export const CampaignDrawer = memo(function CampaignDrawer({ target, clients, onClose, onOpenSlot }: { target: CampaignTarget | null; clients: Client[]; onClose(): void; onOpenSlot(id: string): void }) {
  const { t } = useTranslation();
  const existing = useApiQuery('campaigns.get', { id: target && 'id' in target ? target.id : '' }, { enabled: !!target && 'id' in target });
  const key = target ? ('id' in target ? `${target.id}:${existing.data?.updatedAt ?? ''}` : `new:${target.newFor.startDate}:${target.newFor.endDate}`) : 'none';
  const ready = target && ('newFor' in target || existing.data);
  return (
    <Drawer
      opened={!!target}
      onClose={onClose}
      position="right"
      size="min(760px, 92vw)"
      padding="lg"
      title={<Title order={2} size="h4">{existing.data && target && 'id' in target ? existing.data.name : t('campaign.new')}</Title>}
      closeButtonProps={{ 'aria-label': t('campaign.close') }}
    >
      {ready && <CampaignEditor key={key} target={target} campaign={'id' in target ? existing.data! : null} clients={clients} onClose={onClose} onOpenSlot={onOpenSlot} />}
    </Drawer>
  );
});

function CampaignEditor({ target, campaign, clients, onClose, onOpenSlot }: { target: CampaignTarget; campaign: Campaign | null; clients: Client[]; onClose(): void; onOpenSlot(id: string): void }) {
  const { t } = useTranslation();
  const fmt = useFormatDate();
  const initialClient = campaign ? campaign.clientId : 'newFor' in target ? (target.newFor.clientId ?? clients[0]?.id ?? '') : '';
  const [draft, setDraft] = useState<CampaignDraft>(() =>
    campaign
      ? { ...campaign }
      : {
          clientId: initialClient,
          name: '',
          startDate: 'newFor' in target ? target.newFor.startDate : '',
          endDate: 'newFor' in target ? target.newFor.endDate : '',
          color: clients.find((c) => c.id === initialClient)?.color ?? '#2563eb',
          ...campaignDefaults(),
        },
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useApiMutation('campaigns.create', ['campaigns']);
  const update = useApiMutation('campaigns.update', ['campaigns']);
  const archive = useApiMutation('campaigns.archive', ['campaigns']);
  const client = clients.find((c) => c.id === draft.clientId);
  const slots = useApiQuery(
    'slots.list',
    { from: `${addDays(draft.startDate || '2000-01-01', -1)}T00:00:00.000Z`, to: `${addDays(draft.endDate || '2000-01-01', 2)}T00:00:00.000Z`, clientIds: [draft.clientId] },
    { enabled: !!campaign },
  );
  const onError = (err: Error) => {
    setErrors(Object.fromEntries(Object.entries(fieldErrors(t, err)).map(([k, v]) => [k.replace(/^patch\./, ''), v])));
    notifyError(t('errors.title'), errorMessage(t, err));
  };
  const save = () => {
    setErrors({});
    if (campaign) {
      const { clientId: _c, ...patch } = draft;
      update.mutate({ id: campaign.id, patch }, { onSuccess: (c) => notifySuccess(t('campaign.saved', { name: c.name })), onError });
    } else {
      create.mutate(draft, {
        onSuccess: (c) => {
          notifySuccess(t('campaign.created', { name: c.name }));
          onClose();
        },
        onError,
      });
    }
  };
  const itsSlots = (slots.data ?? []).filter((s) => s.campaignId === campaign?.id);

  return (
    <Stack gap="md" component="form" onSubmit={(e) => (e.preventDefault(), save())}>
      <CampaignForm draft={draft} onChange={setDraft} clients={clients} clientEditable={!campaign} errors={errors} />
      <Group>
        <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={create.isPending || update.isPending}>
          {t('common.save')}
        </Button>
        {campaign && (
          <Button
            variant="default"
            leftSection={<IconArchive size={16} />}
            onClick={() =>
              archive.mutate(
                { id: campaign.id },
                {
                  onSuccess: (c) => {
                    notifySuccess(t('campaign.archived', { name: c.name }));
                    onClose();
                  },
                  onError,
                },
              )
            }
          >
            {t('campaign.archive')}
          </Button>
        )}
      </Group>
      {campaign && client && (
        <>
          <Divider />
          <Text fw={600}>{t('campaign.slots')}</Text>
          {itsSlots.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('campaign.noSlots')}
            </Text>
          )}
          <Stack gap={4} role="list" aria-label={t('campaign.slots')}>
            {itsSlots.map((s) => {
              const w = toWallTime(s.startsAt, client.timezone);
              return (
                <UnstyledButton key={s.id} role="listitem" onClick={() => onOpenSlot(s.id)} p={6} style={{ borderRadius: 6 }} className="rc-hover">
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm" w={170} c="dimmed">
                      {fmt(w.date)} {w.time}
                    </Text>
                    <Text size="sm" style={{ flex: 1 }} truncate>
                      {s.topic || t('calendar.untitled')}
                    </Text>
                    <Badge size="xs" variant="light" color={STATUS_COLORS[s.status]}>
                      {t(`statuses.${s.status}`)}
                    </Badge>
                  </Group>
                </UnstyledButton>
              );
            })}
          </Stack>
        </>
      )}
    </Stack>
  );
}
