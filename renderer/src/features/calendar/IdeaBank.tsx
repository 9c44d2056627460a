import { ActionIcon, Badge, Group, Stack, Text, TextInput } from '@mantine/core';
import { Draggable } from '@fullcalendar/react/interaction';
import { IconGripVertical, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/contract/schemas';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { errorMessage } from '../../ui/errors';
import { notifyError } from '../../ui/notify';

/** Undated ideas per client; each can be dragged onto the calendar (FullCalendar's Draggable). */
export const IdeaBank = memo(function IdeaBank({ clientId, clients }: { clientId: string | null; clients: Client[] }) {
  const { t } = useTranslation();
  const ideas = useApiQuery('ideas.list', { clientIds: clientId ? [clientId] : clients.map((c) => c.id) });
  const create = useApiMutation('ideas.create', ['ideas']);
  const remove = useApiMutation('ideas.remove', ['ideas']);
  const [title, setTitle] = useState('');
  const listRef = useRef<HTMLDivElement>(null);
  const colors = new Map(clients.map((c) => [c.id, c]));

  useEffect(() => {
    if (!listRef.current) return;
    const d = new Draggable(listRef.current, {
      itemSelector: '[data-idea-id]',
      // The screen creates the slot itself (ideas.schedule), so FullCalendar adds nothing.
      eventData: (el: HTMLElement) => ({ title: el.dataset.title ?? '', create: false, duration: '00:30' }),
    });
    return () => d.destroy();
  }, []);

  const add = () => {
    if (!clientId || !title.trim()) return;
    create.mutate({ clientId, title: title.trim() }, { onSuccess: () => setTitle(''), onError: (e) => notifyError(t('errors.title'), errorMessage(t, e)) });
  };

  return (
    <Stack gap="xs">
      <Text fw={700} size="sm">
        {t('panel.ideas')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('panel.ideasHint')}
      </Text>
      <div ref={listRef} role="list" aria-label={t('panel.ideas')}>
        <Stack gap={4}>
          {(ideas.data ?? []).map((idea) => (
            <Group
              key={idea.id}
              role="listitem"
              data-idea-id={idea.id}
              data-title={idea.title}
              className="rc-idea"
              gap={6}
              wrap="nowrap"
              style={{ borderLeftColor: colors.get(idea.clientId)?.color }}
            >
              <IconGripVertical size={14} aria-hidden style={{ flexShrink: 0, opacity: 0.5 }} />
              <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm" truncate>
                  {idea.title}
                </Text>
                {!clientId && (
                  <Text size="xs" c="dimmed" truncate>
                    {colors.get(idea.clientId)?.name}
                  </Text>
                )}
              </Stack>
              {idea.pillar && (
                <Badge size="xs" variant="light">
                  {idea.pillar}
                </Badge>
              )}
              <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t('panel.removeIdea', { title: idea.title })} onClick={() => remove.mutate({ id: idea.id })}>
                <IconTrash size={12} />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      </div>
      {(ideas.data ?? []).length === 0 && (
        <Text size="xs" c="dimmed">
          {t('panel.noIdeas')}
        </Text>
      )}
      {clientId ? (
        <Group gap={4} wrap="nowrap" component="form" onSubmit={(e) => (e.preventDefault(), add())}>
          <TextInput size="xs" aria-label={t('panel.newIdea')} placeholder={t('panel.newIdea')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} style={{ flex: 1 }} />
          <ActionIcon type="submit" size="md" aria-label={t('panel.addIdea')} loading={create.isPending}>
            <IconPlus size={14} />
          </ActionIcon>
        </Group>
      ) : (
        <Text size="xs" c="dimmed">
          {t('panel.ideaNeedsClient')}
        </Text>
      )}
    </Stack>
  );
});
