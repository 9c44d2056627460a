import { Badge, Button, Checkbox, Divider, MultiSelect, Popover, Stack, Text } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Campaign, Client } from '../../../../shared/contract/schemas';
import { PLATFORMS, PLATFORM_LABELS, type Platform } from '../../../../shared/domain/platforms';
import { SLOT_STATUSES, type SlotStatus } from '../../../../shared/domain/status';
import { EMPTY_FILTERS, LAYERS, type CalendarFilters, type Layer } from './filters';

interface Props {
  filters: CalendarFilters;
  onChange(f: CalendarFilters): void;
  clients: Client[];
  campaigns: Campaign[];
  /** A client chosen in the sidebar already narrows the calendar; the client filter hides then. */
  clientLocked: boolean;
}

export function FiltersMenu({ filters, onChange, clients, campaigns, clientLocked }: Props) {
  const { t } = useTranslation();
  const active =
    (clientLocked ? 0 : filters.clientIds.length) + filters.platforms.length + filters.statuses.length + filters.campaignIds.length + filters.hiddenLayers.length;
  const set = (patch: Partial<CalendarFilters>) => onChange({ ...filters, ...patch });
  const toggleLayer = (l: Layer, on: boolean) =>
    set({ hiddenLayers: on ? filters.hiddenLayers.filter((x) => x !== l) : [...filters.hiddenLayers, l] });

  return (
    <Popover width={320} position="bottom-end" shadow="md" trapFocus>
      <Popover.Target>
        <Button
          size="xs"
          variant={active ? 'light' : 'default'}
          leftSection={<IconFilter size={14} />}
          rightSection={active ? <Badge size="xs" circle>{active}</Badge> : null}
        >
          {t('calendar.filters')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          {!clientLocked && (
            <MultiSelect
              label={t('calendar.filterClients')}
              data={clients.map((c) => ({ value: c.id, label: c.name }))}
              value={filters.clientIds}
              onChange={(v) => set({ clientIds: v })}
              clearable
              searchable
              comboboxProps={{ withinPortal: false }}
            />
          )}
          <MultiSelect
            label={t('calendar.filterPlatforms')}
            data={PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] }))}
            value={filters.platforms}
            onChange={(v) => set({ platforms: v as Platform[] })}
            clearable
            comboboxProps={{ withinPortal: false }}
          />
          <MultiSelect
            label={t('calendar.filterStatuses')}
            data={SLOT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
            value={filters.statuses}
            onChange={(v) => set({ statuses: v as SlotStatus[] })}
            clearable
            comboboxProps={{ withinPortal: false }}
          />
          <MultiSelect
            label={t('calendar.filterCampaigns')}
            data={campaigns.map((c) => ({ value: c.id, label: c.name }))}
            value={filters.campaignIds}
            onChange={(v) => set({ campaignIds: v })}
            clearable
            searchable
            comboboxProps={{ withinPortal: false }}
          />
          <Divider />
          <Text size="sm" fw={600}>
            {t('calendar.layers')}
          </Text>
          {LAYERS.map((l) => (
            <Checkbox key={l} label={t(`calendar.layer.${l}`)} checked={!filters.hiddenLayers.includes(l)} onChange={(e) => toggleLayer(l, e.currentTarget.checked)} />
          ))}
          <Button variant="subtle" size="xs" onClick={() => onChange(EMPTY_FILTERS)} disabled={!active}>
            {t('calendar.clearFilters')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
