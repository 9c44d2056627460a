import type { TFunction } from 'i18next';
import { AppError, isAppErrorShape, type AppErrorShape } from '../../../shared/contract/errors';

/** Turns any error from the core into one sentence in the user's language. */
export function errorMessage(t: TFunction, err: unknown): string {
  const shape: AppErrorShape = err instanceof AppError || isAppErrorShape(err) ? err : { code: 'internal', message: String(err) };
  if (shape.code === 'refused') return refusedMessage(t, shape.details ?? {});
  const base = t(`errors.${shape.code}`, shape.details ?? {});
  if (shape.code === 'invalid_input' && shape.issues?.length) {
    const fields = [...new Set(shape.issues.map((i) => i.path || '—'))].join(', ');
    return `${base} ${t('errors.fieldList', { fields })}`;
  }
  return base;
}

/** Per-field messages for a form, keyed by the issue's path. */
export function fieldErrors(t: TFunction, err: unknown): Record<string, string> {
  if (!(err instanceof AppError) || !err.issues) return {};
  const out: Record<string, string> = {};
  for (const issue of err.issues) {
    const key = `errors.field.${issue.code}`;
    out[issue.path] = t(key, { defaultValue: issue.message });
  }
  return out;
}

/** A refused status move, with the statuses in the user's words (details: from, to, reason). */
function refusedMessage(t: TFunction, d: Record<string, string | number>): string {
  const params = { from: t(`statuses.${d.from}`), to: t(`statuses.${d.to}`) };
  return t(`errors.refusedReason.${d.reason}`, { ...params, defaultValue: t('errors.refused', params) });
}
