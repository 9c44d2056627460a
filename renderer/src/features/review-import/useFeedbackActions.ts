import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/transport';
import { notifyError, notifySuccess } from '../../ui/notify';
import { feedbackErrorMessage } from './feedbackErrors';

/** Applying and undoing change statuses, approvals and comments: every view of them refreshes. */
const TOUCHED = /^(slots|comments|exports|feedback|approvals)\./;

export function useFeedbackActions() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && TOUCHED.test(q.queryKey[0]) });

  async function undo(importId: string) {
    try {
      const { kept } = await api.call('feedback.undo', { importId });
      await refresh();
      notifications.hide(`feedback-${importId}`);
      notifySuccess(kept.length ? t('reviewImport.undoneKept', { count: kept.length }) : t('reviewImport.undone'));
    } catch (err) {
      notifyError(t('errors.title'), feedbackErrorMessage(t, err));
    }
  }

  return { refresh, undo };
}
