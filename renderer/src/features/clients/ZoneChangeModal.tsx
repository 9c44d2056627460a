import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromWallTime, toWallTime } from '../../../../shared/domain/time';
import { useFormat } from '../../ui/useFormatDate';

export type PostTimes = 'localTime' | 'instant';

interface Props {
  /** The zone change being asked about, or null when closed. */
  change: { from: string; to: string } | null;
  busy: boolean;
  onConfirm(postTimes: PostTimes): void;
  onCancel(): void;
}

/** "The client moves from WIB to WITA: do its posts stay at 19.00, or at the same moment (20.00)?" */
export function ZoneChangeModal({ change, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [choice, setChoice] = useState<PostTimes>('localTime');
  const from = change ? fmt.zone(change.from) : '';
  const to = change ? fmt.zone(change.to) : '';
  // A worked example at 19.00 today, in words the user checks against their own posts.
  const sameInstant = change ? toWallTime(fromWallTime(toWallTime(new Date(), change.from).date, '19:00', change.from), change.to).time : '19:00';
  const example = { at: fmt.wallTime('19:00'), moved: fmt.wallTime(sameInstant), from, to };
  return (
    <Modal opened={!!change} onClose={onCancel} title={t('clients.zoneChange.title', { from, to })} centered size="lg">
      <Stack gap="md">
        <Text size="sm">{t('clients.zoneChange.question')}</Text>
        <Radio.Group value={choice} onChange={(v) => setChoice(v as PostTimes)} aria-label={t('clients.zoneChange.question')}>
          <Stack gap="sm">
            <Radio value="localTime" label={t('clients.zoneChange.localTime')} description={t('clients.zoneChange.localTimeExample', example)} />
            <Radio value="instant" label={t('clients.zoneChange.instant')} description={t('clients.zoneChange.instantExample', example)} />
          </Stack>
        </Radio.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} onClick={() => onConfirm(choice)}>
            {t('clients.zoneChange.confirm', { to })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
