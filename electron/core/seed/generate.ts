import { addDays, fromWallTime } from '../../../shared/domain/time';
import type { Format, Platform } from '../../../shared/domain/platforms';
import type { SlotStatus } from '../../../shared/domain/status';
import { CAMPAIGN_IDEAS, SAMPLE_CLIENTS, SEASONAL_CAMPAIGNS, TOPICS, type SampleClient } from './data';

/** Small deterministic PRNG (mulberry32) so a seed always gives the same data. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
  };
}
export type Rng = ReturnType<typeof rng>;

export interface GenClient extends SampleClient {
  id: string;
}
export interface GenCampaign {
  id: string;
  clientId: string;
  name: string;
  objective: string;
  startDate: string;
  endDate: string;
  color: string;
}
export interface GenSlot {
  id: string;
  clientId: string;
  campaignId: string | null;
  startsAt: string;
  timezone: string;
  pillar: string;
  format: Format;
  topic: string;
  visualBrief: string;
  status: SlotStatus;
  pic: string;
  /** The published post's link, for posts already "posted". */
  postUrl: string;
  variants: Array<{ platform: Platform; plain: string }>;
}

const PRIME_TIMES: Record<Platform, string[]> = {
  instagram: ['11:30', '19:00', '20:00'],
  tiktok: ['12:00', '18:30', '21:00'],
  x: ['07:30', '12:15', '17:45'],
  threads: ['08:00', '19:30'],
  facebook: ['09:00', '13:00', '19:00'],
  youtube: ['17:00', '19:00'],
  linkedin: ['08:30', '12:00'],
  pinterest: ['20:00'],
  blog: ['10:00'],
};
const PICS = ['Rina', 'Dimas', 'Sari', 'Bayu'];

/** A plausible link of a published post ("posted" needs one). */
function postUrlFor(platform: Platform, handle: string, r: Rng): string {
  const code = Math.floor(r.next() * 36 ** 8).toString(36);
  if (platform === 'instagram' || platform === 'threads') return `https://www.${platform}.com/p/${code}/`;
  if (platform === 'tiktok') return `https://www.tiktok.com/@${handle}/video/${code}`;
  if (platform === 'x') return `https://x.com/${handle}/status/${code}`;
  if (platform === 'youtube') return `https://www.youtube.com/watch?v=${code}`;
  return `https://${handle}.example.id/post/${code}`;
}

export function clientsFor(count: number): SampleClient[] {
  return Array.from({ length: count }, (_, i) => {
    const base = SAMPLE_CLIENTS[i % SAMPLE_CLIENTS.length] as SampleClient;
    const round = Math.floor(i / SAMPLE_CLIENTS.length);
    return round === 0 ? base : { ...base, name: `${base.name} ${round + 1}`, handle: `${base.handle}${round + 1}` };
  });
}

function statusFor(date: string, today: string, r: Rng): SlotStatus {
  if (date < today) return r.next() < 0.85 ? 'posted' : 'scheduled';
  const daysAhead = (Date.parse(date) - Date.parse(today)) / 86_400_000;
  if (daysAhead < 7) return r.pick(['approved', 'scheduled', 'sent'] as const);
  if (daysAhead < 21) return r.pick(['draft', 'in_review', 'sent', 'changes_requested'] as const);
  return r.pick(['idea', 'draft'] as const);
}

function captionFor(client: SampleClient, template: string, platform: Platform): string {
  const text = template.replaceAll('{brand}', client.name);
  const tags = client.tags.join(' ');
  if (platform === 'x') return `${text.split('\n')[0]?.slice(0, 200) ?? ''} ${client.tags[0] ?? ''}`.trim();
  if (platform === 'linkedin') return `${text}\n\n${tags}`;
  return `${text}\n\n${tags} #fyp`;
}

/** Months as [year, month] starting at `start` (YYYY-MM-DD, any day in the first month). */
export function monthsFrom(start: string, count: number): Array<[number, number]> {
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7));
  return Array.from({ length: count }, (_, i) => {
    const idx = m - 1 + i;
    return [y + Math.floor(idx / 12), (idx % 12) + 1];
  });
}
const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export interface GenerateOptions {
  clients: number;
  months: number;
  /** First month of data; defaults to the month before today so the calendar opens full. */
  startMonth?: string;
  today?: string;
  seed?: number;
  /** Multiply the package (the benchmark uses this to reach 100k slots). */
  density?: number;
  newId: () => string;
}

export function generate(opts: GenerateOptions) {
  const r = rng(opts.seed ?? 42);
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const start = opts.startMonth ?? addDays(`${today.slice(0, 7)}-01`, -1);
  const months = monthsFrom(start, opts.months);
  const clients: GenClient[] = clientsFor(opts.clients).map((c) => ({ ...c, id: opts.newId() }));
  const campaigns: GenCampaign[] = [];
  const slots: GenSlot[] = [];

  for (const client of clients) {
    for (const [y, m] of months) {
      const monthCampaigns: GenCampaign[] = [];
      const seasonal = SEASONAL_CAMPAIGNS[m];
      const ideas: Array<{ name: string; objective: string; day: number; length: number }> = seasonal
        ? [{ name: seasonal.name, objective: seasonal.objective, day: seasonal.start, length: seasonal.end - seasonal.start + 1 }]
        : [];
      ideas.push(r.pick(CAMPAIGN_IDEAS));
      for (const idea of ideas) {
        const startDay = idea.day === -1 ? Math.min(m, daysIn(y, m)) : Math.min(idea.day, daysIn(y, m));
        const startDate = `${y}-${pad(m)}-${pad(startDay)}`;
        const endDate = addDays(startDate, Math.max(0, idea.length - 1));
        monthCampaigns.push({
          id: opts.newId(),
          clientId: client.id,
          name: idea.name,
          objective: idea.objective,
          startDate,
          endDate,
          color: client.color,
        });
      }
      campaigns.push(...monthCampaigns);

      for (const item of client.package) {
        const count = Math.round(item.perMonth * (opts.density ?? 1));
        for (let i = 0; i < count; i++) {
          const day = Math.min(daysIn(y, m), 1 + Math.floor(((i + r.next()) * daysIn(y, m)) / count));
          const date = `${y}-${pad(m)}-${pad(day)}`;
          const time = r.pick(PRIME_TIMES[item.platform]);
          const t = r.pick(TOPICS);
          const inCampaign = monthCampaigns.find((c) => c.startDate <= date && date <= c.endDate);
          const status = statusFor(date, today, r);
          const variants =
            status === 'idea' && r.next() < 0.5 ? [] : [{ platform: item.platform, plain: captionFor(client, t.caption, item.platform) }];
          if (variants.length && item.platform === 'instagram' && r.next() < 0.3) {
            variants.push({ platform: 'threads', plain: captionFor(client, t.caption, 'threads') });
          }
          slots.push({
            id: opts.newId(),
            clientId: client.id,
            campaignId: inCampaign && r.next() < 0.7 ? inCampaign.id : null,
            startsAt: fromWallTime(date, time, client.timezone),
            timezone: client.timezone,
            pillar: inCampaign ? 'promo' : t.pillar,
            format: item.format,
            topic: inCampaign ? `${inCampaign.name}: ${t.topic}` : t.topic,
            visualBrief: `Foto produk ${client.name}, warna ${client.color}, teks besar di 1/3 atas.`,
            status,
            pic: r.pick(PICS),
            postUrl: status === 'posted' ? postUrlFor(item.platform, client.handle, r) : '',
            variants,
          });
        }
      }
    }
  }
  return { clients, campaigns, slots };
}
