import type { EventListener, EventName } from './events';
import type { Input, Method, Output } from './methods';

/**
 * The typed object the renderer calls. Both transports (Electron preload, loopback HTTP)
 * implement it with one function; the renderer never knows which it has.
 */
export interface Api {
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Listens to one of the core's events; returns the function that stops listening. */
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
}

/** The raw function a transport provides: method name and JSON-able input in, a Reply out. */
export type RawCall = (method: string, input: unknown) => Promise<unknown>;
