import type { Database, Statement } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';

/** `?, ?, ?` for an `IN (…)` list of `n` bound values. */
export const placeholders = (n: number): string => Array(n).fill('?').join(',');

/** The one way a service says a record is not there; the UI words it from `entity`. */
export function notFound(entity: string, id: string, label = entity): AppError {
  return new AppError('not_found', `No ${label} with id ${id}`, { details: { entity, id } });
}

/**
 * Prepares each SQL text once per database and reuses the statement: for queries whose text
 * depends on the input (an IN list, optional filters), which cannot be prepared up front.
 */
export function statementCache(db: Database): (sql: string) => Statement<unknown[]> {
  const cache = new Map<string, Statement<unknown[]>>();
  return (sql) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare<unknown[]>(sql)));
    return s;
  };
}
