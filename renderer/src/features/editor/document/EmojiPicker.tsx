import { ActionIcon, Popover, ScrollArea, SimpleGrid, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconMoodSmile, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMOJI, EMOJI_GROUPS, searchEmoji, type EmojiEntry } from './emoji';
import classes from '../panel.module.css';

/** A small emoji grid with search in both languages; picking one inserts it at the cursor. */
export function EmojiPicker({ onPick }: { onPick(char: string): void }) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [query, setQuery] = useState('');
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const found = searchEmoji(query);

  const grid = (items: EmojiEntry[]) => (
    <SimpleGrid cols={8} spacing={2} verticalSpacing={2}>
      {items.map((e) => (
        <UnstyledButton
          key={e.char}
          className={classes.emoji}
          aria-label={e[lang]}
          title={e[lang]}
          onClick={() => {
            onPick(e.char);
            setOpened(false);
            setQuery('');
          }}
        >
          {e.char}
        </UnstyledButton>
      ))}
    </SimpleGrid>
  );

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" shadow="md" width={320} trapFocus withinPortal>
      <Popover.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('editor.emoji')} onClick={() => setOpened((o) => !o)}>
          <IconMoodSmile size={18} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown p="xs" role="dialog" aria-label={t('editor.emoji')}>
        <TextInput
          size="xs"
          mb="xs"
          leftSection={<IconSearch size={14} />}
          placeholder={t('editor.emojiSearch')}
          aria-label={t('editor.emojiSearch')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          data-autofocus
        />
        <ScrollArea.Autosize mah={260} type="auto">
          {query.trim() ? (
            found.length ? grid(found) : <Text size="sm" c="dimmed">{t('editor.emojiNone')}</Text>
          ) : (
            <Stack gap={6}>
              {EMOJI_GROUPS.map((g) => (
                <div key={g} role="group" aria-label={t(`editor.emojiGroups.${g}`)}>
                  <Text size="xs" c="dimmed" fw={500} mb={2}>
                    {t(`editor.emojiGroups.${g}`)}
                  </Text>
                  {grid(EMOJI[g])}
                </div>
              ))}
            </Stack>
          )}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
