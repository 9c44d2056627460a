import { ActionIcon, Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { errorMessage } from '../../ui/errors';
import { notifyError } from '../../ui/notify';
import { useFormat, useFormatDate } from '../../ui/useFormatDate';
import { DateField } from '../../ui/DateFields';

/** The client's own dates (anniversary every year, a launch once); they join the calendar's moments. */
export function ClientDates({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const fmt = useFormatDate();
  // A yearly date falls on another weekday every year: show only day and month (12 Desember).
  const { dayMonth } = useFormat();
  const options = useApiQuery('moments.options', {});
  const create = useApiMutation('clientDates.create', ['moments']);
  const remove = useApiMutation('clientDates.remove', ['moments']);
  const [draft, setDraft] = useState({ name: '', date: '', repeat: 'yearly' as 'yearly' | 'once' });
  const dates = (options.data?.clientDates ?? []).filter((d) => d.clientId === clientId);
  const onError = (err: Error) => notifyError(t('errors.title'), errorMessage(t, err));

  return (
    <Stack gap="xs">
      <Text fw={600}>{t('clientDates.title')}</Text>
      <Text size="sm" c="dimmed">
        {t('clientDates.hint')}
      </Text>
      {dates.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('clientDates.none')}
        </Text>
      )}
      <Stack gap={4} role="list" aria-label={t('clientDates.title')}>
        {dates.map((d) => (
          <Group key={d.id} role="listitem" justify="space-between" wrap="nowrap">
            <Text size="sm">
              {d.name} — {d.repeat === 'yearly' ? t('clientDates.everyYear', { date: dayMonth(d.date) }) : fmt(d.date)}
            </Text>
            <ActionIcon variant="subtle" color="red" aria-label={`${t('common.remove')} ${d.name}`} onClick={() => remove.mutate({ id: d.id }, { onError })}>
              <IconTrash size={14} />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      {/* Not a <form>: this sits inside the client's form, and forms cannot nest. */}
      <Group gap="xs" align="flex-end">
        <TextInput label={t('clientDates.name')} placeholder={t('clientDates.namePlaceholder')} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} style={{ flex: 1 }} />
        <DateField label={t('clientDates.date')} value={draft.date} onChange={(date) => setDraft({ ...draft, date })} />
        <SegmentedControl
          aria-label={t('clientDates.repeat')}
          value={draft.repeat}
          onChange={(v) => setDraft({ ...draft, repeat: v as 'yearly' | 'once' })}
          data={[
            { value: 'yearly', label: t('clientDates.yearly') },
            { value: 'once', label: t('clientDates.once') },
          ]}
        />
        <Button
          variant="light"
          leftSection={<IconPlus size={14} />}
          loading={create.isPending}
          disabled={!draft.name.trim() || !draft.date}
          onClick={() => create.mutate({ clientId, ...draft }, { onSuccess: () => setDraft({ name: '', date: '', repeat: 'yearly' }), onError })}
        >
          {t('clientDates.add')}
        </Button>
      </Group>
    </Stack>
  );
}
