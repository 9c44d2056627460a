import { z } from './zod';
import { FormatId, Id, Instant, LocalDate, name, PlatformId, Slot, text, Year } from './schemas';
import { MOMENT_KINDS } from '../holidays/types';

const stamps = { createdAt: Instant, updatedAt: Instant };

export const Idea = z.object({
  id: Id,
  clientId: Id,
  title: name(200),
  notes: text(10000),
  pillar: text(80),
  usedSlotId: Id.nullable(),
  ...stamps,
});
export type Idea = z.infer<typeof Idea>;

/** 'HH:mm', 24-hour, in the client's time zone. */
export const WallClock = z.string().max(5).regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must look like 19:00');

export const Cadence = z.object({
  id: Id,
  clientId: Id,
  platform: PlatformId,
  format: FormatId,
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
  time: WallClock,
  ...stamps,
});
export type Cadence = z.infer<typeof Cadence>;
const cadenceFields = Cadence.omit({ id: true, createdAt: true, updatedAt: true });

export const MomentOverride = z.object({
  momentKey: text(80).min(1),
  year: Year,
  action: z.enum(['confirm', 'shift']),
  shiftDays: z.number().int().min(-3).max(3).default(0),
});
export type MomentOverrideRecord = z.infer<typeof MomentOverride>;

export const ClientDate = z.object({
  id: Id,
  clientId: Id,
  name: name(120),
  date: LocalDate,
  repeat: z.enum(['yearly', 'once']),
});
export type ClientDateRecord = z.infer<typeof ClientDate>;
const clientDateFields = ClientDate.omit({ id: true });

/** Idea bank, cadences, holiday decisions and clients' own dates (issues 3 and 4). */
export const planningMethods = {
  'ideas.list': { input: z.object({ clientIds: z.array(Id).max(500).optional(), includeUsed: z.boolean().default(false) }), output: z.array(Idea) },
  'ideas.create': {
    input: z.object({ clientId: Id, title: Idea.shape.title, notes: text(10000).default(''), pillar: text(80).default('') }),
    output: Idea,
  },
  'ideas.update': {
    input: z.object({ id: Id, patch: z.object({ title: Idea.shape.title, notes: text(10000), pillar: text(80) }).partial() }),
    output: Idea,
  },
  'ideas.remove': { input: z.object({ id: Id }), output: z.object({ id: Id }) },
  /** Turns an idea into a slot on a day: the idea's title becomes the topic; the idea is marked used. */
  'ideas.schedule': { input: z.object({ id: Id, startsAt: Instant }), output: Slot },

  'cadences.list': { input: z.object({ clientIds: z.array(Id).max(500).optional() }), output: z.array(Cadence) },
  'cadences.create': { input: cadenceFields, output: Cadence },
  'cadences.update': { input: z.object({ id: Id, patch: cadenceFields.omit({ clientId: true }).partial() }), output: Cadence },
  'cadences.remove': { input: z.object({ id: Id }), output: z.object({ id: Id }) },

  'slots.duplicate': { input: z.object({ id: Id, startsAt: Instant.optional() }), output: Slot },

  'moments.options': {
    input: z.object({}),
    output: z.object({
      overrides: z.array(MomentOverride),
      clientDates: z.array(ClientDate),
      hiddenKinds: z.array(z.enum(MOMENT_KINDS)),
    }),
  },
  'moments.setOverride': { input: MomentOverride, output: MomentOverride },
  'moments.clearOverride': { input: z.object({ momentKey: text(80).min(1), year: Year }), output: z.object({ cleared: z.boolean() }) },
  'clientDates.create': { input: clientDateFields, output: ClientDate },
  'clientDates.update': { input: z.object({ id: Id, patch: clientDateFields.omit({ clientId: true }).partial() }), output: ClientDate },
  'clientDates.remove': { input: z.object({ id: Id }), output: z.object({ id: Id }) },
} as const;
