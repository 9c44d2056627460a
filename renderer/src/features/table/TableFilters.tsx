import { Badge, Button, MultiSelect, Popover, Stack } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Campaign, Client } from '../../../../shared/contract/schemas';
import { PLATFORMS, PLATFORM_LABELS, type Platform } from '../../../../shared/domain/platforms';
import { SLOT_STATUSES, type SlotStatus } from '../../../../shared/domain/status';
import type { CalendarFilters } from '../calendar/filters';

interface Props {
  filters: CalendarFilters;
  onChange(f: CalendarFilters): void;
  clients: Client[];
  campaigns: Campaign[];
  clientLocked: boolean;
}

/** The calendar's post filters (clients, platforms, statuses, campaigns), shared with the table. */
export function TableFilters({ filters, onChange, clients, campaigns, clientLocked }: Props) {
  const { t } = useTranslation();
  const active = (clientLocked ? 0 : filters.clientIds.length) + filters.platforms.length + filters.statuses.length + filters.campaignIds.length;
  const set = (patch: Partial<CalendarFilters>) => onChange({ ...filters, ...patch });
  const props = { size: 'xs' as const, clearable: true, comboboxProps: { withinPortal: false } };
  return (
    <Popover width={320} position="bottom-end" shadow="md" trapFocus>
      <Popover.Target>
        <Button size="xs" variant={active ? 'light' : 'default'} leftSection={<IconFilter size={14} />} rightSection={active ? <Badge size="xs" circle>{active}</Badge> : null}>
          {t('epTable.filters')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          {!clientLocked && (
            <MultiSelect {...props} label={t('calendar.filterClients')} data={clients.map((c) => ({ value: c.id, label: c.name }))} value={filters.clientIds} onChange={(v) => set({ clientIds: v })} />
          )}
          <MultiSelect {...props} label={t('calendar.filterPlatforms')} data={PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] }))} value={filters.platforms} onChange={(v) => set({ platforms: v as Platform[] })} />
          <MultiSelect {...props} label={t('calendar.filterStatuses')} data={SLOT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} value={filters.statuses} onChange={(v) => set({ statuses: v as SlotStatus[] })} />
          <MultiSelect {...props} label={t('calendar.filterCampaigns')} data={campaigns.map((c) => ({ value: c.id, label: c.name }))} value={filters.campaignIds} onChange={(v) => set({ campaignIds: v })} />
          <Button size="xs" variant="subtle" disabled={!active} onClick={() => onChange({ ...filters, clientIds: [], platforms: [], statuses: [], campaignIds: [] })}>
            {t('epTable.clearFilters')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
