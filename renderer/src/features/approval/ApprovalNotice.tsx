import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Slot } from '../../../../shared/contract/schemas';
import { useFormat } from '../../ui/useFormatDate';

/** "Changed since approval" (or whose approval this is) at the top of the post drawer. */
export function ApprovalNotice({ slot }: { slot: Slot }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const when = (instant: string) => fmt.instant(instant, slot.timezone);
  if (!slot.approval) return null;
  const date = when(slot.approval.at);
  if (slot.changedSinceApproval) {
    return (
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('approval.changedBadge')}>
        {t('approval.changedBody', { date })}
      </Alert>
    );
  }
  return (
    <Text size="sm" c="green.8" style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
      <IconCircleCheck size={16} aria-hidden />
      {slot.approval.source === 'client' ? t('approval.approvedByClient', { date }) : t('approval.approvedOutsideOn', { date })}
    </Text>
  );
}
