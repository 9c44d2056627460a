import { z } from './zod';
import { Id, Instant, name, PlatformId, text, Variant } from './schemas';

/**
 * Contract methods of the copy editor (variants, revisions, glossary, hashtag sets).
 * Spread into `contract` in methods.ts.
 */

/** Who wrote a revision: the user in the app, or the client through an imported review. */
export const RevisionAuthor = z.enum(['me', 'client']);
export type RevisionAuthor = z.infer<typeof RevisionAuthor>;

export const SavedVariant = Variant.extend({ slotId: Id, updatedAt: Instant });
export type SavedVariant = z.infer<typeof SavedVariant>;

export const Revision = z.object({
  id: Id,
  slotId: Id,
  platform: PlatformId,
  author: RevisionAuthor,
  doc: Variant.shape.doc,
  plain: Variant.shape.plain,
  /** When this revision was started; `updatedAt` moves while the same typing session goes on. */
  createdAt: Instant,
  updatedAt: Instant,
  /** The revision this one restored, if it was made by "restore". */
  restoredFrom: Id.nullable(),
});
export type Revision = z.infer<typeof Revision>;

export const SaveResult = z.object({
  variant: SavedVariant,
  /** The revision that now holds this text; null when the text had not changed. */
  revision: Revision.omit({ doc: true, plain: true }).nullable(),
});
export type SaveResult = z.infer<typeof SaveResult>;

/** A glossary word: a brand, product or name the spelling check must accept for this client. */
const GlossaryWord = name(80).refine((w) => !/\s/u.test(w), 'one word, no spaces');
export const GlossaryEntry = z.object({ word: text(80), createdAt: Instant });
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

/** Without '#'; letters, marks, digits and '_' as the platforms accept in a tag. */
export const HashtagTag = text(400)
  .trim()
  .transform((t) => t.replace(/^[#＃]+/u, ''))
  .pipe(z.string().min(1).max(100).regex(/^[\p{L}\p{M}\p{N}_]+$/u, 'letters, digits and _ only'));
export const HashtagSet = z.object({
  id: Id,
  clientId: Id,
  name: text(80),
  tags: z.array(text(100)),
  createdAt: Instant,
  updatedAt: Instant,
});
export type HashtagSet = z.infer<typeof HashtagSet>;

const slotPlatform = z.object({ slotId: Id, platform: PlatformId });

export const editorMethods = {
  /** The slot's variants in the order they were added. */
  'variants.list': { input: z.object({ slotId: Id }), output: z.array(SavedVariant) },
  /**
   * Writes the variant and records the text in its history in one transaction. Saves while the
   * user keeps typing extend the latest revision; a pause of a few minutes starts a new one.
   */
  'variants.save': {
    input: slotPlatform.extend({
      doc: Variant.shape.doc,
      plain: Variant.shape.plain,
      author: z.literal('me').default('me'),
    }),
    output: SaveResult,
  },
  /** Removes the variant; its history is kept, so adding the platform again can restore it. */
  'variants.remove': {
    input: slotPlatform,
    output: z.object({ slotId: Id, platform: PlatformId, removed: z.boolean() }),
  },
  /** History of one variant, newest first. */
  'variants.revisions': { input: slotPlatform, output: z.array(Revision) },
  /** Makes an older revision the current text again, itself recorded as a new revision. */
  'variants.restore': { input: z.object({ revisionId: Id }), output: SaveResult },

  'glossary.list': { input: z.object({ clientId: Id }), output: z.array(GlossaryEntry) },
  'glossary.add': { input: z.object({ clientId: Id, word: GlossaryWord }), output: GlossaryEntry },
  'glossary.remove': {
    input: z.object({ clientId: Id, word: name(80) }),
    output: z.object({ removed: z.boolean() }),
  },

  'hashtagSets.list': { input: z.object({ clientId: Id }), output: z.array(HashtagSet) },
  /** Creates a set (no id) or replaces one's name and tags. */
  'hashtagSets.save': {
    input: z.object({
      clientId: Id,
      id: Id.optional(),
      name: name(80),
      tags: z.array(HashtagTag).min(1).max(60),
    }),
    output: HashtagSet,
  },
  'hashtagSets.remove': { input: z.object({ id: Id }), output: z.object({ id: Id, removed: z.boolean() }) },
} as const;
