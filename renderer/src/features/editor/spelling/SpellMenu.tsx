import { Menu } from '@mantine/core';
import { IconBook2, IconReplace } from '@tabler/icons-react';
import type { Editor } from '@tiptap/react';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpellMark } from '../checks/checkPlugin';
import { spellWorker } from './spellClient';

interface Props {
  mark: SpellMark;
  editor: Editor;
  clientName: string;
  onAddToGlossary(word: string): void;
  /** The element the menu opens from. */
  children: ReactElement;
  opened?: boolean;
  onChange?(opened: boolean): void;
}

/** A misspelt word's menu: the speller's suggestions, and "add to the client's glossary". */
export function SpellMenu({ mark, editor, clientName, onAddToGlossary, children, opened, onChange }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const isOpen = opened ?? open;
  const [suggestions, setSuggestions] = useState<string[] | null>(null);

  useEffect(() => {
    if (!isOpen) return;
    let live = true;
    setSuggestions(null);
    void spellWorker.suggest(mark.word).then((s) => live && setSuggestions(s));
    return () => {
      live = false;
    };
  }, [isOpen, mark.word]);

  const replace = (word: string) => {
    editor.chain().focus().insertContentAt({ from: mark.from, to: mark.to }, word).run();
  };

  return (
    <Menu
      opened={isOpen}
      onChange={(o) => (onChange ? onChange(o) : setOpen(o))}
      position="bottom-start"
      withinPortal
      shadow="md"
      width={280}
    >
      <Menu.Target>{children}</Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('editor.spelling', { word: mark.word })}</Menu.Label>
        {suggestions === null ? (
          <Menu.Item disabled>{t('editor.spellingLoading')}</Menu.Item>
        ) : suggestions.length === 0 ? (
          <Menu.Item disabled>{t('editor.noSuggestions')}</Menu.Item>
        ) : (
          suggestions.map((s) => (
            <Menu.Item key={s} leftSection={<IconReplace size={14} />} onClick={() => replace(s)}>
              {t('editor.replaceWith', { word: s })}
            </Menu.Item>
          ))
        )}
        <Menu.Divider />
        <Menu.Item leftSection={<IconBook2 size={14} />} onClick={() => onAddToGlossary(mark.word)}>
          {t('editor.addToGlossary', { word: mark.word, client: clientName })}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
