import type { TFunction } from 'i18next';
import { AppError, isAppErrorShape } from '../../../../shared/contract/errors';
import { errorMessage } from '../../ui/errors';

/** A refused feedback in the user's words (details.reason), any other error as usual. */
export function feedbackErrorMessage(t: TFunction, err: unknown): string {
  const shape = err instanceof AppError || isAppErrorShape(err) ? err : null;
  if (shape?.code === 'feedback_rejected' && shape.details?.reason) {
    return t(`reviewImport.reasons.${shape.details.reason}`, { ...shape.details, defaultValue: t('errors.feedback_rejected') });
  }
  return errorMessage(t, err);
}
