import type { Migration } from '../migrate';

/** What the copy checks need from the client (banned words, required hashtags) and the slot (its CTA link). */
export const m005: Migration = {
  version: 5,
  name: 'copy-rules',
  up: `
    ALTER TABLE clients ADD COLUMN banned_words TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE clients ADD COLUMN required_hashtags TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE slots ADD COLUMN link TEXT NOT NULL DEFAULT '';
  `,
};
