import { ActionIcon, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/useFormatDate';
import type { Client } from '../../../../shared/contract/schemas';
import { toWallTime } from '../../../../shared/domain/time';
import { useApiQuery } from '../../api/queries';
import { useStoredState } from '../../ui/useStoredState';
import { monthOf } from './format';
import { ImportPanel } from './ImportPanel';
import { ReportView } from './ReportView';

/** Reports ("Laporan"): pick client and month, import exports, read KPI, charts and heat map, write notes, export. */
export function ReportsScreen({ clientId, clients }: { clientId: string | null; clients: Client[] }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string | null>(null);
  const fmt = useFormat();
  const id = clientId ?? picked ?? clients[0]?.id ?? null;
  const client = clients.find((c) => c.id === id);
  const [month, setMonth] = useStoredState<string>('reportsMonth', monthOf(toWallTime(new Date(), 'Asia/Jakarta').date, -1).from);
  const { from, to } = monthOf(month);
  const report = useApiQuery('reports.get', { clientId: id ?? '', from, to }, { enabled: !!id });
  const title = fmt.month(from);

  return (
    <Stack maw={1160}>
      <Title order={2}>{t('reports.title')}</Title>
      <Text c="dimmed">{t('reports.hint')}</Text>
      <Group>
        {!clientId && (
          <Select label={t('reports.client')} data={clients.map((c) => ({ value: c.id, label: c.name }))} value={id} allowDeselect={false} onChange={setPicked} w={240} />
        )}
        <Group gap={4} align="flex-end" mt={clientId ? 0 : 'lg'}>
          <ActionIcon variant="default" aria-label={t('reports.prevMonth')} onClick={() => setMonth(monthOf(from, -1).from)}>
            <IconChevronLeft size={16} />
          </ActionIcon>
          <Text fw={600} w={170} ta="center" aria-live="polite" aria-label={t('reports.period')}>
            {title}
          </Text>
          <ActionIcon variant="default" aria-label={t('reports.nextMonth')} onClick={() => setMonth(monthOf(from, 1).from)}>
            <IconChevronRight size={16} />
          </ActionIcon>
        </Group>
      </Group>
      {!client && <Text>{t('reports.pickClient')}</Text>}
      {client && <ImportPanel clientId={client.id} />}
      {client && report.isPending && <Loader aria-label={t('common.loading')} />}
      {client && report.data && <ReportView key={`${client.id}${from}`} report={report.data} clientId={client.id} from={from} to={to} />}
    </Stack>
  );
}
