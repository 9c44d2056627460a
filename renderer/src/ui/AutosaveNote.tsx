import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AutosaveState } from './useAutosave';

/** One line saying where a form's autosave stands, read out by screen readers as it changes. */
export function AutosaveNote({ state }: { state: AutosaveState }) {
  const { t } = useTranslation();
  const text = { idle: '', saving: t('forms.saving'), saved: t('forms.saved'), retrying: t('forms.retrying'), error: t('forms.notSaved') }[state];
  return (
    <Text size="xs" c={state === 'retrying' || state === 'error' ? 'orange.8' : 'dimmed'} aria-live="polite">
      {text}
    </Text>
  );
}
