import { Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AddRowButton, RemoveRowButton } from '../../ui/RowButtons';
import type { PackageItem } from '../../../../shared/contract/schemas';
import { PLATFORM_FORMATS, PLATFORMS, PLATFORM_LABELS } from '../../../../shared/domain/platforms';

export function PackageEditor({ value, onChange, errors }: { value: PackageItem[]; onChange(v: PackageItem[]): void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<PackageItem>) => onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const total = value.reduce((n, p) => n + (Number.isFinite(p.perMonth) ? p.perMonth : 0), 0);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={600}>{t('clients.package.title')}</Text>
        {value.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('clients.package.summary', { count: total })}
          </Text>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('clients.package.hint')}
      </Text>
      {errors.package && (
        <Text size="sm" c="red">
          {errors.package}
        </Text>
      )}
      {value.length > 0 && (
        // Column headings for the rows below (each field also carries its own accessible name).
        <Group gap="xs" wrap="nowrap" aria-hidden>
          <Text size="xs" fw={600} c="dimmed" w={160}>
            {t('clients.package.platform')}
          </Text>
          <Text size="xs" fw={600} c="dimmed" w={140}>
            {t('clients.package.format')}
          </Text>
          <Text size="xs" fw={600} c="dimmed" w={110}>
            {t('clients.package.perMonth')}
          </Text>
        </Group>
      )}
      {value.map((p, i) => (
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
          <Select
            aria-label={`${t('clients.package.platform')} ${i + 1}`}
            data={PLATFORMS.map((x) => ({ value: x, label: PLATFORM_LABELS[x] }))}
            value={p.platform}
            allowDeselect={false}
            onChange={(v) => {
              if (!v) return;
              const platform = v as PackageItem['platform'];
              const formats = PLATFORM_FORMATS[platform];
              set(i, { platform, format: formats.includes(p.format) ? p.format : formats[0]! });
            }}
            w={160}
          />
          <Select
            aria-label={`${t('clients.package.format')} ${i + 1}`}
            data={PLATFORM_FORMATS[p.platform].map((f) => ({ value: f, label: t(`formats.${f}`) }))}
            value={p.format}
            allowDeselect={false}
            onChange={(v) => v && set(i, { format: v as PackageItem['format'] })}
            w={140}
          />
          <NumberInput
            aria-label={`${t('clients.package.perMonth')} ${i + 1}`}
            value={p.perMonth}
            min={1}
            max={500}
            clampBehavior="strict"
            allowDecimal={false}
            onChange={(v) => set(i, { perMonth: typeof v === 'number' ? v : Number(v) || 1 })}
            error={errors[`package.${i}.perMonth`]}
            w={110}
          />
          <RemoveRowButton label={`${t('common.remove')} ${PLATFORM_LABELS[p.platform]} ${t(`formats.${p.format}`)}`} onClick={() => onChange(value.filter((_, j) => j !== i))} />
        </Group>
      ))}
      <AddRowButton label={t('clients.package.add')} onClick={() => onChange([...value, { platform: 'instagram', format: 'feed', perMonth: 4 }])} />
    </Stack>
  );
}
