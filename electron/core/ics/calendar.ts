import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Campaign, Client, Slot } from '../../../shared/contract/schemas';
import { PLATFORM_LABELS } from '../../../shared/domain/platforms';
import { addDays } from '../../../shared/domain/time';

/** How long a post's event lasts in the calendar (a post is a moment; half an hour reads well). */
const POST_MINUTES = 30;

const WORDS = {
  id: {
    status: 'Status',
    format: 'Format',
    pillar: 'Pilar',
    brief: 'Brief visual',
    link: 'Link CTA',
    posted: 'Post',
    campaign: 'Kampanye',
    statuses: { idea: 'Ide', draft: 'Draf', in_review: 'Direview', sent: 'Dikirim ke klien', approved: 'Disetujui', changes_requested: 'Minta revisi', scheduled: 'Terjadwal', posted: 'Terbit' },
    untitled: 'Post tanpa topik',
  },
  en: {
    status: 'Status',
    format: 'Format',
    pillar: 'Pillar',
    brief: 'Visual brief',
    link: 'CTA link',
    posted: 'Post',
    campaign: 'Campaign',
    statuses: { idea: 'Idea', draft: 'Draft', in_review: 'In review', sent: 'Sent to client', approved: 'Approved', changes_requested: 'Changes requested', scheduled: 'Scheduled', posted: 'Posted' },
    untitled: 'Untitled post',
  },
} as const;

export interface IcsInput {
  client: Client;
  slots: readonly Slot[];
  campaigns: readonly Campaign[];
  language: 'id' | 'en';
}

/** A file name without characters that trouble any OS. */
const slug = (s: string) => s.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'klien';

/**
 * The iCalendar text (RFC 5545, written by ical-generator): posts as timed events in UTC (the
 * calendar app shows them in the viewer's zone), campaigns as all-day ranges. UIDs are stable, so
 * importing a newer file updates events instead of duplicating them.
 */
export function buildIcs({ client, slots, campaigns, language }: IcsInput): string {
  const w = WORDS[language];
  const cal = ical({ name: `Rencana · ${client.name}`, prodId: { company: 'Rencana', product: 'Rencana', language: language.toUpperCase() } });
  cal.method(ICalCalendarMethod.PUBLISH);
  for (const s of slots) {
    const platforms = s.variants.map((v) => PLATFORM_LABELS[v.platform]);
    const lines = [
      `${w.status}: ${w.statuses[s.status]}`,
      `${w.format}: ${s.format}${s.pillar ? ` · ${w.pillar}: ${s.pillar}` : ''}`,
      s.visualBrief && `${w.brief}: ${s.visualBrief}`,
      ...s.variants.filter((v) => v.plain.trim()).map((v) => `— ${PLATFORM_LABELS[v.platform]} —\n${v.plain}`),
      s.link && `${w.link}: ${s.link}`,
      s.postUrl && `${w.posted}: ${s.postUrl}`,
    ].filter(Boolean);
    const start = new Date(s.startsAt);
    cal.createEvent({
      id: `slot-${s.id}@rencana`,
      start,
      end: new Date(start.getTime() + POST_MINUTES * 60_000),
      summary: `${s.topic || w.untitled}${platforms.length ? ` (${platforms.join(', ')})` : ''}`,
      description: lines.join('\n\n'),
      url: s.postUrl || null,
      status: s.status === 'idea' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      categories: [{ name: w.statuses[s.status] }],
    });
  }
  for (const c of campaigns) {
    cal.createEvent({
      id: `campaign-${c.id}@rencana`,
      // All-day: dates without a time; the end is exclusive in iCalendar.
      start: new Date(`${c.startDate}T00:00:00Z`),
      end: new Date(`${addDays(c.endDate, 1)}T00:00:00Z`),
      allDay: true,
      summary: `${w.campaign}: ${c.name}`,
      description: c.objective || null,
    });
  }
  return cal.toString();
}

export function icsFileName(client: Client, from: string, to: string): string {
  return `${slug(client.name)}-${from}-${to}.ics`;
}
