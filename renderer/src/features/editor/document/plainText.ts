/**
 * The editor document as the exact text to paste, plus the map between positions in that text
 * (UTF-16 offsets, what the copy checks report) and ProseMirror positions (what decorations and
 * selections use). Each paragraph is one line; a hard break is a line break too, so "Enter"
 * and "Shift+Enter" both give the single '\n' the platforms keep.
 */
import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import type { JSONContent } from '@tiptap/react';
import type { StyleMode } from './extensions';
import { toStyled, type LetterStyle } from './styled';

/** A text node whose styled letters take two UTF-16 units for one in the document. */
interface Run {
  off: number;
  pos: number;
  /** Plain-text units produced by each UTF-16 unit of the source text. */
  widths: Uint8Array;
  len: number;
  size: number;
}

interface Block {
  /** Offset of the block's first character in the text. */
  off: number;
  /** Document position of the block's content start. */
  pos: number;
  /** Length in the text (without the '\n' that follows). */
  len: number;
  runs: Run[] | null;
}

export interface PlainText {
  text: string;
  blocks: Block[];
}

export function styleModeOf(doc: PMNode): StyleMode {
  return doc.attrs.styleMode === 'unicode' ? 'unicode' : 'drop';
}

function letterStyle(marks: readonly Mark[]): LetterStyle | null {
  let bold = false;
  let italic = false;
  for (const m of marks) {
    if (m.type.name === 'bold') bold = true;
    else if (m.type.name === 'italic') italic = true;
  }
  return bold && italic ? 'boldItalic' : bold ? 'bold' : italic ? 'italic' : null;
}

/** `mode` defaults to the document's own style mode. */
export function serialize(doc: PMNode, mode: StyleMode = styleModeOf(doc)): PlainText {
  let text = '';
  const blocks: Block[] = [];
  doc.forEach((block, blockOffset, index) => {
    if (index > 0) text += '\n';
    const b: Block = { off: text.length, pos: blockOffset + 1, len: 0, runs: null };
    block.forEach((child, childOffset) => {
      if (child.isText) {
        const src = child.text ?? '';
        const style = mode === 'unicode' ? letterStyle(child.marks) : null;
        const out = style ? toStyled(src, style) : src;
        if (out.length !== src.length) {
          const widths = new Uint8Array(src.length);
          for (let i = 0; i < src.length; i++) widths[i] = toStyled(src[i]!, style!).length;
          (b.runs ??= []).push({ off: text.length, pos: b.pos + childOffset, widths, len: out.length, size: src.length });
        }
        text += out;
      } else if (child.type.name === 'hardBreak') {
        text += '\n';
      } else {
        // Any other inline node (none in our schema) keeps its one position as a space.
        text += ' ';
      }
    });
    b.len = text.length - b.off;
    blocks.push(b);
  });
  return { text, blocks };
}

function blockAt<K extends 'off' | 'pos'>(blocks: readonly Block[], key: K, value: number): Block {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid]![key] <= value) lo = mid;
    else hi = mid - 1;
  }
  return blocks[lo]!;
}

/** Document position of the boundary before text offset `offset` (the '\n' maps to the line end). */
export function toPos(p: PlainText, offset: number): number {
  if (p.blocks.length === 0) return 0;
  const b = blockAt(p.blocks, 'off', offset);
  const target = b.off + Math.max(0, Math.min(offset - b.off, b.len));
  let shift = 0;
  for (const r of b.runs ?? []) {
    if (r.off >= target) break;
    if (target >= r.off + r.len) {
      shift += r.len - r.size;
      continue;
    }
    let acc = r.off;
    let k = 0;
    while (k < r.widths.length && acc + r.widths[k]! <= target) acc += r.widths[k++]!;
    return r.pos + k;
  }
  return b.pos + (target - b.off) - shift;
}

/** Text offset of document position `pos`. */
export function toOffset(p: PlainText, pos: number): number {
  if (p.blocks.length === 0) return 0;
  const b = blockAt(p.blocks, 'pos', pos);
  const d = Math.max(0, pos - b.pos);
  let shift = 0;
  for (const r of b.runs ?? []) {
    if (r.pos >= pos) break;
    if (pos >= r.pos + r.size) {
      shift += r.len - r.size;
      continue;
    }
    let acc = 0;
    for (let k = 0; k < pos - r.pos; k++) acc += r.widths[k]!;
    return r.off + acc;
  }
  return Math.min(b.off + d + shift, b.off + b.len);
}

/** A document for text that has none (imported copy, old rows): one paragraph per line. */
export function docFromPlain(plain: string): JSONContent {
  return {
    type: 'doc',
    content: plain.split(/\r\n|\r|\n/).map((line) => (line ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph' })),
  };
}
