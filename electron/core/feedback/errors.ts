import { AppError } from '../../../shared/contract/errors';
import type { FeedbackRejection } from '../../../shared/contract/feedback';

/** A feedback refused as a whole: the renderer words it from `details.reason`. */
export function rejected(reason: FeedbackRejection, facts: Record<string, string | number> = {}, cause?: unknown): AppError {
  const why = cause instanceof Error ? `: ${cause.message}` : '';
  return new AppError('feedback_rejected', `Feedback refused (${reason})${why}`, { details: { reason, ...facts } });
}
