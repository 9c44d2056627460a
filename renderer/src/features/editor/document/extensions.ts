import { Node, type Extensions } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';

/** How bold/italic reach the pasted text; stored on the document, so per variant. */
export type StyleMode = 'drop' | 'unicode';
export const STYLE_MODES: readonly StyleMode[] = ['drop', 'unicode'];

/** The top node, carrying the variant's style mode as an attribute (undoable like any edit). */
const CopyDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'block+',
  addAttributes() {
    return { styleMode: { default: 'drop' as StyleMode } };
  },
});

/**
 * What a caption can hold: paragraphs, line breaks, bold and italic. Headings, lists, links,
 * code and the rest have no plain-text form a platform shows, so pasted rich text falls back
 * to paragraphs.
 */
export const copyExtensions: Extensions = [
  CopyDocument,
  StarterKit.configure({
    document: false,
    blockquote: false,
    bulletList: false,
    orderedList: false,
    listItem: false,
    listKeymap: false,
    code: false,
    codeBlock: false,
    heading: false,
    horizontalRule: false,
    link: false,
    strike: false,
    underline: false,
    trailingNode: false,
    gapcursor: false,
  }),
];
