import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { GrowingTextarea } from '../../ui/GrowingTextarea';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Slot } from '../../../../shared/contract/schemas';
import { useApiQuery } from '../../api/queries';
import { api } from '../../api/transport';
import { errorMessage } from '../../ui/errors';
import { notifyError } from '../../ui/notify';
import { useFormat } from '../../ui/useFormatDate';

/** The post's story: status moves (who made them) and comments (the client's and your notes), oldest first. */
export function History({ slot }: { slot: Slot }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const fmt = useFormat();
  const when = (instant: string) => fmt.instant(instant, slot.timezone);
  const log = useApiQuery('slots.statusLog', { id: slot.id });
  const comments = useApiQuery('comments.list', { slotId: slot.id });
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);

  const items = [
    ...(log.data ?? []).map((e) => ({ at: e.createdAt, key: `s${e.id}`, kind: 'status' as const, e })),
    ...(comments.data ?? []).map((c) => ({ at: c.createdAt, key: `c${c.id}`, kind: 'comment' as const, c })),
  ].sort((a, b) => a.at.localeCompare(b.at));

  const save = async () => {
    setSaving(true);
    try {
      await api.call('comments.add', { slotId: slot.id, text: note });
      setNote('');
      await qc.invalidateQueries({ queryKey: ['comments.list', { slotId: slot.id }] });
    } catch (err) {
      notifyError(t('errors.title'), errorMessage(t, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby={`history-${slot.id}`}>
      <Title order={3} size="h6" id={`history-${slot.id}`}>
        {t('approval.history')}
      </Title>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('approval.noHistory')}
        </Text>
      )}
      <Stack gap={6} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((i) =>
          i.kind === 'status' ? (
            <Group key={i.key} component="li" gap="xs" wrap="nowrap" align="baseline">
              <Text size="xs" c="dimmed" w={130} style={{ flexShrink: 0 }}>
                {when(i.at)}
              </Text>
              <Text size="sm">
                {t('approval.moveEntry', { from: t(`statuses.${i.e.from}`), to: t(`statuses.${i.e.to}`) })}{' '}
                <Text span size="xs" c="dimmed">
                  ({t(`approval.via.${i.e.via}`)})
                </Text>
                {i.e.note && <Text span size="sm"> — “{i.e.note}”</Text>}
              </Text>
            </Group>
          ) : (
            <Paper key={i.key} component="li" withBorder p="xs" radius="sm">
              <Group gap="xs" mb={2}>
                <Badge size="xs" variant="light" color={i.c.author === 'client' ? 'grape' : 'gray'}>
                  {i.c.author === 'client' ? (i.c.authorName ? t('approval.clientNamed', { name: i.c.authorName }) : t('approval.client')) : t('approval.you')}
                </Badge>
                <Text size="xs" c="dimmed">
                  {when(i.at)}
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {i.c.text}
              </Text>
            </Paper>
          ),
        )}
      </Stack>
      <GrowingTextarea
        label={t('approval.addNote')}
        placeholder={t('approval.notePlaceholder')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        minRows={1}
        maxRows={5}
      />
      <Button size="xs" variant="default" style={{ alignSelf: 'flex-start' }} disabled={!note.trim()} loading={saving} onClick={() => void save()}>
        {t('approval.saveNote')}
      </Button>
    </Stack>
  );
}
