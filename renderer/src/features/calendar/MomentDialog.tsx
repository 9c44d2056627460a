import { memo } from 'react';
import { Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconCheck, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MomentOverrideRecord } from '../../../../shared/contract/planning';
import { momentFacts, overrideTargetOf, type Moment } from '../../../../shared/holidays';
import { useApiMutation } from '../../api/queries';
import { errorMessage } from '../../ui/errors';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useFormatDate } from '../../ui/useFormatDate';

export const LABEL_COLOR = { decreed: 'green', fixed: 'gray', estimated: 'yellow', 'user-confirmed': 'blue' } as const;

/** A holiday or moment: what it is, how sure the date is, and — for Islamic dates — confirm or shift it after the isbat. */
export const MomentDialog = memo(function MomentDialog({ moment, overrides, onClose }: { moment: Moment | null; overrides: MomentOverrideRecord[]; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const fmt = useFormatDate('long');
  const set = useApiMutation('moments.setOverride', ['moments']);
  const clear = useApiMutation('moments.clearOverride', ['moments']);
  if (!moment) return <Modal opened={false} onClose={onClose} />;

  const facts = momentFacts(moment);
  const target = overrideTargetOf(moment);
  const current = target && overrides.find((o) => o.momentKey === target.momentKey && o.year === target.year);
  const shift = current?.action === 'shift' ? current.shiftDays : 0;
  const name = moment.name[lang];
  const onError = (err: Error) => notifyError(t('errors.title'), errorMessage(t, err));
  const adjustable = !!target && (moment.status !== 'official' || !!current);

  const shiftBy = (delta: number) => {
    if (!target) return;
    const next = shift + delta;
    if (next === 0) clear.mutate(target, { onSuccess: () => notifySuccess(t('moments.shifted', { name, date: '±0' })), onError });
    else set.mutate({ ...target, action: 'shift', shiftDays: next }, { onSuccess: () => notifySuccess(t('moments.shifted', { name, date: `${next > 0 ? '+' : ''}${next}` })), onError });
  };

  return (
    <Modal opened onClose={onClose} title={name} centered>
      <Stack gap="sm">
        <Group gap="xs">
          {facts.marketing && (
            <Badge variant="filled" color="grape">
              {t('moments.marketingMoment')}
            </Badge>
          )}
          <Badge variant="light">{t(`moments.kinds.${moment.kind}`)}</Badge>
          <Badge variant="light" color={LABEL_COLOR[facts.label]}>
            {t(`moments.label.${facts.label}`)}
          </Badge>
        </Group>
        <Text>{moment.endDate ? t('moments.range', { from: fmt(moment.date), to: fmt(moment.endDate) }) : fmt(moment.date)}</Text>
        {facts.marketing && moment.kind !== 'client' && (
          <Text size="sm" c="dimmed">
            {t('moments.marketingMoment')}, {t('moments.notDayOff')}.
          </Text>
        )}
        <Text size="sm">{t(`moments.basis.${facts.basis.key}`, facts.basis.params)}</Text>
        {facts.citation && (
          <Text size="sm" c="dimmed">
            {t('moments.citation')}: <cite>{facts.citation}</cite>
          </Text>
        )}
        {moment.status === 'estimated' && (facts.islamic ? <Text size="sm">{t('moments.estimatedHint')}</Text> : <Text size="sm">{t('moments.estimatedHintOther', { year: moment.year })}</Text>)}
        {adjustable && (
          <Group gap="xs">
            {moment.status === 'estimated' && (
              <Button
                size="xs"
                leftSection={<IconCheck size={14} />}
                loading={set.isPending}
                onClick={() => target && set.mutate({ ...target, action: 'confirm', shiftDays: 0 }, { onSuccess: () => notifySuccess(t('moments.confirmed', { name })), onError })}
              >
                {t('moments.confirm')}
              </Button>
            )}
            <Button size="xs" variant="default" leftSection={<IconArrowLeft size={14} />} onClick={() => shiftBy(-1)} disabled={shift <= -3}>
              {t('moments.shiftEarlier')}
            </Button>
            <Button size="xs" variant="default" rightSection={<IconArrowRight size={14} />} onClick={() => shiftBy(1)} disabled={shift >= 3}>
              {t('moments.shiftLater')}
            </Button>
            {current && (
              <Button size="xs" variant="subtle" leftSection={<IconRestore size={14} />} onClick={() => target && clear.mutate(target, { onError })}>
                {t('moments.reset')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Modal>
  );
});
