import { ActionIcon, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '../../../../../shared/contract/editor';
import type { Client } from '../../../../../shared/contract/schemas';
import { errorMessage } from '../../../ui/errors';
import { notifyError } from '../../../ui/notify';
import { useAddGlossaryWord, useRemoveGlossaryWord } from '../api';

/** The client's glossary: words the spelling check accepts (brands, products, names). */
export function GlossaryModal({ opened, onClose, client, words }: { opened: boolean; onClose(): void; client: Client; words: GlossaryEntry[] }) {
  const { t } = useTranslation();
  const add = useAddGlossaryWord();
  const remove = useRemoveGlossaryWord();
  const [word, setWord] = useState('');
  const onError = (err: Error) => notifyError(t('errors.title'), errorMessage(t, err));

  return (
    <Modal opened={opened} onClose={onClose} title={t('editor.glossaryTitle', { client: client.name })}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('editor.glossaryHint')}
        </Text>
        <Group gap={6} component="form" onSubmit={(e) => {
          e.preventDefault();
          if (word.trim()) add.mutate({ clientId: client.id, word: word.trim() }, { onSuccess: () => setWord(''), onError });
        }} align="flex-end">
          <TextInput style={{ flex: 1 }} label={t('editor.glossaryWord')} value={word} onChange={(e) => setWord(e.currentTarget.value.replace(/\s/g, ''))} data-autofocus />
          <Button type="submit" leftSection={<IconPlus size={16} />} loading={add.isPending}>
            {t('editor.glossaryAdd')}
          </Button>
        </Group>
        {words.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('editor.glossaryEmpty')}
          </Text>
        ) : (
          <Group gap={6} role="list" aria-label={t('editor.glossary')}>
            {words.map((w) => (
              <Group key={w.word} role="listitem" gap={2} wrap="nowrap" pl={10} pr={2} py={2} style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 999 }}>
                <Text size="sm">{w.word}</Text>
                <ActionIcon size="sm" variant="subtle" color="gray" radius="xl" aria-label={t('editor.glossaryRemove', { word: w.word })} onClick={() => remove.mutate({ clientId: client.id, word: w.word }, { onError })}>
                  <IconX size={12} />
                </ActionIcon>
              </Group>
            ))}
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
