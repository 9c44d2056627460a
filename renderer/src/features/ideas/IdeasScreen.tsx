import { ActionIcon, Autocomplete, Badge, Button, Card, ColorSwatch, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { GrowingTextarea } from '../../ui/GrowingTextarea';
import { IconCalendarPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/contract/schemas';
import { PILLAR_SUGGESTIONS } from '../../../../shared/domain/platforms';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { navigate } from '../../app/route';
import { errorMessage } from '../../ui/errors';
import { notifyError, notifySuccess } from '../../ui/notify';

/**
 * The idea bank as a page: brainstorm undated ideas per client (title, notes, pillar). They
 * show in the calendar's side panel, ready to be dragged onto a day.
 */
export function IdeasScreen({ clientId, clients }: { clientId: string | null; clients: Client[] }) {
  const { t } = useTranslation();
  const ideas = useApiQuery('ideas.list', { clientIds: clientId ? [clientId] : clients.map((c) => c.id) });
  const create = useApiMutation('ideas.create', ['ideas']);
  const remove = useApiMutation('ideas.remove', ['ideas']);
  const byId = new Map(clients.map((c) => [c.id, c]));
  const [draft, setDraft] = useState({ clientId: clientId ?? clients[0]?.id ?? '', title: '', notes: '', pillar: '' });
  const target = clientId ?? draft.clientId;
  const onError = (err: Error) => notifyError(t('errors.title'), errorMessage(t, err));

  const add = () =>
    create.mutate(
      { clientId: target, title: draft.title.trim(), notes: draft.notes, pillar: draft.pillar },
      {
        onSuccess: (idea) => {
          notifySuccess(t('ideas.added', { title: idea.title }));
          setDraft({ ...draft, title: '', notes: '' });
        },
        onError,
      },
    );

  return (
    <Stack maw={880}>
      <Title order={2}>{t('nav.ideas')}</Title>
      <Text c="dimmed">{t('ideas.hint')}</Text>
      <Card withBorder>
        <Stack gap="sm">
          <Group grow align="flex-start">
            {!clientId && (
              <Select
                label={t('slot.client')}
                data={clients.map((c) => ({ value: c.id, label: c.name }))}
                value={draft.clientId}
                allowDeselect={false}
                onChange={(v) => v && setDraft({ ...draft, clientId: v })}
              />
            )}
            <TextInput label={t('panel.ideaTitle')} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })} />
            <Autocomplete label={t('slot.pillar')} data={[...PILLAR_SUGGESTIONS]} value={draft.pillar} onChange={(v) => setDraft({ ...draft, pillar: v })} />
          </Group>
          <GrowingTextarea label={t('ideas.notes')} minRows={2} value={draft.notes} onChange={(e) => setDraft({ ...draft, notes: e.currentTarget.value })} />
          <Button w="fit-content" onClick={add} disabled={!draft.title.trim() || !target} loading={create.isPending}>
            {t('panel.addIdea')}
          </Button>
        </Stack>
      </Card>
      {(ideas.data ?? []).length === 0 && <Text c="dimmed">{t('panel.noIdeas')}</Text>}
      <Stack gap="xs" role="list" aria-label={t('panel.ideas')}>
        {(ideas.data ?? []).map((idea) => {
          const c = byId.get(idea.clientId);
          return (
            <Card key={idea.id} withBorder padding="sm" role="listitem">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Group gap="xs">
                    <ColorSwatch color={c?.color ?? '#888'} size={10} aria-hidden />
                    <Text fw={600}>{idea.title}</Text>
                    {idea.pillar && (
                      <Badge size="xs" variant="light">
                        {idea.pillar}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {c?.name}
                  </Text>
                  {idea.notes && (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {idea.notes}
                    </Text>
                  )}
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={t('ideas.toCalendar')} title={t('ideas.toCalendar')} onClick={() => navigate('calendar')}>
                    <IconCalendarPlus size={16} />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="red" aria-label={t('panel.removeIdea', { title: idea.title })} onClick={() => remove.mutate({ id: idea.id }, { onError })}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              </Group>
            </Card>
          );
        })}
      </Stack>
    </Stack>
  );
}
