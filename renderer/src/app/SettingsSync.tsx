import { useMantineColorScheme } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../api/queries';
import { systemLanguage } from '../i18n';

/** Applies the stored language and theme; the OS decides while they are "auto". */
export function SettingsSync() {
  const { i18n } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  const settings = useSettings();
  const language = settings.data?.language ?? null;
  const theme = settings.data?.theme ?? 'auto';
  useEffect(() => {
    if (!settings.data) return;
    const lng = language ?? systemLanguage();
    if (i18n.language !== lng) void i18n.changeLanguage(lng);
  }, [settings.data, language, i18n]);
  useEffect(() => {
    setColorScheme(theme);
  }, [theme, setColorScheme]);
  return null;
}
