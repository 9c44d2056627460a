import { z } from './zod';
import { Id } from './schemas';

/**
 * Events the core sends to the renderer (DESIGN.md §3: long work reports progress). Named here
 * like the contract's methods; both transports carry them (the MessagePort in the app, a
 * token-checked stream in web mode). A feature adds its events to this map.
 */
export const events = {
  /** Progress of one export job (`exports.create`); `done` of `total` steps of `phase`. */
  'export.progress': z.object({
    jobId: Id,
    phase: z.string().max(40),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
/** One event on the wire. */
export interface CoreEvent<E extends EventName = EventName> {
  event: E;
  payload: EventPayload<E>;
}
/** How core code sends an event; the transport decides where it goes. */
export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;
export type EventListener<E extends EventName> = (payload: EventPayload<E>) => void;
/** A transport's feed of events: call with a sink, get back an unsubscribe function. */
export type RawSubscribe = (sink: (e: CoreEvent) => void) => () => void;
