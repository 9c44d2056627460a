/**
 * Issue messages as i18next keys and parameters: shared code names what is wrong, the renderer
 * says it in the UI language (renderer/src/features/editor/checks/i18n.ts holds the words).
 * Numbers stay numbers so the renderer formats them for the locale; `context` picks a variant
 * (i18next's `key_context`), e.g. a limit on YouTube's description rather than the post.
 */
import { PLATFORM_LABELS, type Platform } from '../domain/platforms';
import type { PlatformRule } from './rules';

export type CheckMessageKey =
  | 'checks.overLimit'
  | 'checks.overLimitBytes'
  | 'checks.tooManyHashtags'
  | 'checks.tooManyMentions'
  | 'checks.tooManyLinks'
  | 'checks.extraTopicTag'
  | 'checks.linkNotClickable'
  | 'checks.linkNotClickableBio'
  | 'checks.truncatedPreview'
  | 'checks.forbiddenChar'
  | 'checks.invalidChar'
  | 'checks.duplicateHashtag'
  | 'checks.bannedWord'
  | 'checks.requiredHashtagMissing'
  | 'checks.linkMissing'
  | 'checks.linkInBio'
  | 'checks.headlineMissing'
  | 'checks.empty'
  | 'checks.notNfc';

export interface Message {
  key: CheckMessageKey;
  params: Record<string, string | number>;
}

const m = (key: CheckMessageKey, params: Message['params'] = {}): Message => ({ key, params });
const label = (p: Platform): string => PLATFORM_LABELS[p];
/** The field a rule's limit applies to, as an i18next context ('' = the post itself). */
const field = (rule: PlatformRule): Message['params'] => (rule.field ? { context: rule.field } : {});

export const overLimit = (p: Platform, rule: PlatformRule, limit: number, over: number): Message =>
  m(rule.unit === 'bytes' ? 'checks.overLimitBytes' : 'checks.overLimit', { platform: label(p), limit, over, ...field(rule) });

export const tooManyHashtags = (p: Platform, max: number, nth: number) => m('checks.tooManyHashtags', { platform: label(p), max, nth });
export const tooManyMentions = (p: Platform, max: number, nth: number) => m('checks.tooManyMentions', { platform: label(p), max, nth });
export const tooManyLinks = (p: Platform, max: number, nth: number) => m('checks.tooManyLinks', { platform: label(p), max, nth });
export const extraTopicTag = (p: Platform, max: number, tag: string) => m('checks.extraTopicTag', { platform: label(p), max, tag });

export const linkNotClickable = (p: Platform, rule: PlatformRule) =>
  m(rule.linkInBio ? 'checks.linkNotClickableBio' : 'checks.linkNotClickable', { platform: label(p) });

export const truncatedPreview = (p: Platform, at: number) => m('checks.truncatedPreview', { platform: label(p), at });
export const forbiddenChar = (p: Platform, rule: PlatformRule, ch: string) => m('checks.forbiddenChar', { platform: label(p), ch, ...field(rule) });

export const invalidChar = (p: Platform, code: number) =>
  m('checks.invalidChar', { platform: label(p), code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` });

export const duplicateHashtag = (tag: string) => m('checks.duplicateHashtag', { tag });
export const bannedWord = (word: string) => m('checks.bannedWord', { word });
export const requiredHashtagMissing = (tag: string) => m('checks.requiredHashtagMissing', { tag });
export const linkMissing = (link: string) => m('checks.linkMissing', { link });
export const linkInBio = (p: Platform) => m('checks.linkInBio', { platform: label(p) });
export const headlineMissing = () => m('checks.headlineMissing');
export const empty = () => m('checks.empty');
export const notNfc = () => m('checks.notNfc');
