import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { generate, type GenerateOptions } from './generate';
import { variantService } from '../editor/variants';
import { approvalService } from '../approval/approvals';
import { refreshContentHash } from '../approval/content';
import { APPROVED_STATUSES } from '../../../shared/domain/status';
import type { Variant } from '../../../shared/contract/schemas';

/** The note on sample posts' approvals (sample data is Indonesian). */
const SAMPLE_NOTE = 'Data contoh';

export type LoadOptions = Omit<GenerateOptions, 'newId'>;

/**
 * The app's "try with sample data": four clients from last month to four months ahead (so a
 * December start reaches Ramadan in February–March), their packages at three quarters, which
 * gives two to three posts a day across the four of them.
 */
export const SAMPLE_DENSITY = 0.75;

/** The editor's document for sample copy: one paragraph per line (as the editor's docFromPlain). */
export function sampleDoc(plain: string): Variant['doc'] {
  return {
    type: 'doc',
    content: plain.split('\n').map((line) => (line ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph', content: [] })),
  };
}

/**
 * Writes generated sample data in one transaction: all of it lands, or none. Sample posts arrive
 * with their history already made (a status, as an import of an old EP would), but their copy goes
 * through the variants service and approved ones carry the approval their status implies.
 */
export function loadSample(db: Database, opts: LoadOptions) {
  const data = generate({ ...opts, newId: randomUUID });
  const ts = new Date().toISOString();
  const insClient = db.prepare(
    `INSERT INTO clients (id, name, color, timezone, brand_voice, audience, notes, banned_words, required_hashtags, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)`,
  );
  const insAccount = db.prepare('INSERT INTO client_accounts (client_id, position, platform, handle) VALUES (?, ?, ?, ?)');
  const insPkg = db.prepare('INSERT INTO client_package (client_id, platform, format, per_month) VALUES (?, ?, ?, ?)');
  const insCampaign = db.prepare(
    `INSERT INTO campaigns (id, client_id, name, objective, start_date, end_date, color, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insSlot = db.prepare(
    `INSERT INTO slots (id, client_id, campaign_id, starts_at, timezone, pillar, format, topic, visual_brief, status, pic, post_url, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const variants = variantService(db);
  const approvals = approvalService(db);

  db.transaction(() => {
    for (const c of data.clients) {
      insClient.run(c.id, c.name, c.color, c.timezone, c.brandVoice, c.audience, JSON.stringify(c.bannedWords ?? []), JSON.stringify(c.tags.slice(0, 1)), ts, ts);
      const platforms = [...new Set(c.package.map((p) => p.platform))];
      platforms.forEach((p, i) => insAccount.run(c.id, i, p, `@${c.handle}`));
      for (const p of c.package) insPkg.run(c.id, p.platform, p.format, p.perMonth);
    }
    for (const k of data.campaigns) insCampaign.run(k.id, k.clientId, k.name, k.objective, k.startDate, k.endDate, k.color, ts, ts);
    for (const s of data.slots) {
      insSlot.run(s.id, s.clientId, s.campaignId, s.startsAt, s.timezone, s.pillar, s.format, s.topic, s.visualBrief, s.status, s.pic, s.postUrl, ts, ts);
      for (const v of s.variants) variants.save({ slotId: s.id, platform: v.platform, doc: sampleDoc(v.plain), plain: v.plain }, { author: 'me', at: ts });
      refreshContentHash(db, s.id);
      if (APPROVED_STATUSES.includes(s.status)) approvals.record(s.id, { source: 'outside', note: SAMPLE_NOTE });
    }
  })();
  return { clients: data.clients.length, campaigns: data.campaigns.length, slots: data.slots.length };
}
