import type { Misspelling } from './speller';

/** Messages between the editor and the spelling worker. */
export type SpellRequest =
  | { type: 'glossary'; words: string[] }
  | { type: 'check'; channel: string; id: number; text: string }
  | { type: 'suggest'; id: number; word: string };

export type SpellReply =
  | { type: 'ready' }
  | { type: 'checked'; channel: string; id: number; items: Misspelling[] }
  | { type: 'suggested'; id: number; suggestions: string[] }
  | { type: 'failed'; message: string };
