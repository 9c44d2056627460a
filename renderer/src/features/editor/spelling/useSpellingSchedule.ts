import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { requestSpelling } from './spellClient';

/**
 * When one editor's spelling is checked: a pause after typing, at once when the glossary changes.
 * The glossary is read when the check runs, so a newly added word never waits for a re-render.
 */
export function useSpellingSchedule(editorRef: RefObject<Editor | null>, channel: string, glossary: readonly string[]): (delay: number) => void {
  const glossaryRef = useRef(glossary);
  glossaryRef.current = glossary;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const schedule = useCallback(
    (delay: number) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const ed = editorRef.current;
        if (ed && !ed.isDestroyed) void requestSpelling(ed, channel, glossaryRef.current);
      }, delay);
    },
    [editorRef, channel],
  );

  const glossaryKey = glossary.join('\u0000');
  useEffect(() => {
    schedule(0);
  }, [glossaryKey, schedule]);
  useEffect(() => () => clearTimeout(timer.current), []);
  return schedule;
}
