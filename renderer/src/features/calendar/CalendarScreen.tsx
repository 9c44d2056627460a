import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/contract/schemas';

/** Placeholder until the planning calendar lands. */
export function CalendarScreen({ clientId, clients }: { clientId: string | null; clients: Client[] }) {
  const { t } = useTranslation();
  const client = clients.find((c) => c.id === clientId);
  return (
    <Stack>
      <Title order={2}>
        {t('calendar.title')}
        {client ? ` — ${client.name}` : ''}
      </Title>
      <Card withBorder>
        <Text c="dimmed">{t('calendar.placeholder')}</Text>
      </Card>
    </Stack>
  );
}
