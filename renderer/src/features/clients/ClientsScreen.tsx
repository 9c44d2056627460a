import { Badge, Button, Card, ColorSwatch, Grid, Group, ScrollArea, Stack, Switch, Text, Title, UnstyledButton } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/contract/schemas';
import { zoneLabel } from '../../../../shared/domain/time';
import { useClients } from '../../api/queries';
import { navigate } from '../../app/route';
import { PlatformIcon } from '../../ui/PlatformIcon';
import { useStoredState } from '../../ui/useStoredState';
import { ClientForm } from './ClientForm';

function ClientRow({ client, active }: { client: Client; active: boolean }) {
  const { t } = useTranslation();
  const perMonth = client.package.reduce((n, p) => n + p.perMonth, 0);
  const platforms = [...new Set(client.accounts.map((a) => a.platform))];
  return (
    <UnstyledButton w="100%"
      onClick={() => navigate('clients', client.id)}
      aria-current={active ? 'true' : undefined}
      p="sm"
      style={{
        borderRadius: 8,
        background: active ? 'var(--mantine-color-default-hover)' : undefined,
        opacity: client.archived ? 0.6 : 1,
      }}
    >
      <Group wrap="nowrap" gap="sm">
        <ColorSwatch color={client.color} size={14} aria-hidden />
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6} wrap="nowrap">
            <Text fw={600} truncate>
              {client.name}
            </Text>
            {client.archived && (
              <Badge size="xs" color="gray" variant="light">
                {t('common.archived')}
              </Badge>
            )}
          </Group>
          <Group gap={6}>
            <Text size="xs" c="dimmed">
              {zoneLabel(client.timezone)}
            </Text>
            {platforms.map((p) => (
              <PlatformIcon key={p} platform={p} size={14} />
            ))}
            {perMonth > 0 && (
              <Text size="xs" c="dimmed">
                · {t('clients.package.summary', { count: perMonth })}
              </Text>
            )}
          </Group>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}

export function ClientsScreen({ clientId }: { clientId: string | null }) {
  const { t } = useTranslation();
  const [showArchived, setShowArchived] = useStoredState('clients.showArchived', false);
  const clients = useClients(true);
  const all = clients.data ?? [];
  const visible = all.filter((c) => showArchived || !c.archived || c.id === clientId);
  const selected = clientId && clientId !== 'new' ? (all.find((c) => c.id === clientId) ?? null) : null;
  const creating = clientId === 'new' || (all.length === 0 && !clients.isPending);

  return (
    <Grid gutter="lg">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Card withBorder padding="sm">
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('clients.title')}
              </Title>
              <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => navigate('clients', 'new')}>
                {t('clients.new')}
              </Button>
            </Group>
            <Switch label={t('clients.showArchived')} checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} size="sm" />
            <ScrollArea.Autosize mah="calc(100vh - 220px)">
              <Stack gap={2} role="list" aria-label={t('clients.title')}>
                {visible.map((c) => (
                  <div role="listitem" key={c.id}>
                    <ClientRow client={c} active={c.id === clientId} />
                  </div>
                ))}
                {visible.length === 0 && (
                  <Text c="dimmed" size="sm" p="sm">
                    {all.length === 0 ? t('clients.empty') : t('clients.emptyArchived')}
                  </Text>
                )}
              </Stack>
            </ScrollArea.Autosize>
          </Stack>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Card withBorder padding="lg">
          {selected ? (
            <ClientForm key={selected.id} client={selected} />
          ) : creating ? (
            <ClientForm key="new" client={null} />
          ) : (
            <Text c="dimmed">{t('clients.select')}</Text>
          )}
        </Card>
      </Grid.Col>
    </Grid>
  );
}
