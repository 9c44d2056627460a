import { utf8ToBytes } from '@noble/hashes/utils.js';
import { Feedback, type ReviewPost } from './bundle';
import { sha256Hex } from './contentHash';
import { periodLabel, shortDate, type ReviewLanguage } from './format';
import { fill, REVIEW_STRINGS } from './strings';

/**
 * The feedback as a chat message (DESIGN.md §7): a summary a person reads in WhatsApp, ending
 * with one machine line `RENCANA-FEEDBACK v1 <payload> <checksum>` the app imports. The payload
 * is the `Feedback` JSON, UTF-8, base64url; the checksum is the SHA-256 hex of the payload, so a
 * line cut or changed on the way is refused instead of half-read. review.html builds the same
 * text in its own script (it cannot import this file); the tests decode what it builds.
 */
export const FEEDBACK_LINE_PREFIX = 'RENCANA-FEEDBACK v1';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function base64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Null when the text is not base64url. */
export function fromBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    let n = 0;
    for (let k = 0; k < 4; k++) n = (n << 6) | (k < chunk.length ? B64.indexOf(chunk[k]!) : 0);
    for (let k = 0; k < chunk.length - 1; k++) out[o++] = (n >> (16 - 8 * k)) & 255;
  }
  return out.subarray(0, o);
}

/** Strict UTF-8 decoding with standard JS only (shared/ has no TextDecoder): bad bytes throw. */
function utf8(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += `%${b.toString(16).padStart(2, '0')}`;
  return decodeURIComponent(s);
}

export function encodeFeedbackLine(feedback: Feedback): string {
  const payload = base64url(utf8ToBytes(JSON.stringify(feedback)));
  return `${FEEDBACK_LINE_PREFIX} ${payload} ${sha256Hex(payload)}`;
}

export type FeedbackTextError = 'feedback_no_line' | 'feedback_checksum' | 'feedback_malformed';
export type DecodedFeedback =
  | { ok: true; feedback: Feedback }
  | { ok: false; error: FeedbackTextError; issues?: Array<{ path: string; message: string }> };

// Chat apps may wrap a long line or add spaces at its end: whitespace inside the payload is dropped.
const LINE = /RENCANA-FEEDBACK\s+v1\s+([A-Za-z0-9_\-\s]+?)\s+([0-9a-fA-F]{64})(?![0-9a-fA-F])/;

/** Finds the machine line anywhere in a pasted text and returns its verified feedback. */
export function decodeFeedbackText(text: string): DecodedFeedback {
  const m = LINE.exec(text);
  if (!m) return { ok: false, error: 'feedback_no_line' };
  const payload = m[1]!.replace(/\s+/g, '');
  if (sha256Hex(payload) !== m[2]!.toLowerCase()) return { ok: false, error: 'feedback_checksum' };
  const bytes = fromBase64url(payload);
  if (!bytes) return { ok: false, error: 'feedback_malformed' };
  let json: unknown;
  try {
    json = JSON.parse(utf8(bytes));
  } catch {
    return { ok: false, error: 'feedback_malformed' };
  }
  const parsed = Feedback.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      error: 'feedback_malformed',
      issues: parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message })),
    };
  }
  return { ok: true, feedback: parsed.data };
}

/** What the readable part names per post. */
export type ChatPost = Pick<ReviewPost, 'id' | 'no' | 'localDate' | 'localTime' | 'topic'>;
export interface ChatContext {
  clientName: string;
  period: { from: string; to: string };
  version: number;
  posts: readonly ChatPost[];
}

/** Bidi controls could make a chat line read differently from what it holds: drop them in the readable part. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
export function chatSafe(text: string, max: number): string {
  const flat = text.replace(BIDI, '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The whole message: summary per post, the overall note, then the machine line. */
export function feedbackChatText(feedback: Feedback, ctx: ChatContext, lang: ReviewLanguage): string {
  const s = REVIEW_STRINGS[lang];
  const byId = new Map(ctx.posts.map((p) => [p.id, p]));
  const label = (postId: string) => {
    const p = byId.get(postId);
    if (!p) return `• ${postId}`;
    return `• #${p.no} ${shortDate(p.localDate, lang)} ${p.localTime} — ${chatSafe(p.topic, 80) || '…'}`;
  };
  const withComment = (d: Feedback['decisions'][number]) =>
    d.comment.trim() ? [label(d.postId), `   “${chatSafe(d.comment, 500)}”`] : [label(d.postId)];

  const approved = feedback.decisions.filter((d) => d.decision === 'approve');
  const changes = feedback.decisions.filter((d) => d.decision === 'changes');
  const commentsOnly = feedback.decisions.filter((d) => d.decision === null && d.comment.trim());
  const pending = feedback.decisions.filter((d) => d.decision === null && !d.comment.trim());

  const lines = [
    `📋 ${fill(s.chat.title, { client: chatSafe(ctx.clientName, 120), period: periodLabel(ctx.period.from, ctx.period.to, lang), version: ctx.version })}`,
  ];
  if (feedback.reviewer.trim()) lines.push(fill(s.chat.from, { name: chatSafe(feedback.reviewer, 120) }));
  if (approved.length) lines.push('', fill(s.chat.approved, { n: approved.length }), ...approved.flatMap(withComment));
  if (changes.length) lines.push('', fill(s.chat.changes, { n: changes.length }), ...changes.flatMap(withComment));
  if (commentsOnly.length) lines.push('', fill(s.chat.comments, { n: commentsOnly.length }), ...commentsOnly.flatMap(withComment));
  if (pending.length) {
    const list = pending.map((d) => `#${byId.get(d.postId)?.no ?? '?'}`).join(', ');
    lines.push('', fill(s.chat.pending, { n: pending.length, list }));
  }
  if (feedback.note.trim()) lines.push('', fill(s.chat.note, { note: chatSafe(feedback.note, 1000) }));
  lines.push('', s.chat.machine, encodeFeedbackLine(feedback));
  return lines.join('\n');
}
