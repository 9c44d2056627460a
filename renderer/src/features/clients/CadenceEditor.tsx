import { ActionIcon, Button, Chip, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/useFormatDate';
import type { Cadence } from '../../../../shared/contract/planning';
import { FORMATS, PLATFORMS, PLATFORM_LABELS, type Format, type Platform } from '../../../../shared/domain/platforms';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { errorMessage } from '../../ui/errors';
import { notifyError } from '../../ui/notify';
import { TimeField } from '../../ui/DateFields';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** Weekly cadences ("Instagram feed Mon/Wed/Fri 19:00") that show as placeholders on the calendar. */
export function CadenceEditor({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const cadences = useApiQuery('cadences.list', { clientIds: [clientId] });
  const create = useApiMutation('cadences.create', ['cadences']);
  const remove = useApiMutation('cadences.remove', ['cadences']);
  const [draft, setDraft] = useState<{ platform: Platform; format: Format; weekdays: string[]; time: string }>({
    platform: 'instagram',
    format: 'feed',
    weekdays: ['1', '3', '5'],
    time: '19:00',
  });
  const fmt = useFormat();
  const weekdays = fmt.weekdays(); // Monday first; cadence weekdays count from Sunday = 0
  const dayName = (d: number) => weekdays[(d + 6) % 7]!;
  const describe = (c: Cadence) => `${PLATFORM_LABELS[c.platform]} ${t(`formats.${c.format}`)} · ${c.weekdays.map(dayName).join('/')} ${fmt.wallTime(c.time)}`;
  const onError = (err: Error) => notifyError(t('errors.title'), errorMessage(t, err));

  return (
    <Stack gap="xs">
      <Text fw={600}>{t('cadence.title')}</Text>
      <Text size="sm" c="dimmed">
        {t('cadence.hint')}
      </Text>
      <Stack gap={4} role="list" aria-label={t('cadence.title')}>
        {(cadences.data ?? []).map((c) => (
          <Group key={c.id} role="listitem" justify="space-between" wrap="nowrap">
            <Text size="sm">{describe(c)}</Text>
            <ActionIcon variant="subtle" color="red" aria-label={`${t('common.remove')} ${describe(c)}`} onClick={() => remove.mutate({ id: c.id }, { onError })}>
              <IconTrash size={14} />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Select
          label={t('clients.package.platform')}
          w={140}
          data={PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] }))}
          value={draft.platform}
          allowDeselect={false}
          onChange={(v) => v && setDraft({ ...draft, platform: v as Platform })}
        />
        <Select
          label={t('clients.package.format')}
          w={120}
          data={FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
          value={draft.format}
          allowDeselect={false}
          onChange={(v) => v && setDraft({ ...draft, format: v as Format })}
        />
        <TimeField label={t('cadence.time')} value={draft.time} onChange={(time) => setDraft({ ...draft, time })} w={140} />
      </Group>
      <Chip.Group multiple value={draft.weekdays} onChange={(v) => setDraft({ ...draft, weekdays: v })}>
        <Group gap={4} role="group" aria-label={t('cadence.days')}>
          {WEEKDAYS.map((d) => (
            <Chip key={d} value={String(d)} size="xs">
              {dayName(d)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Button
        variant="light"
        w="fit-content"
        leftSection={<IconPlus size={14} />}
        disabled={draft.weekdays.length === 0}
        loading={create.isPending}
        onClick={() => create.mutate({ clientId, platform: draft.platform, format: draft.format, weekdays: draft.weekdays.map(Number), time: draft.time }, { onError })}
      >
        {t('cadence.add')}
      </Button>
    </Stack>
  );
}
