import { ActionIcon, Menu, Text } from '@mantine/core';
import { IconDeviceFloppy, IconHash, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HashtagSet } from '../../../../../shared/contract/editor';

interface Props {
  sets: HashtagSet[];
  onInsert(set: HashtagSet): void;
  /** Opens the sets dialog, prefilled with this text's hashtags when `fromText`. */
  onManage(fromText: boolean): void;
}

/** The client's hashtag sets, one click from the text. */
export function HashtagMenu({ sets, onInsert, onManage }: Props) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-start" shadow="md" width={320} withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('editor.hashtagSets')}>
          <IconHash size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('editor.hashtagSets')}</Menu.Label>
        {sets.length === 0 && (
          <Text size="sm" c="dimmed" px="sm" py={4}>
            {t('editor.hashtagSetsNone')}
          </Text>
        )}
        {sets.map((s) => (
          <Menu.Item key={s.id} onClick={() => onInsert(s)} aria-label={t('editor.insertSet', { name: s.name })}>
            <Text size="sm" fw={500}>
              {s.name}
            </Text>
            <Text size="xs" c="dimmed" lineClamp={2}>
              {s.tags.map((tag) => `#${tag}`).join(' ')}
            </Text>
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconDeviceFloppy size={14} />} onClick={() => onManage(true)}>
          {t('editor.saveAsSet')}
        </Menu.Item>
        <Menu.Item leftSection={<IconSettings size={14} />} onClick={() => onManage(false)}>
          {t('editor.manageSets')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
