import { Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCloudCheck, IconPencil } from '@tabler/icons-react';
import { useValue } from '../../../ui/valueStore';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/errors';
import { useFormat } from '../../../ui/useFormatDate';
import type { VariantSaver } from './autosave';

/** Where the autosave stands, in words. */
export function SaveIndicator({ saver }: { saver: VariantSaver }) {
  const { t } = useTranslation();
  const status = useValue(saver.state);
  const fmt = useFormat();
  const time = (iso: string) => fmt.time(iso);
  let icon = <IconCloudCheck size={14} />;
  let text = status.state === 'saved' && status.at ? t('editor.save.savedAt', { time: time(status.at) }) : t('editor.save.saved');
  let color = 'dimmed';
  if (status.state === 'pending') {
    icon = <IconPencil size={14} />;
    text = t('editor.save.pending');
  } else if (status.state === 'saving') {
    icon = <Loader size={10} />;
    text = t('editor.save.saving');
  } else if (status.state === 'retrying') {
    icon = <IconAlertTriangle size={14} />;
    text = t('editor.save.retrying');
    color = 'orange.8';
  } else if (status.state === 'failed') {
    icon = <IconAlertTriangle size={14} />;
    text = t('editor.save.failed', { reason: errorMessage(t, status.error) });
    color = 'red.7';
  }
  return (
    <Group gap={4} wrap="nowrap" role="status" aria-live="polite" c={color}>
      {icon}
      <Text size="xs" c={color} data-save-state={status.state}>
        {text}
      </Text>
    </Group>
  );
}
