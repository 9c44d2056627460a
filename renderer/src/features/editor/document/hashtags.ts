import { TextSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import type { HashtagSet } from '../../../../../shared/contract/editor';
import { currentCheck } from '../checks/checkPlugin';

/** The hashtags in the caption now, each once, as typed. */
export const hashtagsInText = (editor: Editor): string[] => [...new Set(currentCheck(editor.state).entities.hashtags.map((h) => h.tag))];

/** Adds a saved set's tags the caption lacks at its end, the way captions usually end. */
export function insertHashtags(editor: Editor, set: HashtagSet): void {
  const have = new Set(currentCheck(editor.state).entities.hashtags.map((h) => h.tag.toLowerCase()));
  const tags = set.tags.filter((tag) => !have.has(tag.toLowerCase()));
  if (tags.length === 0) {
    editor.commands.focus('end');
    return;
  }
  const text = tags.map((tag) => `#${tag}`).join(' ');
  const { doc, tr } = editor.state;
  const lastText = doc.lastChild!.textContent;
  const end = doc.content.size - 1; // inside the last paragraph
  if (lastText.trim() === '') tr.insertText(text, end);
  else if (/^[#＃]/u.test(lastText.trim())) tr.insertText(`${/\s$/u.test(lastText) ? '' : ' '}${text}`, end);
  else {
    // A blank line, then the tags.
    const { paragraph } = editor.schema.nodes;
    tr.insert(doc.content.size, [paragraph!.create(), paragraph!.create(null, editor.schema.text(text))]);
  }
  tr.setSelection(TextSelection.atEnd(tr.doc)).scrollIntoView();
  editor.view.dispatch(tr);
  editor.commands.focus();
}
