import { ActionIcon, Button, Divider, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { GrowingTextarea } from '../../../ui/GrowingTextarea';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HashtagSet } from '../../../../../shared/contract/editor';
import type { Client } from '../../../../../shared/contract/schemas';
import { errorMessage } from '../../../ui/errors';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useRemoveHashtagSet, useSaveHashtagSet } from '../api';

interface Props {
  opened: boolean;
  onClose(): void;
  client: Client;
  sets: HashtagSet[];
  /** Tags to start a new set with (from the text), or null to just list the sets. */
  initialTags: string[] | null;
}

interface Draft {
  id?: string;
  name: string;
  tags: string;
}

const parseTags = (s: string) => s.split(/[\s,]+/u).map((x) => x.replace(/^[#＃]+/u, '')).filter(Boolean);

/** Create, edit and delete the client's hashtag sets. */
export function HashtagSetsModal({ opened, onClose, client, sets, initialTags }: Props) {
  const { t } = useTranslation();
  const save = useSaveHashtagSet();
  const remove = useRemoveHashtagSet();
  const [draft, setDraft] = useState<Draft | null>(initialTags ? { name: '', tags: initialTags.map((x) => `#${x}`).join(' ') } : null);
  const onError = (err: Error) => notifyError(t('errors.title'), errorMessage(t, err));

  const submit = () => {
    if (!draft) return;
    save.mutate(
      { clientId: client.id, id: draft.id, name: draft.name, tags: parseTags(draft.tags) },
      {
        onSuccess: (s) => {
          notifySuccess(t('editor.setSaved', { name: s.name }));
          setDraft(null);
        },
        onError,
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('editor.setsTitle', { client: client.name })} size="lg">
      <Stack gap="sm">
        {sets.map((s) => (
          <Group key={s.id} justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <Text size="sm" fw={600}>
                {s.name}
              </Text>
              <Text size="xs" c="dimmed">
                {s.tags.map((x) => `#${x}`).join(' ')}
              </Text>
            </div>
            <Group gap={4} wrap="nowrap">
              <ActionIcon variant="subtle" aria-label={t('editor.editSet', { name: s.name })} onClick={() => setDraft({ id: s.id, name: s.name, tags: s.tags.map((x) => `#${x}`).join(' ') })}>
                <IconPencil size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('editor.deleteSet', { name: s.name })}
                onClick={() => remove.mutate({ id: s.id }, { onSuccess: () => notifySuccess(t('editor.setDeleted', { name: s.name })), onError })}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Group>
        ))}
        {sets.length === 0 && !draft && (
          <Text size="sm" c="dimmed">
            {t('editor.hashtagSetsNone')}
          </Text>
        )}
        <Divider />
        {draft ? (
          <Stack gap="xs" component="form" onSubmit={(e) => (e.preventDefault(), submit())}>
            <TextInput label={t('editor.setName')} required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} data-autofocus />
            <GrowingTextarea
              label={t('editor.setTags')}
              description={t('editor.setTagsHint')}
              required
              minRows={2}
              value={draft.tags}
              onChange={(e) => setDraft({ ...draft, tags: e.currentTarget.value })}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDraft(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group>
            <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setDraft({ name: '', tags: '' })}>
              {t('editor.newSet')}
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
