import { Group, Progress, Stack, Text } from '@mantine/core';
import { useMemo, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, Slot } from '../../../../shared/contract/schemas';
import { PLATFORM_LABELS } from '../../../../shared/domain/platforms';
import { packageProgress } from '../../../../shared/domain/progress';

/** "9/12 Instagram feeds filled, 5 approved" for the client and month on screen. */
export const PackageProgress = memo(function PackageProgress({ client, slots, month }: { client: Client | undefined; slots: Slot[]; month: string }) {
  const { t } = useTranslation();
  const lines = useMemo(() => (client ? packageProgress(client, slots, month) : []), [client, slots, month]);
  return (
    <Stack gap="xs" aria-label={t('panel.package')} role="group">
      <Text fw={700} size="sm">
        {t('panel.package')}
      </Text>
      {!client && (
        <Text size="xs" c="dimmed">
          {t('panel.packageChooseClient')}
        </Text>
      )}
      {client && lines.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('panel.noPackage')}
        </Text>
      )}
      {lines.map((l) => {
        const label = `${PLATFORM_LABELS[l.platform]} ${t(`formats.${l.format}`)}`;
        return (
          <Stack key={`${l.platform}/${l.format}`} gap={2}>
            <Group justify="space-between" gap={4}>
              <Text size="xs">{t('panel.packageLine', { filled: l.filled, target: l.target, label, approved: l.approved })}</Text>
            </Group>
            <Progress.Root size="sm" aria-label={label}>
              <Progress.Section value={Math.min(100, (l.approved / l.target) * 100)} color="green" />
              <Progress.Section value={Math.max(0, Math.min(100, ((l.filled - l.approved) / l.target) * 100))} color="blue" />
            </Progress.Root>
          </Stack>
        );
      })}
    </Stack>
  );
});
