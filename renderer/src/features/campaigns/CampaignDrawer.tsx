import { Alert, Badge, Button, Divider, Drawer, Group, Modal, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconArchive, IconDeviceFloppy } from '@tabler/icons-react';
import { memo, useRef, useState, type MutableRefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { campaignDefaults, type Campaign, type Client } from '../../../../shared/contract/schemas';
import { STATUS_COLORS } from '../../../../shared/domain/status';
import { addDays, toWallTime } from '../../../../shared/domain/time';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { AutosaveNote } from '../../ui/AutosaveNote';
import { errorMessage, fieldErrors, isTransient } from '../../ui/errors';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useAutosave } from '../../ui/useAutosave';
import { useDraftJournal } from '../../ui/useDraftJournal';
import { useFormatDate } from '../../ui/useFormatDate';
import { useOwnEscape } from '../../ui/useOwnEscape';
import { CampaignForm, type CampaignDraft } from './CampaignForm';

/** What opens the drawer: an existing campaign, or a new one with dates (from a selection). */
export type CampaignTarget = { id: string } | { newFor: { clientId: string | null; startDate: string; endDate: string } };

export const CampaignDrawer = memo(function CampaignDrawer({ target, clients, onClose, onOpenSlot }: { target: CampaignTarget | null; clients: Client[]; onClose(): void; onOpenSlot(id: string): void }) {
  const { t } = useTranslation();
  const existing = useApiQuery('campaigns.get', { id: target && 'id' in target ? target.id : '' }, { enabled: !!target && 'id' in target });
  // Keyed by the campaign alone: its autosaves must not remount the form under the cursor.
  const key = target ? ('id' in target ? target.id : `new:${target.newFor.startDate}:${target.newFor.endDate}`) : 'none';
  const ready = target && ('newFor' in target || existing.data);
  // A new campaign with typing in it asks before the drawer closes on it.
  const guard = useRef<() => boolean>(() => true);
  const close = () => guard.current() && onClose();
  const root = useOwnEscape(!!target, close);
  return (
    <Drawer
      ref={root}
      opened={!!target}
      onClose={close}
      closeOnEscape={false}
      position="right"
      size="min(760px, 92vw)"
      padding="lg"
      title={<Title order={2} size="h4">{existing.data && target && 'id' in target ? existing.data.name : t('campaign.new')}</Title>}
      closeButtonProps={{ 'aria-label': t('campaign.close') }}
    >
      {ready && (
        <CampaignEditor key={key} target={target} campaign={'id' in target ? existing.data! : null} clients={clients} onClose={onClose} onOpenSlot={onOpenSlot} guard={guard} />
      )}
    </Drawer>
  );
});

interface EditorProps {
  target: CampaignTarget;
  campaign: Campaign | null;
  clients: Client[];
  onClose(): void;
  onOpenSlot(id: string): void;
  /** Set here: whether the drawer may close now (false = a confirmation is shown instead). */
  guard: MutableRefObject<() => boolean>;
}

/**
 * An existing campaign saves as you type, like a post; a new one keeps its draft in the local
 * journal until it is created, and closing it with typing in it asks first.
 */
function CampaignEditor({ target, campaign, clients, onClose, onOpenSlot, guard }: EditorProps) {
  const { t } = useTranslation();
  const fmt = useFormatDate();
  const initialClient = campaign ? campaign.clientId : 'newFor' in target ? (target.newFor.clientId ?? clients[0]?.id ?? '') : '';
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useApiMutation('campaigns.create', ['campaigns']);
  const update = useApiMutation('campaigns.update', ['campaigns']);
  const archive = useApiMutation('campaigns.archive', ['campaigns']);
  const autosave = useAutosave<Partial<CampaignDraft>>(`campaign.${campaign?.id ?? 'new'}`, async (patch) => {
    if (!campaign) return;
    try {
      await update.mutateAsync({ id: campaign.id, patch });
      setErrors({});
    } catch (err) {
      if (!isTransient(err)) onError(err as Error);
      throw err;
    }
  });
  const fresh = useDraftJournal<CampaignDraft>('campaign.new', () => ({
    clientId: initialClient,
    name: '',
    startDate: 'newFor' in target ? target.newFor.startDate : '',
    endDate: 'newFor' in target ? target.newFor.endDate : '',
    color: clients.find((c) => c.id === initialClient)?.color ?? '#2563eb',
    ...campaignDefaults(),
  }));
  const [edited, setEdited] = useState<CampaignDraft>(() => (campaign ? { ...campaign, ...autosave.restored } : fresh.draft));
  const draft = campaign ? edited : fresh.draft;
  const setDraft = (next: CampaignDraft) => {
    if (!campaign) return fresh.setDraft(next);
    const { clientId: _c, ...fields } = next;
    const patch = Object.fromEntries(Object.entries(fields).filter(([k, v]) => v !== draft[k as keyof CampaignDraft])) as Partial<CampaignDraft>;
    setEdited(next);
    autosave.queue(patch);
  };
  const [confirming, setConfirming] = useState(false);
  guard.current = () => {
    if (campaign || !fresh.dirty) return true;
    setConfirming(true);
    return false;
  };
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
      void autosave.flush().then((saved) => saved && notifySuccess(t('campaign.saved', { name: draft.name })));
    } else {
      create.mutate(draft, {
        onSuccess: (c) => {
          fresh.clear();
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
      {campaign && <AutosaveNote state={autosave.state} />}
      {!campaign && fresh.restored && fresh.dirty && (
        <Alert color="blue" title={t('forms.draftRestored')}>
          <Button size="compact-sm" variant="light" onClick={fresh.discard}>
            {t('forms.discardDraft')}
          </Button>
        </Alert>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('forms.leaveTitle')} centered>
        <Text size="sm">{t('forms.leaveBody')}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('forms.keepEditing')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              fresh.discard();
              setConfirming(false);
              onClose();
            }}
          >
            {t('forms.discard')}
          </Button>
        </Group>
      </Modal>
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
