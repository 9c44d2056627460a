import { z } from 'zod';

/**
 * Contract methods of the copy editor (variants, revisions, glossary, hashtag sets).
 * Spread into `contract` in methods.ts.
 */
export const editorMethods = {
  // Placeholder so the spread has a shape; replaced by the editor's methods.
  'editor.ping': { input: z.object({}), output: z.object({ ok: z.literal(true) }) },
} as const;
