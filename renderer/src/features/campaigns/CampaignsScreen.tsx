import { Badge, Button, Card, ColorSwatch, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/contract/schemas';
import { addDays } from '../../../../shared/domain/time';
import { useApiQuery } from '../../api/queries';
import { navigate } from '../../app/route';
import { useFormatDate } from '../../ui/useFormatDate';
import { localToday } from '../calendar/events';
import { CampaignDrawer, type CampaignTarget } from './CampaignDrawer';

/** Every campaign of the chosen client (or all clients), newest first, with its drawer. */
export function CampaignsScreen({ clientId, clients }: { clientId: string | null; clients: Client[] }) {
  const { t } = useTranslation();
  const fmt = useFormatDate();
  const campaigns = useApiQuery('campaigns.list', { clientIds: clientId ? [clientId] : undefined });
  const [target, setTarget] = useState<CampaignTarget | null>(null);
  const byId = new Map(clients.map((c) => [c.id, c]));
  const list = [...(campaigns.data ?? [])].filter((c) => byId.has(c.clientId)).sort((a, b) => b.startDate.localeCompare(a.startDate));
  const today = localToday();

  return (
    <Stack maw={960}>
      <Group justify="space-between">
        <Title order={2}>{t('campaign.list')}</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setTarget({ newFor: { clientId, startDate: today, endDate: addDays(today, 13) } })}>
          {t('campaign.new')}
        </Button>
      </Group>
      {list.length === 0 && <Text c="dimmed">{t('campaign.empty')}</Text>}
      <Stack gap="xs" role="list" aria-label={t('campaign.list')}>
        {list.map((c) => (
          <Card key={c.id} withBorder padding="sm" role="listitem">
            <UnstyledButton onClick={() => setTarget({ id: c.id })} w="100%">
              <Group justify="space-between" wrap="nowrap">
                <Group gap="sm" wrap="nowrap">
                  <ColorSwatch color={c.color} size={14} aria-hidden />
                  <Stack gap={0}>
                    <Text fw={600}>{c.name}</Text>
                    <Text size="xs" c="dimmed">
                      {byId.get(c.clientId)?.name} · {t('campaign.dates', { from: fmt(c.startDate), to: fmt(c.endDate) })}
                    </Text>
                  </Stack>
                </Group>
                <Badge variant="light">{t(`campaign.statuses.${c.status}`)}</Badge>
              </Group>
            </UnstyledButton>
          </Card>
        ))}
      </Stack>
      <CampaignDrawer target={target} clients={clients} onClose={() => setTarget(null)} onOpenSlot={(id) => navigate('calendar', id)} />
    </Stack>
  );
}
