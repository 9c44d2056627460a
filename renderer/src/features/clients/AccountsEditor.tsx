import { Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AddRowButton, RemoveRowButton } from '../../ui/RowButtons';
import type { Account } from '../../../../shared/contract/schemas';
import { PLATFORMS, PLATFORM_LABELS } from '../../../../shared/domain/platforms';

const platformOptions = PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] }));

export function AccountsEditor({ value, onChange, errors }: { value: Account[]; onChange(v: Account[]): void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Account>) => onChange(value.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('clients.accounts.title')}</Text>
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('clients.accounts.none')}
        </Text>
      )}
      {value.map((a, i) => (
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
          <Select
            aria-label={`${t('clients.accounts.platform')} ${i + 1}`}
            data={platformOptions}
            value={a.platform}
            allowDeselect={false}
            onChange={(v) => v && set(i, { platform: v as Account['platform'] })}
            w={160}
          />
          <TextInput
            aria-label={`${t('clients.accounts.handle')} ${i + 1}`}
            placeholder={t('clients.accounts.handlePlaceholder')}
            value={a.handle}
            onChange={(e) => set(i, { handle: e.currentTarget.value })}
            error={errors[`accounts.${i}.handle`]}
            style={{ flex: 1 }}
          />
          <RemoveRowButton label={`${t('common.remove')} ${PLATFORM_LABELS[a.platform]} ${a.handle}`} onClick={() => onChange(value.filter((_, j) => j !== i))} />
        </Group>
      ))}
      <AddRowButton label={t('clients.accounts.add')} onClick={() => onChange([...value, { platform: 'instagram', handle: '' }])} />
    </Stack>
  );
}
