import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_OUTCOMES } from '../../../../shared/contract/feedback';
import { useApiQuery } from '../../api/queries';
import { useFormatDate } from '../../ui/useFormatDate';
import { useFeedbackActions } from './useFeedbackActions';

/** Every feedback import, newest first, each with its counts and an undo button. */
export function RecentImports({ bundles }: { bundles: Array<{ bundleId: string; clientName: string; version: number }> }) {
  const { t } = useTranslation();
  const fmt = useFormatDate();
  const { undo } = useFeedbackActions();
  const list = useApiQuery('feedback.list', {});
  const byId = new Map(bundles.map((b) => [b.bundleId, b]));
  const rows = (list.data ?? []).filter((r) => byId.has(r.bundleId));
  if (rows.length === 0) return null;
  return (
    <Stack gap="xs" role="region" aria-label={t('reviewImport.recent')}>
      <Title order={4}>{t('reviewImport.recent')}</Title>
      {rows.slice(0, 20).map((r) => {
        const b = byId.get(r.bundleId)!;
        return (
          <Paper key={r.id} withBorder p="xs" radius="md" role="group" aria-label={t('reviewImport.recentItem', { client: b.clientName, version: b.version, date: fmt(r.createdAt.slice(0, 10)) })}>
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={2}>
                <Text size="sm" fw={500}>
                  {t('reviewImport.recentItem', { client: b.clientName, version: b.version, date: fmt(r.createdAt.slice(0, 10)) })} · {t(`reviewImport.sources.${r.source}`)}
                  {r.reviewer ? ` · ${t('reviewImport.from', { name: r.reviewer })}` : ''}
                </Text>
                <Group gap={4}>
                  {FEEDBACK_OUTCOMES.filter((o) => r.counts[o] > 0 && o !== 'unchanged').map((o) => (
                    <Badge key={o} size="sm" variant="light" color="gray">
                      {t(`reviewImport.counts.${o}`, { count: r.counts[o] })}
                    </Badge>
                  ))}
                </Group>
              </Stack>
              {r.undoneAt ? (
                <Badge color="gray">{t('reviewImport.undoneBadge')}</Badge>
              ) : (
                <Button size="xs" variant="default" leftSection={<IconArrowBackUp size={14} />} onClick={() => void undo(r.id)}>
                  {t('reviewImport.undo')}
                </Button>
              )}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
