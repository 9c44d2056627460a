import { Grid, Group, Portal, Stack, Title } from '@mantine/core';
import { EditorContent, type Editor, type JSONContent } from '@tiptap/react';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HashtagSet, SavedVariant } from '../../../../shared/contract/editor';
import type { Client, Slot } from '../../../../shared/contract/schemas';
import type { Platform } from '../../../../shared/domain/platforms';
import type { VariantSaver } from './history/autosave';
import { useVariantSaver } from './history/useVariantSaver';
import { currentCheck, type SpellMark } from './checks/checkPlugin';
import type { CheckStore } from './checks/checkStore';
import { Counter } from './checks/Counter';
import { IssueList } from './checks/IssueList';
import { hashtagsInText, insertHashtags } from './document/hashtags';
import { docOf, initialContent } from './document/storedDoc';
import { useCopyEditor } from './document/useCopyEditor';
import { HistoryModal } from './history/HistoryModal';
import { PlatformPreview } from './previews/PlatformPreview';
import { SaveIndicator } from './history/SaveIndicator';
import { SpellMenu } from './spelling/SpellMenu';
import { useSpellingSchedule } from './spelling/useSpellingSchedule';
import { CopyActions, Toolbar } from './document/Toolbar';
import classes from './panel.module.css';
import './document/editor.css';

export interface VariantHandle {
  editor: Editor;
  saver: VariantSaver;
}

interface Props {
  slot: Slot;
  client: Client;
  variant: SavedVariant;
  store: CheckStore;
  glossary: readonly string[];
  sets: HashtagSet[];
  /** Other variants of the slot, for "copy from". */
  others: Platform[];
  readOther(platform: Platform): JSONContent | null;
  register(platform: Platform, handle: VariantHandle | null): void;
  onRemove(): void;
  onAddToGlossary(word: string): void;
  onManageSets(tags: string[] | null): void;
  onOpenGlossary(): void;
}

/** One platform's copy: wires the editor to its autosave, spelling, checks, preview and history. */
export function VariantEditor(props: Props) {
  const { slot, client, variant, store, register } = props;
  const platform = variant.platform;
  const { t } = useTranslation();
  const editorRef = useRef<Editor | null>(null);
  const [contextSpell, setContextSpell] = useState<{ mark: SpellMark; x: number; y: number } | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);

  const [init] = useState(() => initialContent(variant));
  const saver = useVariantSaver(editorRef, variant, init.fromJournal);
  const scheduleSpelling = useSpellingSchedule(editorRef, `${variant.slotId}:${platform}`, props.glossary);
  const editor = useCopyEditor({
    editorRef,
    platform,
    slot,
    client,
    content: init.content,
    store,
    onChange: () => {
      saver.changed();
      scheduleSpelling(350);
    },
    onSpellMenu: setContextSpell,
  });

  useLayoutEffect(() => {
    register(platform, { editor, saver });
    return () => register(platform, null);
  }, [editor, saver, register, platform]);

  return (
    <Grid type="container" breakpoints={{ xs: '360px', sm: '480px', md: '720px', lg: '960px', xl: '1200px' }} gutter="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="xs">
          <Toolbar
            editor={editor}
            platform={platform}
            sets={props.sets}
            others={props.others}
            readOther={props.readOther}
            onInsertHashtags={(set) => insertHashtags(editor, set)}
            onManageSets={(fromText) => props.onManageSets(fromText ? hashtagsInText(editor) : null)}
            onOpenGlossary={props.onOpenGlossary}
            onOpenHistory={() => setHistoryOpen(true)}
            onRemove={props.onRemove}
          />
          <div className="cp-frame">
            <EditorContent editor={editor} />
          </div>
          <Group justify="space-between" gap="xs">
            <SaveIndicator saver={saver} />
            <Counter store={store} platform={platform} />
          </Group>
          <CopyActions editor={editor} platform={platform} />
          <IssueList store={store} editor={editor} platform={platform} clientName={client.name} onAddToGlossary={props.onAddToGlossary} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="xs">
          <Title order={3} size="h6">
            {t('editor.preview')}
          </Title>
          <PlatformPreview store={store} platform={platform} client={client} slot={slot} />
        </Stack>
      </Grid.Col>

      {contextSpell && (
        // In a portal: the drawer's transform would make the fixed anchor relative to it.
        <Portal>
          <SpellMenu
            mark={contextSpell.mark}
            editor={editor}
            clientName={client.name}
            onAddToGlossary={props.onAddToGlossary}
            opened
            onChange={(o) => !o && setContextSpell(null)}
          >
            <div className={classes.contextAnchor} style={{ left: contextSpell.x, top: contextSpell.y }} />
          </SpellMenu>
        </Portal>
      )}
      {historyOpen && (
        <HistoryModal
          opened
          onClose={() => setHistoryOpen(false)}
          slotId={variant.slotId}
          platform={platform}
          current={currentCheck(editor.state).plain.text}
          beforeRestore={() => saver.flush()}
          onRestored={(result) => {
            editor.commands.setContent(docOf(result.variant), { emitUpdate: false });
            saver.markClean(result.variant.updatedAt);
            scheduleSpelling(0);
          }}
        />
      )}
    </Grid>
  );
}
