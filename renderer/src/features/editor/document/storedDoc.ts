import { getSchema, type JSONContent } from '@tiptap/react';
import type { SavedVariant } from '../../../../../shared/contract/editor';
import { journal } from '../history/autosave';
import { copyExtensions } from './extensions';
import { docFromPlain } from './plainText';

const schema = getSchema(copyExtensions);

/** A stored document the editor can open, or null (unknown nodes, older shapes). */
export function validDoc(doc: unknown): JSONContent | null {
  if (!doc || typeof doc !== 'object') return null;
  try {
    schema.nodeFromJSON(doc).check();
    return doc as JSONContent;
  } catch {
    return null;
  }
}

/** A saved variant as a document: its rich form where it still fits the schema, else its plain text. */
export const docOf = (v: { doc: unknown; plain: string }): JSONContent => validDoc(v.doc) ?? docFromPlain(v.plain);

/** What the editor opens with: the stored text, or text journaled after it and never saved. */
export function initialContent(v: SavedVariant): { content: JSONContent; fromJournal: boolean } {
  const j = journal.get(v.slotId, v.platform);
  if (j && j.at > v.updatedAt) return { content: docOf(j), fromJournal: true };
  return { content: docOf(v), fromJournal: false };
}
