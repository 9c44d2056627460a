import { Card, Checkbox, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { MOMENT_KINDS, type MomentKind } from '../../../../shared/holidays';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useSettings } from '../../api/queries';
import { systemLanguage } from '../../i18n';
import { errorMessage } from '../../ui/errors';
import { notifyError } from '../../ui/notify';
import { YourData } from '../data/YourData';

export function SettingsScreen() {
  const { t } = useTranslation();
  const settings = useSettings();
  const update = useApiMutation('settings.update', ['settings', 'moments']);
  // Shown at once, saved in the background (a checkbox must not wait for the disk).
  const [hiddenLocal, setHiddenLocal] = useState<MomentKind[] | null>(null);
  const hidden = hiddenLocal ?? settings.data?.hiddenMomentKinds ?? [];
  const onError = (err: Error) => notifyError(t('errors.title'), errorMessage(t, err));
  const sys = systemLanguage() === 'id' ? 'Bahasa Indonesia' : 'English';

  return (
    <Stack maw={720} gap="lg">
      <Title order={2}>{t('settings.title')}</Title>
      <Card withBorder>
        <Stack>
          <Select
            label={t('settings.language')}
            value={settings.data?.language ?? 'auto'}
            allowDeselect={false}
            data={[
              { value: 'auto', label: t('settings.languageAuto', { lang: sys }) },
              { value: 'id', label: 'Bahasa Indonesia' },
              { value: 'en', label: 'English' },
            ]}
            onChange={(v) => update.mutate({ language: v === 'id' || v === 'en' ? v : null }, { onError })}
          />
          <div>
            <Text size="sm" fw={500} mb={4} id="theme-label">
              {t('settings.theme')}
            </Text>
            <SegmentedControl
              aria-labelledby="theme-label"
              value={settings.data?.theme ?? 'auto'}
              data={[
                { value: 'light', label: t('settings.themeLight') },
                { value: 'dark', label: t('settings.themeDark') },
                { value: 'auto', label: t('settings.themeAuto') },
              ]}
              onChange={(v) => update.mutate({ theme: v as 'light' | 'dark' | 'auto' }, { onError })}
            />
          </div>
          <Checkbox.Group
            label={t('settings.hiddenKinds')}
            value={MOMENT_KINDS.filter((k) => !hidden.includes(k))}
            onChange={(shown) => {
              const next = MOMENT_KINDS.filter((k) => !shown.includes(k));
              setHiddenLocal(next);
              update.mutate({ hiddenMomentKinds: next }, { onError });
            }}
          >
            <Group gap="md" mt={6}>
              {MOMENT_KINDS.map((k) => (
                <Checkbox key={k} value={k} label={t(`moments.kinds.${k}`)} />
              ))}
            </Group>
          </Checkbox.Group>
        </Stack>
      </Card>
      <YourData />
    </Stack>
  );
}
