import { Alert, Button, ColorInput, Divider, Group, Select, SimpleGrid, Stack, TagsInput, TextInput, Title } from '@mantine/core';
import { GrowingTextarea } from '../../ui/GrowingTextarea';
import { IconArchive, IconArchiveOff, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clientDefaults, type Account, type Client, type PackageItem } from '../../../../shared/contract/schemas';
import { useApiMutation } from '../../api/queries';
import { navigate } from '../../app/route';
import { errorMessage, fieldErrors, isTransient } from '../../ui/errors';
import { notifyError, notifySuccess } from '../../ui/notify';
import { AccountsEditor } from './AccountsEditor';
import { CadenceEditor } from './CadenceEditor';
import { ClientDates } from './ClientDates';
import { PackageEditor } from './PackageEditor';
import { currentZoneName, INDONESIAN_ZONES, otherZones } from './timezones';
import { AutosaveNote } from '../../ui/AutosaveNote';
import { ZoneChangeModal, type PostTimes } from './ZoneChangeModal';
import { zoneLabel } from '../../../../shared/domain/time';
import { useAutosave } from '../../ui/useAutosave';
import { useDraftJournal } from '../../ui/useDraftJournal';

const SWATCHES = ['#b45309', '#dc2626', '#db2777', '#7c3aed', '#2563eb', '#0891b2', '#15803d', '#65a30d', '#ca8a04', '#475569'];

interface Draft {
  name: string;
  color: string;
  timezone: string;
  brandVoice: string;
  audience: string;
  notes: string;
  accounts: Account[];
  package: PackageItem[];
  bannedWords: string[];
  requiredHashtags: string[];
}

const emptyDraft = (): Draft => ({
  name: '',
  color: SWATCHES[Math.floor(Math.random() * SWATCHES.length)]!,
  ...clientDefaults(),
});

const toDraft = (c: Client): Draft => ({
  name: c.name,
  color: c.color,
  timezone: c.timezone,
  brandVoice: c.brandVoice,
  audience: c.audience,
  notes: c.notes,
  accounts: c.accounts,
  package: c.package,
  bannedWords: c.bannedWords,
  requiredHashtags: c.requiredHashtags,
});

/**
 * Create or edit one client; the form's key is the client id, so switching clients resets it.
 * An existing client saves as you type (like a post); a new one keeps its draft in the local
 * journal until it is created, so neither loses an edit to a reload or a click elsewhere.
 */
export function ClientForm({ client }: { client: Client | null }) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useApiMutation('clients.create', ['clients']);
  const update = useApiMutation('clients.update', ['clients']);
  // A new zone moves the client's posts: asked first, saved at once (not with the autosave).
  const rezone = useApiMutation('clients.update', ['clients', 'slots']);
  const [zoneChange, setZoneChange] = useState<{ from: string; to: string } | null>(null);
  const archive = useApiMutation('clients.archive', ['clients']);
  const restore = useApiMutation('clients.restore', ['clients']);
  const onError = (err: Error) => {
    setErrors(fieldErrors(t, err));
    notifyError(t('errors.title'), errorMessage(t, err));
  };
  const autosave = useAutosave<Partial<Draft>>(`client.${client?.id ?? 'new'}`, async (patch) => {
    if (!client) return;
    try {
      await update.mutateAsync({ id: client.id, patch });
      setErrors({});
    } catch (err) {
      if (!isTransient(err)) onError(err as Error);
      throw err;
    }
  });
  const fresh = useDraftJournal<Draft>('client.new', emptyDraft);
  const [edited, setEdited] = useState<Draft>(() => (client ? { ...toDraft(client), ...autosave.restored } : fresh.draft));
  const draft = client ? edited : fresh.draft;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    if (!client) return fresh.setDraft((d) => ({ ...d, [key]: value }));
    setEdited((d) => ({ ...d, [key]: value }));
    autosave.queue({ [key]: value } as Partial<Draft>);
  };

  const save = () => {
    setErrors({});
    if (client) {
      void autosave.flush().then((saved) => saved && notifySuccess(t('clients.updated', { name: draft.name })));
    } else {
      create.mutate(draft, {
        onSuccess: (c) => {
          fresh.clear();
          notifySuccess(t('clients.created', { name: c.name }));
          navigate('clients', c.id);
        },
        onError,
      });
    }
  };

  const changeZone = async (postTimes: PostTimes) => {
    if (!client || !zoneChange) return;
    const { to } = zoneChange;
    try {
      await autosave.flush();
      await rezone.mutateAsync({ id: client.id, patch: { timezone: to }, postTimes });
      setEdited((d) => ({ ...d, timezone: to }));
      notifySuccess(t('clients.zoneChange.done', { to: zoneLabel(to) }));
    } catch (err) {
      onError(err as Error);
    } finally {
      setZoneChange(null);
    }
  };

  const zoneData = [
    { group: t('timezones.indonesia'), items: INDONESIAN_ZONES.map((z) => ({ value: z, label: t(`timezones.${z}`) })) },
    { group: t('timezones.other'), items: otherZones() },
  ];

  return (
    <Stack gap="md" component="form" onSubmit={(e) => (e.preventDefault(), save())} aria-label={client ? client.name : t('clients.new')}>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={2} size="h3">
            {client ? client.name : t('clients.new')}
          </Title>
          {client && <AutosaveNote state={autosave.state} />}
        </Group>
        {client && !client.archived && (
          <Button
            variant="default"
            leftSection={<IconArchive size={16} />}
            loading={archive.isPending}
            onClick={() =>
              archive.mutate({ id: client.id }, { onSuccess: (c) => notifySuccess(t('clients.archivedMsg', { name: c.name })), onError })
            }
          >
            {t('common.archive')}
          </Button>
        )}
        {client?.archived && (
          <Button
            variant="light"
            leftSection={<IconArchiveOff size={16} />}
            loading={restore.isPending}
            onClick={() =>
              restore.mutate({ id: client.id }, { onSuccess: (c) => notifySuccess(t('clients.restoredMsg', { name: c.name })), onError })
            }
          >
            {t('common.restore')}
          </Button>
        )}
      </Group>
      {client?.archived && <Alert color="gray">{t('clients.archivedBanner')}</Alert>}
      {!client && fresh.restored && fresh.dirty && (
        <Alert color="blue" title={t('forms.draftRestored')}>
          <Button size="compact-sm" variant="light" onClick={fresh.discard}>
            {t('forms.discardDraft')}
          </Button>
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <TextInput
          label={t('clients.fields.name')}
          placeholder={t('clients.fields.namePlaceholder')}
          required
          value={draft.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errors.name}
          data-autofocus
        />
        <ColorInput
          label={t('clients.fields.color')}
          value={draft.color}
          onChange={(v) => set('color', v)}
          format="hex"
          swatches={SWATCHES}
          swatchesPerRow={10}
          error={errors.color}
        />
      </SimpleGrid>
      {/* A row of its own: zone labels name the cities, and are never cut. */}
      <Select
        label={t('clients.fields.timezone')}
        data={zoneData}
        value={currentZoneName(draft.timezone)}
        onChange={(v) => {
          if (!v || v === draft.timezone) return;
          if (client) setZoneChange({ from: draft.timezone, to: v });
          else set('timezone', v);
        }}
        searchable
        allowDeselect={false}
        error={errors.timezone}
        maxDropdownHeight={360}
      />
      <GrowingTextarea
        label={t('clients.fields.brandVoice')}
        placeholder={t('clients.fields.brandVoicePlaceholder')}
        minRows={2}
        value={draft.brandVoice}
        onChange={(e) => set('brandVoice', e.currentTarget.value)}
        error={errors.brandVoice}
      />
      <GrowingTextarea
        label={t('clients.fields.audience')}
        placeholder={t('clients.fields.audiencePlaceholder')}
        minRows={2}
        value={draft.audience}
        onChange={(e) => set('audience', e.currentTarget.value)}
        error={errors.audience}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <TagsInput
          label={t('clients.fields.bannedWords')}
          description={t('clients.fields.bannedWordsHint')}
          value={draft.bannedWords}
          onChange={(v) => set('bannedWords', v)}
          clearable
          error={errors.bannedWords}
        />
        <TagsInput
          label={t('clients.fields.requiredHashtags')}
          description={t('clients.fields.requiredHashtagsHint')}
          value={draft.requiredHashtags}
          onChange={(v) => set('requiredHashtags', v.map((h) => (h.startsWith('#') ? h : `#${h}`)))}
          clearable
          error={Object.entries(errors).find(([k]) => k.startsWith('requiredHashtags'))?.[1]}
        />
      </SimpleGrid>
      <GrowingTextarea
        label={t('clients.fields.notes')}
        minRows={2}
        value={draft.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        error={errors.notes}
      />
      <Divider />
      <SimpleGrid cols={1} spacing="xl">
        <AccountsEditor value={draft.accounts} onChange={(v) => set('accounts', v)} errors={errors} />
        <PackageEditor value={draft.package} onChange={(v) => set('package', v)} errors={errors} />
      </SimpleGrid>
      <Group>
        <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={create.isPending || update.isPending}>
          {t('common.save')}
        </Button>
        {!client && (
          <Button variant="default" onClick={() => navigate('clients')}>
            {t('common.cancel')}
          </Button>
        )}
      </Group>
      {client && (
        <>
          {/* These save as you add them, independent of the profile's Save button. */}
          <Divider />
          <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="xl">
            <CadenceEditor clientId={client.id} />
            <ClientDates clientId={client.id} />
          </SimpleGrid>
        </>
      )}
      <ZoneChangeModal change={zoneChange} busy={rezone.isPending} onConfirm={(p) => void changeZone(p)} onCancel={() => setZoneChange(null)} />
    </Stack>
  );
}
