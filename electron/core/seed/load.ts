import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { generate, type GenerateOptions } from './generate';

export type LoadOptions = Omit<GenerateOptions, 'newId'>;

/** Writes generated sample data in one transaction: all of it lands, or none. */
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
    `INSERT INTO slots (id, client_id, campaign_id, starts_at, timezone, pillar, format, topic, visual_brief, status, pic, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insVariant = db.prepare('INSERT INTO slot_variants (slot_id, platform, doc, plain, updated_at) VALUES (?, ?, NULL, ?, ?)');

  db.transaction(() => {
    for (const c of data.clients) {
      insClient.run(c.id, c.name, c.color, c.timezone, c.brandVoice, c.audience, JSON.stringify(c.bannedWords ?? []), JSON.stringify(c.tags.slice(0, 1)), ts, ts);
      const platforms = [...new Set(c.package.map((p) => p.platform))];
      platforms.forEach((p, i) => insAccount.run(c.id, i, p, `@${c.handle}`));
      for (const p of c.package) insPkg.run(c.id, p.platform, p.format, p.perMonth);
    }
    for (const k of data.campaigns) insCampaign.run(k.id, k.clientId, k.name, k.objective, k.startDate, k.endDate, k.color, ts, ts);
    for (const s of data.slots) {
      insSlot.run(s.id, s.clientId, s.campaignId, s.startsAt, s.timezone, s.pillar, s.format, s.topic, s.visualBrief, s.status, s.pic, ts, ts);
      for (const v of s.variants) insVariant.run(s.id, v.platform, v.plain, ts);
    }
  })();
  return { clients: data.clients.length, campaigns: data.campaigns.length, slots: data.slots.length };
}
