import { contract } from '../../shared/contract/methods';
import { AppError, type AppErrorShape, type Reply } from '../../shared/contract/errors';
import { parseInput } from '../../shared/contract/parse';
import { toFieldIssues } from '../../shared/contract/validate';
import type { Handlers } from './handlers';
import { storageError } from './db/faults';

export type Dispatch = (method: string, input: unknown) => Promise<Reply<unknown>>;

export interface DispatchOptions {
  /** Throws why a method has no handler right now (the database is not open). */
  unavailable?: () => void;
  /** Check handler outputs against the contract too (tests turn this on; it costs time on big lists). */
  validateOutput?: boolean;
  onInternalError?: (method: string, err: unknown) => void;
}

/**
 * The core's single entry point: every transport calls this. Unknown methods and invalid
 * inputs never reach a handler; every failure comes back as a typed error, never a throw.
 */
export function createDispatch(handlers: Partial<Handlers> | (() => Partial<Handlers>), opts: DispatchOptions = {}): Dispatch {
  const current = typeof handlers === 'function' ? handlers : () => handlers;
  return async (method, input) => {
    try {
      const parsed = parseInput(method, input);
      const spec = contract[parsed.method];
      const handler = current()[parsed.method] as ((i: unknown) => unknown) | undefined;
      if (!handler) {
        opts.unavailable?.();
        throw new AppError('db_unavailable', 'The database is not open');
      }
      const value = await handler(parsed.value);
      if (opts.validateOutput) {
        const out = spec.output.safeParse(value);
        if (!out.success) {
          throw new AppError('internal', `Output of ${method} breaks the contract`, { issues: toFieldIssues(out.error) });
        }
      }
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: toErrorShape(method, err, opts) };
    }
  };
}

function toErrorShape(method: string, err: unknown, opts: DispatchOptions): AppErrorShape {
  if (err instanceof AppError) return err.toJSON();
  const stored = storageError(err, 'the data folder');
  if (stored) return stored.toJSON();
  const e = err as { code?: string; message?: string };
  // SQLite constraint failures mean the input broke a rule the schema could not see.
  if (typeof e.code === 'string' && e.code.startsWith('SQLITE_CONSTRAINT')) {
    return { code: 'conflict', message: e.message ?? 'constraint failed' };
  }
  opts.onInternalError?.(method, err);
  return { code: 'internal', message: e.message ?? String(err) };
}
