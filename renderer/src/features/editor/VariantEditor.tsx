import { Grid, Group, Portal, Stack, Title } from '@mantine/core';
import { TextSelection } from '@tiptap/pm/state';
import { EditorContent, getSchema, useEditor, type Editor, type JSONContent } from '@tiptap/react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HashtagSet, SaveResult, SavedVariant } from '../../../../shared/contract/editor';
import type { Client, Slot } from '../../../../shared/contract/schemas';
import { PLATFORM_LABELS, type Platform } from '../../../../shared/domain/platforms';
import type { CheckContext, Message } from '../../../../shared/platforms';
import { api } from '../../api/transport';
import { useSlotsChanged, useVariantSaved } from './api';
import { journal, VariantSaver, type Snapshot } from './history/autosave';
import { checkKey, CopyChecks, currentCheck, currentSpelling, type SpellMark } from './checks/checkPlugin';
import type { CheckStore } from './checks/checkStore';
import { Counter, INPUT_MARK } from './checks/Counter';
import { copyExtensions } from './document/extensions';
import { foldMarker } from './document/foldMarker';
import { HistoryModal } from './history/HistoryModal';
import { IssueList } from './checks/IssueList';
import { docFromPlain } from './document/plainText';
import { PlatformPreview } from './previews/PlatformPreview';
import { SaveIndicator } from './history/SaveIndicator';
import { requestSpelling } from './spelling/spellClient';
import { SpellMenu } from './spelling/SpellMenu';
import { CopyActions, Toolbar } from './document/Toolbar';
import classes from './panel.module.css';
import './document/editor.css';
import { benchMark } from '../../ui/benchMarks';

const schema = getSchema(copyExtensions);

/** A stored document the editor can open, or null (unknown nodes, older shapes). */
function validDoc(doc: unknown): JSONContent | null {
  if (!doc || typeof doc !== 'object') return null;
  try {
    schema.nodeFromJSON(doc).check();
    return doc as JSONContent;
  } catch {
    return null;
  }
}

/** What the editor opens with: the stored text, or text journaled after it and never saved. */
function initialContent(v: SavedVariant): { content: JSONContent; fromJournal: boolean } {
  const j = journal.get(v.slotId, v.platform);
  if (j && j.at > v.updatedAt) return { content: validDoc(j.doc) ?? docFromPlain(j.plain), fromJournal: true };
  return { content: validDoc(v.doc) ?? docFromPlain(v.plain), fromJournal: false };
}

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

/** One platform's copy: the editor with its checks, counter, issues, preview and history. */
export function VariantEditor(props: Props) {
  const { slot, client, variant, store, glossary, register } = props;
  const platform = variant.platform;
  const label = PLATFORM_LABELS[platform];
  const { t, i18n } = useTranslation();
  const variantSaved = useVariantSaved();
  const slotsChanged = useSlotsChanged();

  // Read by the check plugin on every check, so they never go stale inside the editor.
  const labels = useRef({ message: (m: Message) => t(m.key, m.params), more: '', placeholder: '' });
  labels.current = { message: (m) => t(m.key, m.params), more: t('editor.more'), placeholder: t('editor.placeholder', { platform: label }) };
  const context = useRef<CheckContext>({});
  context.current = { headline: slot.topic || null, bannedWords: client.bannedWords, requiredHashtags: client.requiredHashtags, link: slot.link || null };
  const glossaryRef = useRef(glossary);
  glossaryRef.current = glossary;
  const editorRef = useRef<Editor | null>(null);
  const [contextSpell, setContextSpell] = useState<{ mark: SpellMark; x: number; y: number } | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);

  const [init] = useState(() => initialContent(variant));
  const [saver] = useState(
    () =>
      new VariantSaver(
        variant.slotId,
        platform,
        () => ({ doc: editorRef.current!.getJSON() as Snapshot['doc'], plain: currentCheck(editorRef.current!.state).plain.text }),
        (input) => api.call('variants.save', input),
        (result: SaveResult) => variantSaved(result),
        variant.updatedAt,
      ),
  );

  const spellTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const channel = `${variant.slotId}:${platform}`;
  const scheduleSpelling = useCallback(
    (delay: number) => {
      clearTimeout(spellTimer.current);
      spellTimer.current = setTimeout(() => {
        const ed = editorRef.current;
        if (ed && !ed.isDestroyed) void requestSpelling(ed, channel, glossaryRef.current);
      }, delay);
    },
    [channel],
  );

  const [extensions] = useState(() => [
    ...copyExtensions,
    CopyChecks.configure({
      platform,
      context: () => context.current,
      labels: () => labels.current,
      onChange: (check, spelling) => store.set({ check, spelling }),
      foldMarker,
    }),
  ]);
  const [editorProps] = useState(() => ({
    attributes: {
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': t('editor.editorLabel', { platform: label }),
      // Our own spelling check replaces the browser's (which knows neither Indonesian slang nor the glossary).
      spellcheck: 'false',
      autocorrect: 'off',
      autocapitalize: 'sentences',
    },
    handleDOMEvents: {
      keydown: () => {
        benchMark(INPUT_MARK);
        return false;
      },
      contextmenu: (view: Editor['view'], event: MouseEvent) => {
        const el = (event.target as HTMLElement | null)?.closest('.cp-spell');
        if (!el) return false;
        const pos = view.posAtDOM(el, 0);
        const mark = currentSpelling(view.state).marks.find((m) => m.from <= pos && pos < m.to);
        if (!mark) return false;
        event.preventDefault();
        setContextSpell({ mark, x: event.clientX, y: event.clientY });
        return true;
      },
    },
  }));

  const editor = useEditor({
    extensions,
    content: init.content,
    editorProps,
    enableInputRules: false,
    enablePasteRules: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    onUpdate: () => {
      saver.changed();
      scheduleSpelling(350);
    },
  });
  editorRef.current = editor;

  // The first check exists once the editor does; show it before the first paint.
  useLayoutEffect(() => {
    store.set({ check: currentCheck(editor.state), spelling: currentSpelling(editor.state).marks });
    register(platform, { editor, saver });
    // `npm run bench`: the editor, its text and its checks are on screen with the next frame.
    const frame = requestAnimationFrame(() => benchMark('rc-editor:ready'));
    return () => {
      cancelAnimationFrame(frame);
      register(platform, null);
    };
  }, [editor, saver, store, register, platform]);

  // Words drawn into the editor follow the language; the headline comes from the slot.
  useEffect(() => {
    editor.view.dom.setAttribute('aria-label', t('editor.editorLabel', { platform: label }));
    editor.view.dispatch(editor.state.tr.setMeta(checkKey, true).setMeta('addToHistory', false));
  }, [editor, t, label, i18n.language, slot.topic, slot.link, client.bannedWords, client.requiredHashtags]);

  const glossaryKey = glossary.join('\u0000');
  useEffect(() => {
    scheduleSpelling(0);
  }, [glossaryKey, scheduleSpelling]);

  useEffect(() => {
    saver.open();
    const journalNow = () => saver.journalNow();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        saver.journalNow();
        void saver.flush();
      }
    };
    // The core is back after a crash or restart: the save waiting in its backoff goes now.
    const onCoreBack = () => void saver.retryNow();
    window.addEventListener('rencana:core-back', onCoreBack);
    window.addEventListener('pagehide', journalNow);
    window.addEventListener('beforeunload', journalNow);
    document.addEventListener('visibilitychange', onVisibility);
    // Text from a window that closed before saving: send it now.
    if (init.fromJournal) saver.changed();
    return () => {
      window.removeEventListener('pagehide', journalNow);
      window.removeEventListener('beforeunload', journalNow);
      window.removeEventListener('rencana:core-back', onCoreBack);
      document.removeEventListener('visibilitychange', onVisibility);
      clearTimeout(spellTimer.current);
      // The drawer closed: last save, then the calendar's copy of the slot refreshes.
      void saver.close().then(slotsChanged);
    };
  }, [saver, init, slotsChanged]);

  const insertHashtags = (set: HashtagSet) => {
    const have = new Set(currentCheck(editor.state).entities.hashtags.map((h) => h.tag.toLowerCase()));
    const tags = set.tags.filter((tag) => !have.has(tag.toLowerCase()));
    if (tags.length === 0) {
      editor.commands.focus('end');
      return;
    }
    const text = tags.map((tag) => `#${tag}`).join(' ');
    const { doc, tr } = editor.state;
    const last = doc.lastChild!;
    const lastText = last.textContent;
    const end = doc.content.size - 1; // inside the last paragraph
    if (lastText.trim() === '') tr.insertText(text, end);
    else if (/^[#＃]/u.test(lastText.trim())) tr.insertText(`${/\s$/u.test(lastText) ? '' : ' '}${text}`, end);
    else {
      // A blank line, then the tags: how captions usually end.
      const { paragraph } = editor.schema.nodes;
      tr.insert(doc.content.size, [paragraph!.create(), paragraph!.create(null, editor.schema.text(text))]);
    }
    tr.setSelection(TextSelection.atEnd(tr.doc)).scrollIntoView();
    editor.view.dispatch(tr);
    editor.commands.focus();
  };

  const hashtagsInText = () => [...new Set(currentCheck(editor.state).entities.hashtags.map((h) => h.tag))];

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
            onInsertHashtags={insertHashtags}
            onManageSets={(fromText) => props.onManageSets(fromText ? hashtagsInText() : null)}
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
            const doc = validDoc(result.variant.doc) ?? docFromPlain(result.variant.plain);
            editor.commands.setContent(doc, { emitUpdate: false });
            saver.markClean(result.variant.updatedAt);
            scheduleSpelling(0);
          }}
        />
      )}
    </Grid>
  );
}
