import { useEditor, type Editor, type JSONContent } from '@tiptap/react';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, Slot } from '../../../../../shared/contract/schemas';
import { PLATFORM_LABELS, type Platform } from '../../../../../shared/domain/platforms';
import type { CheckContext, Message } from '../../../../../shared/platforms';
import { benchMark } from '../../../ui/benchMarks';
import { checkKey, CopyChecks, currentCheck, currentSpelling, type SpellMark } from '../checks/checkPlugin';
import type { CheckStore } from '../checks/checkStore';
import { INPUT_MARK } from '../checks/Counter';
import { copyExtensions } from './extensions';
import { foldMarker } from './foldMarker';

interface Options {
  editorRef: RefObject<Editor | null>;
  platform: Platform;
  slot: Slot;
  client: Client;
  content: JSONContent;
  store: CheckStore;
  /** Every change of the text (not of the checks). */
  onChange(): void;
  /** A right click on a word the spelling check marked. */
  onSpellMenu(at: { mark: SpellMark; x: number; y: number }): void;
}

/**
 * One platform's TipTap editor with the platform's checks: the checks read the slot, the client and
 * the UI language through refs, so they never go stale and a keystroke re-renders nothing around it.
 */
export function useCopyEditor({ editorRef, platform, slot, client, content, store, onChange, onSpellMenu }: Options): Editor {
  const { t, i18n } = useTranslation();
  const label = PLATFORM_LABELS[platform];

  const labels = useRef({ message: (m: Message) => t(m.key, m.params), more: '', placeholder: '' });
  labels.current = { message: (m) => t(m.key, m.params), more: t('editor.more'), placeholder: t('editor.placeholder', { platform: label }) };
  const context = useRef<CheckContext>({});
  context.current = { headline: slot.topic || null, bannedWords: client.bannedWords, requiredHashtags: client.requiredHashtags, link: slot.link || null };
  const handlers = useRef({ onChange, onSpellMenu });
  handlers.current = { onChange, onSpellMenu };

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
        handlers.current.onSpellMenu({ mark, x: event.clientX, y: event.clientY });
        return true;
      },
    },
  }));

  const editor = useEditor({
    extensions,
    content,
    editorProps,
    enableInputRules: false,
    enablePasteRules: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    onUpdate: () => handlers.current.onChange(),
  });
  editorRef.current = editor;

  // The first check exists once the editor does; show it before the first paint.
  useLayoutEffect(() => {
    store.set({ check: currentCheck(editor.state), spelling: currentSpelling(editor.state).marks });
    // `npm run bench`: the editor, its text and its checks are on screen with the next frame.
    const frame = requestAnimationFrame(() => benchMark('rc-editor:ready'));
    return () => cancelAnimationFrame(frame);
  }, [editor, store]);

  // Words drawn into the editor follow the language; the headline comes from the slot.
  useEffect(() => {
    editor.view.dom.setAttribute('aria-label', t('editor.editorLabel', { platform: label }));
    editor.view.dispatch(editor.state.tr.setMeta(checkKey, true).setMeta('addToHistory', false));
  }, [editor, t, label, i18n.language, slot.topic, slot.link, client.bannedWords, client.requiredHashtags]);

  return editor;
}
