import { ActionIcon, Button, Checkbox, Group, Popover, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { COLUMN_IDS, type ColumnId } from './columns';

export interface ColumnPrefs {
  order: ColumnId[];
  hidden: ColumnId[];
}
export const DEFAULT_COLUMNS: ColumnPrefs = { order: [...COLUMN_IDS], hidden: ['comments'] };

/** Keeps stored preferences valid when columns are added or renamed in a later version. */
export function normalizeColumns(p: ColumnPrefs): ColumnPrefs {
  const known = new Set<string>(COLUMN_IDS);
  const order = p.order.filter((c) => known.has(c));
  for (const c of COLUMN_IDS) if (!order.includes(c)) order.push(c);
  return { order, hidden: p.hidden.filter((c) => known.has(c) && c !== 'no') };
}

/** Choose and reorder the table's columns; the choice is remembered. */
export function ColumnsMenu({ prefs, onChange }: { prefs: ColumnPrefs; onChange(p: ColumnPrefs): void }) {
  const { t } = useTranslation();
  const move = (i: number, d: -1 | 1) => {
    const order = [...prefs.order];
    [order[i], order[i + d]] = [order[i + d]!, order[i]!];
    onChange({ ...prefs, order });
  };
  return (
    <Popover width={300} position="bottom-end" shadow="md" trapFocus>
      <Popover.Target>
        <Button size="xs" variant="default" leftSection={<IconColumns size={14} />}>
          {t('epTable.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={4}>
          <Text size="xs" c="dimmed">
            {t('epTable.columnsHint')}
          </Text>
          {prefs.order.map((id, i) => {
            const name = t(`epTable.col.${id}`);
            return (
              <Group key={id} justify="space-between" wrap="nowrap" gap={4}>
                <Checkbox
                  size="xs"
                  label={name}
                  checked={!prefs.hidden.includes(id)}
                  disabled={id === 'no'}
                  onChange={(e) => onChange({ ...prefs, hidden: e.currentTarget.checked ? prefs.hidden.filter((h) => h !== id) : [...prefs.hidden, id] })}
                />
                <Group gap={2} wrap="nowrap">
                  <ActionIcon size="sm" variant="subtle" disabled={i === 0} aria-label={t('epTable.columnUp', { column: name })} onClick={() => move(i, -1)}>
                    <IconArrowUp size={14} />
                  </ActionIcon>
                  <ActionIcon size="sm" variant="subtle" disabled={i === prefs.order.length - 1} aria-label={t('epTable.columnDown', { column: name })} onClick={() => move(i, 1)}>
                    <IconArrowDown size={14} />
                  </ActionIcon>
                </Group>
              </Group>
            );
          })}
          <Button size="xs" variant="subtle" onClick={() => onChange(DEFAULT_COLUMNS)}>
            {t('epTable.resetColumns')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
