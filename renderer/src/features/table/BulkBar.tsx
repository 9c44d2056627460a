import { Autocomplete, Button, Group, Menu, Modal, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { IconChevronDown, IconCopy, IconTrash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkAction } from '../../../../shared/contract/epTable';
import type { Campaign } from '../../../../shared/contract/schemas';
import { PILLAR_SUGGESTIONS } from '../../../../shared/domain/platforms';
import { SLOT_STATUSES, type SlotStatus } from '../../../../shared/domain/status';
import { DateField } from '../../ui/DateFields';

type Asked = 'status' | 'shift' | 'moveTo' | 'campaign' | 'pillar' | 'pic';

interface Props {
  count: number;
  campaigns: Campaign[];
  busy: boolean;
  onAction(action: BulkAction): void;
  onClear(): void;
}

/** Actions on the selected posts; the ones that need a value ask for it in a small dialog. */
export function BulkBar({ count, campaigns, busy, onAction, onClear }: Props) {
  const { t } = useTranslation();
  const [asked, setAsked] = useState<Asked | null>(null);
  const [value, setValue] = useState<string>('');
  const [days, setDays] = useState<number | string>(7);
  const ask = (a: Asked, initial = '') => {
    setValue(initial);
    setAsked(a);
  };
  const apply = () => {
    if (!asked) return;
    const action: BulkAction | null =
      asked === 'status'
        ? value ? { kind: 'status', status: value as SlotStatus } : null
        : asked === 'shift'
          ? Number.isInteger(Number(days)) && Number(days) !== 0 ? { kind: 'shift', days: Number(days) } : null
          : asked === 'moveTo'
            ? /^\d{4}-\d{2}-\d{2}$/.test(value) ? { kind: 'moveTo', date: value } : null
            : asked === 'campaign'
              ? { kind: 'campaign', campaignId: value || null }
              : asked === 'pillar'
                ? { kind: 'pillar', pillar: value.trim() }
                : { kind: 'pic', pic: value.trim() };
    if (!action) return;
    setAsked(null);
    onAction(action);
  };
  const titles: Record<Asked, string> = {
    status: t('epTable.bulk.status'),
    shift: t('epTable.bulk.shift'),
    moveTo: t('epTable.bulk.moveTo'),
    campaign: t('epTable.bulk.campaign'),
    pillar: t('epTable.bulk.pillar'),
    pic: t('epTable.bulk.pic'),
  };

  return (
    <Group gap="xs" role="toolbar" aria-label={t('epTable.bulk.label')} wrap="nowrap">
      <Text size="sm" fw={600} aria-live="polite">
        {t('epTable.selected', { count })}
      </Text>
      <Button size="xs" variant="light" onClick={() => ask('status')} loading={busy}>
        {t('epTable.bulk.status')}
      </Button>
      <Button size="xs" variant="default" onClick={() => ask('shift')}>
        {t('epTable.bulk.shift')}
      </Button>
      <Button size="xs" variant="default" onClick={() => ask('moveTo')}>
        {t('epTable.bulk.moveTo')}
      </Button>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="default" rightSection={<IconChevronDown size={14} />}>
            {t('epTable.bulk.more')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => ask('campaign')}>{t('epTable.bulk.campaign')}</Menu.Item>
          <Menu.Item onClick={() => ask('pillar')}>{t('epTable.bulk.pillar')}</Menu.Item>
          <Menu.Item onClick={() => ask('pic')}>{t('epTable.bulk.pic')}</Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconCopy size={14} />} onClick={() => onAction({ kind: 'duplicate', to: 'nextWeek' })}>
            {t('epTable.bulk.duplicateWeek')}
          </Menu.Item>
          <Menu.Item leftSection={<IconCopy size={14} />} onClick={() => onAction({ kind: 'duplicate', to: 'nextMonth' })}>
            {t('epTable.bulk.duplicateMonth')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => onAction({ kind: 'delete' })}>
            {t('epTable.bulk.delete')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={onClear}>
        {t('epTable.bulk.clear')}
      </Button>

      <Modal opened={asked !== null} onClose={() => setAsked(null)} title={asked ? titles[asked] : ''} centered size="sm">
        <Stack>
          <Text size="sm" c="dimmed">
            {t('epTable.selected', { count })}
          </Text>
          {asked === 'status' && (
            <NativeSelect
              label={t('epTable.bulk.statusTo')}
              data={[{ value: '', label: '—', disabled: true }, ...SLOT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))]}
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
              data-autofocus
            />
          )}
          {asked === 'shift' && <NumberInput label={t('epTable.bulk.shiftDays')} value={days} onChange={setDays} min={-366} max={366} allowDecimal={false} data-autofocus />}
          {asked === 'moveTo' && <DateField label={t('epTable.bulk.date')} value={value} onChange={setValue} data-autofocus />}
          {asked === 'campaign' && (
            <NativeSelect
              label={t('epTable.col.campaign')}
              data={[{ value: '', label: t('epTable.noCampaign') }, ...campaigns.map((c) => ({ value: c.id, label: c.name }))]}
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
              data-autofocus
            />
          )}
          {asked === 'pillar' && <Autocomplete label={t('epTable.col.pillar')} data={[...PILLAR_SUGGESTIONS]} value={value} onChange={setValue} data-autofocus comboboxProps={{ withinPortal: false }} />}
          {asked === 'pic' && <TextInput label={t('epTable.col.pic')} value={value} onChange={(e) => setValue(e.currentTarget.value)} data-autofocus />}
          <Button onClick={apply}>{t('epTable.bulk.apply')}</Button>
        </Stack>
      </Modal>
    </Group>
  );
}
