import { AppError } from '../../../shared/contract/errors';

/** `?, ?, ?` for an `IN (…)` list of `n` bound values. */
export const placeholders = (n: number): string => Array(n).fill('?').join(',');

/** The one way a service says a record is not there; the UI words it from `entity`. */
export function notFound(entity: string, id: string, label = entity): AppError {
  return new AppError('not_found', `No ${label} with id ${id}`, { details: { entity, id } });
}
