import { Group, Progress, Stack, Text } from '@mantine/core';
import { useMemo, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, Slot } from '../../../../shared/contract/schemas';
import { PLATFORM_LABELS } from '../../../../shared/domain/platforms';
import { packageProgress } from '../../../../shared/domain/progress';

/** "Instagram Feed: 9 of 12 planned · 6 written · 5 approved" for the client and month on screen. */
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
        const pct = (n: number) => Math.max(0, Math.min(100, (n / l.target) * 100));
        const counts = t('panel.packageCounts', { written: l.written, approved: l.approved });
        return (
          <Stack key={`${l.platform}/${l.format}`} gap={2}>
            <Group justify="space-between" gap={4} wrap="nowrap">
              <Text size="xs" fw={500}>
                {t('panel.packageLine', { planned: l.planned, target: l.target, label })}
              </Text>
              {l.planned > l.target && (
                <Text size="xs" c="orange">
                  {t('panel.packageOver', { count: l.planned - l.target })}
                </Text>
              )}
            </Group>
            <Progress.Root size="sm" aria-label={`${t('panel.packageLine', { planned: l.planned, target: l.target, label })} · ${counts}`}>
              <Progress.Section value={pct(l.approved)} color="green" />
              <Progress.Section value={pct(l.written) - pct(l.approved)} color="blue" />
              <Progress.Section value={pct(l.planned) - pct(l.written)} color="gray.5" />
            </Progress.Root>
            <Text size="xs" c="dimmed">
              {counts}
            </Text>
          </Stack>
        );
      })}
    </Stack>
  );
});
