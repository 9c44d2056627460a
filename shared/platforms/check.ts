/**
 * checkAll / checkCopy / countFor: the copy checks the editor runs on every keystroke.
 * Everything that does not depend on the platform (tokens, entities, emoji, banned-word hits,
 * duplicate and required hashtags) is computed once per text and shared; issues that are the
 * same for every platform are even the same objects (treat results as read-only).
 */
import { PLATFORMS, type Platform } from '../domain/platforms';
import { findBanned } from './banned';
import {
  codePointOffset,
  threadsCount,
  utf16Count,
  utf8Count,
  xCount,
  type Count,
} from './count';
import { extractEntities, findEmoji, type EmojiEntity, type Entities } from './entities';
import * as msg from './messages';
import { PLATFORM_RULES, type PlatformRule, type Unit } from './rules';
import { tokenize, type Token } from './tokens';

export type Severity = 'error' | 'warning' | 'info';

export type IssueCode =
  | 'over-limit'
  | 'too-many-hashtags'
  | 'too-many-mentions'
  | 'too-many-links'
  | 'extra-topic-tag'
  | 'link-not-clickable'
  | 'truncated-preview'
  | 'forbidden-char'
  | 'invalid-char'
  | 'duplicate-hashtag'
  | 'banned-word'
  | 'required-hashtag-missing'
  | 'link-missing'
  | 'link-in-bio'
  | 'headline-missing'
  | 'empty'
  | 'not-nfc';

/**
 * `from`/`to` are UTF-16 offsets into the checked text (`to` exclusive). An issue with only
 * `from` marks a point (the "more" cut); 'over-limit' spans from the first character past the
 * limit to the end of the text.
 */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  /**
   * Whose rule it is: the platform's (an error means the platform refuses the post) or the
   * client's (banned words, required hashtags: the platform would publish it).
   */
  rule: 'platform' | 'client';
  message: msg.Message;
  from?: number;
  to?: number;
}

export interface CheckContext {
  /** The client's banned words or phrases. */
  bannedWords?: readonly string[];
  /** Hashtags every post must carry, with or without '#'. */
  requiredHashtags?: readonly string[];
  /** The slot's link. */
  link?: string | null;
  /** Headline/title, for platforms that expect one (blog). */
  headline?: string | null;
}

export interface CopyCount {
  length: number;
  limit: number | null;
  unit: Unit;
}

export interface CheckResult extends CopyCount {
  platform: Platform;
  /** No error-severity issue of any rule, the client's included. */
  ok: boolean;
  issues: Issue[];
}

/** Lazily computed, memoised facts about one text. */
interface Analysis {
  text: string;
  tokens(): Token[];
  entities(): Entities;
  emoji(): EmojiEntity[];
}

function analyse(text: string): Analysis {
  let tokens: Token[] | undefined;
  let entities: Entities | undefined;
  let emoji: EmojiEntity[] | undefined;
  const a: Analysis = {
    text,
    tokens: () => (tokens ??= tokenize(text)),
    entities: () => (entities ??= extractEntities(text, a.tokens())),
    emoji: () => (emoji ??= findEmoji(text, a.tokens())),
  };
  return a;
}

function measure(platform: Platform, rule: PlatformRule, a: Analysis): Count {
  // Two platforms weigh characters their own way; the rest count plain units.
  if (platform === 'x' && rule.limit !== null) return xCount(a.text, a.tokens(), rule.limit);
  if (platform === 'threads' && rule.limit !== null) return threadsCount(a.text, a.emoji(), rule.limit);
  if (rule.unit === 'bytes') return utf8Count(a.text, rule.limit);
  return utf16Count(a.text, rule.limit);
}

/** The live counter: length, limit and unit for one platform, without the other checks. */
export function countFor(platform: Platform, text: string): CopyCount {
  const rule = PLATFORM_RULES[platform];
  return { length: measure(platform, rule, analyse(text)).length, limit: rule.limit, unit: rule.unit };
}

/** Issues that do not depend on the platform, built once per text and context. */
interface Shared {
  blank: boolean;
  common: Issue[];
  linkInText: boolean;
  mentionsBio: boolean;
}

/** `at`: an entity or span to point at; omitted for issues about the text as a whole. */
const CLIENT_RULES: ReadonlySet<IssueCode> = new Set(['banned-word', 'required-hashtag-missing']);

function issue(code: IssueCode, severity: Severity, message: msg.Message, at?: { from: number; to?: number }): Issue {
  const i: Issue = { code, severity, rule: CLIENT_RULES.has(code) ? 'client' : 'platform', message };
  if (at) i.from = at.from;
  if (at?.to !== undefined) i.to = at.to;
  return i;
}

const tagKey = (tag: string): string => tag.normalize('NFC').toLowerCase();

function linkCore(link: string): string {
  return link.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^www\./i, '').replace(/\/+$/, '');
}

function shared(a: Analysis, ctx: CheckContext): Shared {
  const { text } = a;
  const blank = text.trim() === '';
  const common: Issue[] = [];
  const seen = new Set<string>();
  for (const h of blank ? [] : a.entities().hashtags) {
    const k = tagKey(h.tag);
    if (seen.has(k)) common.push(issue('duplicate-hashtag', 'warning', msg.duplicateHashtag(h.tag), h));
    else seen.add(k);
  }
  for (const r of ctx.requiredHashtags ?? []) {
    const tag = r.trim().replace(/^[#＃]/, '');
    if (tag && !seen.has(tagKey(tag))) {
      common.push(issue('required-hashtag-missing', 'warning', msg.requiredHashtagMissing(tag)));
    }
  }
  // An empty caption still lacks its required hashtags, and says so.
  if (blank) return { blank, common, linkInText: false, mentionsBio: false };
  for (const hit of findBanned(text, ctx.bannedWords)) {
    common.push(issue('banned-word', 'error', msg.bannedWord(hit.word), hit));
  }
  if (text.normalize('NFC') !== text) common.push(issue('not-nfc', 'info', msg.notNfc()));
  common.sort(byPlace);

  const core = ctx.link ? linkCore(ctx.link).toLowerCase() : '';
  return {
    blank,
    common,
    linkInText: core === '' || text.toLowerCase().includes(core),
    mentionsBio: core !== '' && /\bbio\b/i.test(text),
  };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const NOWHERE = Number.MAX_SAFE_INTEGER; // issues without a position sort last in their severity

function byPlace(x: Issue, y: Issue): number {
  return RANK[x.severity] - RANK[y.severity] || (x.from ?? NOWHERE) - (y.from ?? NOWHERE);
}

/** Merges two lists sorted by byPlace (the shared one is sorted once per text). */
function merge(a: Issue[], b: readonly Issue[]): Issue[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b.slice();
  const out: Issue[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byPlace(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

const INVALID_X = /[\uFFFE\uFEFF\uFFFF]/g;

function checkWith(platform: Platform, a: Analysis, ctx: CheckContext, s: Shared): CheckResult {
  const rule = PLATFORM_RULES[platform];
  const { text } = a;
  const { length, cut } = measure(platform, rule, a);
  const issues: Issue[] = [];
  type At = { from: number; to?: number };
  const add = (code: IssueCode, severity: Severity, message: msg.Message, at?: At) =>
    issues.push(issue(code, severity, message, at));
  const result = (): CheckResult => {
    const all = merge(issues.sort(byPlace), s.common);
    const ok = all.every((i) => i.severity !== 'error');
    return { platform, length, limit: rule.limit, unit: rule.unit, ok, issues: all };
  };

  if (rule.headline && !ctx.headline?.trim()) add('headline-missing', 'warning', msg.headlineMissing());
  if (s.blank) {
    add('empty', 'info', msg.empty());
    return result();
  }

  if (cut !== null && rule.limit !== null) {
    const over = msg.overLimit(platform, rule, rule.limit, length - rule.limit);
    add('over-limit', 'error', over, { from: cut, to: text.length });
  }
  for (const ch of rule.forbiddenChars ?? []) {
    for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + ch.length)) {
      add('forbidden-char', 'error', msg.forbiddenChar(platform, rule, ch), { from: i, to: i + ch.length });
    }
  }
  if (platform === 'x') {
    // parseTweet marks these invalid; they are invisible, so point at them.
    INVALID_X.lastIndex = 0;
    for (let m = INVALID_X.exec(text); m; m = INVALID_X.exec(text)) {
      const message = msg.invalidChar(platform, text.charCodeAt(m.index));
      add('invalid-char', 'error', message, { from: m.index, to: m.index + 1 });
    }
  }

  const { maxHashtags, maxTopicTags, maxMentions, maxLinks } = rule;
  const countsEntities = maxHashtags ?? maxTopicTags ?? maxMentions ?? maxLinks;
  if (countsEntities !== undefined || !rule.linksClickable) {
    const { hashtags, mentions, urls } = a.entities();
    if (maxHashtags !== undefined) {
      hashtags.slice(maxHashtags).forEach((h, i) =>
        add('too-many-hashtags', 'error', msg.tooManyHashtags(platform, maxHashtags, maxHashtags + i + 1), h),
      );
    }
    if (maxTopicTags !== undefined) {
      for (const h of hashtags.slice(maxTopicTags)) {
        add('extra-topic-tag', 'warning', msg.extraTopicTag(platform, maxTopicTags, h.tag), h);
      }
    }
    if (maxMentions !== undefined) {
      mentions.slice(maxMentions).forEach((m, i) =>
        add('too-many-mentions', 'error', msg.tooManyMentions(platform, maxMentions, maxMentions + i + 1), m),
      );
    }
    if (maxLinks !== undefined) {
      // Threads counts unique URLs.
      const unique = new Set<string>();
      for (const u of urls) {
        if (unique.has(u.url)) continue;
        unique.add(u.url);
        if (unique.size <= maxLinks) continue;
        add('too-many-links', 'error', msg.tooManyLinks(platform, maxLinks, unique.size), u);
      }
    }
    if (!rule.linksClickable) {
      for (const u of urls) add('link-not-clickable', 'warning', msg.linkNotClickable(platform, rule), u);
    }
  }

  if (rule.truncateAt !== undefined) {
    const { offset, more } = codePointOffset(text, rule.truncateAt);
    if (more) {
      // The fold falls before the word or emoji it would cut; a point marker, so no `to`.
      const inside = a.emoji().find((e) => e.from < offset && offset < e.to);
      const message = msg.truncatedPreview(platform, rule.truncateAt);
      add('truncated-preview', 'info', message, { from: wordStart(text, inside?.from ?? offset) });
    }
  }

  if (ctx.link) {
    if (rule.linksClickable && !s.linkInText) add('link-missing', 'info', msg.linkMissing(linkCore(ctx.link)));
    else if (rule.linkInBio && !s.mentionsBio) add('link-in-bio', 'info', msg.linkInBio(platform));
  }

  return result();
}

/** The start of the word `at` falls inside, or `at` itself between words. */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !/\s/u.test(text.charAt(i - 1)) && !/\s/u.test(text.charAt(i))) i--;
  return i === 0 ? at : i;
}

/** The issues the platform itself would refuse the post for (what "copy for" warns about). */
export function refusals(result: CheckResult): Issue[] {
  return result.issues.filter((i) => i.severity === 'error' && i.rule === 'platform');
}

/** Checks one platform's copy. For several platforms on the same text use checkAll. */
export function checkCopy(platform: Platform, text: string, context: CheckContext = {}): CheckResult {
  const a = analyse(text);
  return checkWith(platform, a, context, shared(a, context));
}

/**
 * Checks the same text for several platforms (default: all), sharing the work between them.
 * This is what the editor calls on each change.
 */
export function checkAll<P extends Platform = Platform>(
  text: string,
  context: CheckContext = {},
  platforms: readonly P[] = PLATFORMS as readonly Platform[] as readonly P[],
): Record<P, CheckResult> {
  const a = analyse(text);
  const s = shared(a, context);
  const out = {} as Record<P, CheckResult>;
  for (const p of platforms) out[p] = checkWith(p, a, context, s);
  return out;
}
