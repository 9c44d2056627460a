import type { PlannedPost } from '../../../shared/contract/epTable';
import type { Cadence } from '../../../shared/contract/planning';
import type { Client, Slot } from '../../../shared/contract/schemas';
import { cadencePlaceholders, isoWeekday } from '../../../shared/domain/cadence';
import { addDays, fromWallTime, toWallTime } from '../../../shared/domain/time';
import { addMonths, firstDay, lastDay } from './months';

export interface PlanDeps {
  client(id: string): Client;
  cadences(clientId: string): Cadence[];
  slotsOf(clientId: string, from: string, to: string): Slot[];
}

const emptyPost = (date: string, time: string, s: Pick<PlannedPost, 'format' | 'pillar' | 'variants' | 'cadenceId'>): PlannedPost => ({
  rows: [],
  date,
  time,
  topic: '',
  visualBrief: '',
  link: '',
  pic: '',
  status: 'draft',
  campaignId: null,
  ...s,
});

/** Previews of "Fill from cadence" and "Copy last month's plan"; applying them is `createPosts`. */
export function planService(deps: PlanDeps) {
  const monthSlots = (client: Client, month: string) =>
    deps.slotsOf(client.id, fromWallTime(firstDay(month), '00:00', client.timezone), fromWallTime(firstDay(addMonths(month, 1)), '00:00', client.timezone));

  return {
    /**
     * A draft at every cadence slot of the month from today on, skipping days a post already
     * fills, and no more per platform and format than the client's package holds.
     */
    cadence(clientId: string, month: string, today = toWallTime(new Date(), deps.client(clientId).timezone).date) {
      const client = deps.client(clientId);
      const cadences = deps.cadences(clientId);
      const slots = monthSlots(client, month);
      const zoneOf = () => client.timezone;
      const all = cadencePlaceholders(cadences, [], firstDay(month), lastDay(month), today, zoneOf);
      const open = cadencePlaceholders(cadences, slots, firstDay(month), lastDay(month), today, zoneOf);
      const room = new Map<string, number>();
      for (const p of client.package) {
        const have = slots.filter((s) => s.format === p.format && s.variants.some((v) => v.platform === p.platform)).length;
        room.set(`${p.platform}|${p.format}`, Math.max(0, p.perMonth - have));
      }
      const posts: PlannedPost[] = [];
      let overPackage = 0;
      for (const ph of open.sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
        const key = `${ph.platform}|${ph.format}`;
        const left = room.get(key);
        if (left !== undefined) {
          if (left <= 0) {
            overPackage++;
            continue;
          }
          room.set(key, left - 1);
        }
        posts.push(emptyPost(ph.date, ph.time, { format: ph.format, pillar: '', cadenceId: ph.cadenceId, variants: [{ platform: ph.platform, plain: '' }] }));
      }
      return { posts, existing: all.length - open.length, overPackage };
    },

    /**
     * Each post of `fromMonth` on the same weekday of the same week of `toMonth` (the second
     * Tuesday stays the second Tuesday), same time, platforms, pillar and format; no copy.
     */
    copyMonth(clientId: string, fromMonth: string, toMonth: string) {
      const client = deps.client(clientId);
      const source = monthSlots(client, fromMonth);
      const posts: PlannedPost[] = [];
      let noSuchDay = 0;
      const first = firstDay(toMonth);
      const firstWeekday = isoWeekday(first);
      for (const s of source) {
        const w = toWallTime(s.startsAt, client.timezone);
        const nth = Math.ceil(Number(w.date.slice(8, 10)) / 7);
        const weekday = isoWeekday(w.date);
        const date = addDays(first, ((weekday - firstWeekday + 7) % 7) + (nth - 1) * 7);
        if (date > lastDay(toMonth)) {
          noSuchDay++;
          continue;
        }
        posts.push(
          emptyPost(date, w.time, {
            format: s.format,
            pillar: s.pillar,
            cadenceId: s.cadenceId,
            variants: s.variants.map((v) => ({ platform: v.platform, plain: '' })),
          }),
        );
      }
      posts.sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time));
      return { posts, source: source.length, noSuchDay };
    },
  };
}
