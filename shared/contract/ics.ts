import { z } from 'zod';
import { Id, LocalDate } from './schemas';

/** Calendar file export (issue 9 item 9). Spread into `contract` in methods.ts. */
export const icsMethods = {
  /**
   * A client's posts and campaigns from `from` to `to` (local dates in the client's zone, both
   * included) as an iCalendar file that Google Calendar, Apple Calendar and Outlook import.
   */
  'ics.export': {
    input: z
      .object({ clientId: Id, from: LocalDate, to: LocalDate, language: z.enum(['id', 'en']).default('id') })
      .refine((r) => r.to >= r.from, { message: 'end date is before start date', path: ['to'] })
      .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 400 * 86_400_000, { message: 'at most about a year', path: ['to'] }),
    output: z.object({ fileName: z.string(), content: z.string(), posts: z.number().int(), campaigns: z.number().int() }),
  },
} as const;
