/**
 * Small helpers the services share. Every service is built the same way, `xService(db, deps)`:
 * the database, then what it needs from other services as one object of named functions.
 */

/** A patch without its undefined keys, so spreading it over a record keeps what it leaves out. */
export function stripUndefined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** What a service that belongs to a client needs: a check that the client is there. */
export interface ClientDeps {
  assertClient(id: string): void;
}
