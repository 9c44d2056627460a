export { checkAll, checkCopy, countFor, refusals } from './check';
export type { CheckContext, CheckResult, CopyCount, Issue, IssueCode, Severity } from './check';
export type { CheckMessageKey, Message } from './messages';
export { PLATFORM_RULES } from './rules';
export type { PlatformRule, RuleSource, Unit } from './rules';
export { findBanned } from './banned';
export type { BannedHit } from './banned';
export type { EmojiEntity, HashtagEntity, MentionEntity, Span, UrlEntity } from './entities';
