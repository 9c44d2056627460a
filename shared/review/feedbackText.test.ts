import { describe, expect, it } from 'vitest';
import type { Feedback } from './bundle';
import { sha256Hex } from './contentHash';
import { base64url, chatSafe, decodeFeedbackText, encodeFeedbackLine, feedbackChatText, fromBase64url } from './feedbackText';

const feedback: Feedback = {
  format: 'rencana-feedback',
  formatVersion: 1,
  bundleId: 'b1',
  clientId: 'c1',
  reviewer: 'Rina ☕',
  note: 'Secara umum oke.',
  submittedAt: '2027-02-02T03:00:00.000Z',
  decisions: [
    { postId: 'p1', contentHash: 'a'.repeat(64), decision: 'approve', comment: '' },
    { postId: 'p2', contentHash: 'b'.repeat(64), decision: 'changes', comment: 'Ganti foto 🙏\nbaris dua' },
    { postId: 'p3', contentHash: 'c'.repeat(64), decision: null, comment: '' },
  ],
};
const ctx = {
  clientName: 'Kopi Senja',
  period: { from: '2027-02-01', to: '2027-02-28' },
  version: 2,
  posts: [
    { id: 'p1', no: 1, localDate: '2027-02-01', localTime: '19:00', topic: 'Promo Ramadan' },
    { id: 'p2', no: 2, localDate: '2027-02-03', localTime: '12:00', topic: 'Kopi tubruk' },
    { id: 'p3', no: 3, localDate: '2027-02-05', localTime: '18:30', topic: 'Kuis' },
  ],
};

describe('feedback chat text', () => {
  it('reads well in a chat and ends with a line that decodes to the same feedback', () => {
    const text = feedbackChatText(feedback, ctx, 'id');
    expect(text.split('\n').slice(0, 9)).toEqual([
      '📋 Feedback EP Kopi Senja — 1–28 Februari 2027 (v2)',
      'Dari: Rina ☕',
      '',
      '✅ Disetujui (1)',
      '• #1 Sen, 1 Feb 19:00 — Promo Ramadan',
      '',
      '✏️ Minta revisi (1)',
      '• #2 Rab, 3 Feb 12:00 — Kopi tubruk',
      '   “Ganti foto 🙏 baris dua”',
    ]);
    expect(text).toContain('⏳ Belum ditinjau (1): #3');
    expect(decodeFeedbackText(text)).toEqual({ ok: true, feedback });
    expect(feedbackChatText(feedback, ctx, 'en')).toContain('✏️ Changes requested (1)');
  });

  it('survives a chat app wrapping the line or adding spaces, and refuses a changed or cut one', () => {
    const line = encodeFeedbackLine(feedback);
    const [, , payload, sum] = line.split(' ');
    const wrapped = `RENCANA-FEEDBACK v1 ${payload!.slice(0, 50)}\n${payload!.slice(50)}  ${sum}  `;
    expect(decodeFeedbackText(wrapped)).toEqual({ ok: true, feedback });
    const changed = line.replace(payload!, payload!.slice(0, 20) + (payload![20] === 'x' ? 'y' : 'x') + payload!.slice(21));
    expect(decodeFeedbackText(changed)).toEqual({ ok: false, error: 'feedback_checksum' });
    expect(decodeFeedbackText(line.slice(0, 60))).toEqual({ ok: false, error: 'feedback_no_line' });
    expect(decodeFeedbackText('ok semua')).toEqual({ ok: false, error: 'feedback_no_line' });
  });

  it('refuses a checksummed line whose payload is not feedback', () => {
    const bad = base64url(new TextEncoder().encode('{"format":"rencana-feedback","decisions":"all"}'));
    const line = encodeFeedbackLine(feedback).replace(/ \S+ \S+$/, ` ${bad} ${sha256Hex(bad)}`);
    const out = decodeFeedbackText(line);
    expect(out.ok).toBe(false);
    expect(!out.ok && out.error).toBe('feedback_malformed');
  });

  it('base64url round-trips every length and byte', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      expect(fromBase64url(base64url(bytes))).toEqual(bytes);
    }
    expect(fromBase64url('a+b/')).toBeNull();
  });

  it('drops bidi controls from the readable part only', () => {
    expect(chatSafe('a\u202Eevil\u202C b', 100)).toBe('aevil b');
    const text = feedbackChatText({ ...feedback, reviewer: '\u202Eanir' }, ctx, 'id');
    expect(text).toContain('Dari: anir');
    expect(decodeFeedbackText(text).ok && (decodeFeedbackText(text) as { feedback: Feedback }).feedback.reviewer).toBe('\u202Eanir');
  });
});
