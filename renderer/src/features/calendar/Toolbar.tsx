import { memo } from 'react';
import { ActionIcon, Button, Group, SegmentedControl, Title, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useValue, type ValueStore } from '../../ui/valueStore';
import { CALENDAR_VIEWS, type CalendarViewType } from './range';

interface Props {
  /** FullCalendar's own title ("Desember 2026"), followed without re-rendering the screen. */
  title: ValueStore<string>;
  view: CalendarViewType;
  onToday(): void;
  onPrev(): void;
  onNext(): void;
  onView(view: CalendarViewType): void;
  onNewSlot(): void;
  children?: React.ReactNode;
}

function ViewTitle({ title }: { title: ValueStore<string> }) {
  return (
    <Title order={2} size="h4" ml="xs" aria-live="polite" className="rc-toolbar__title">
      {useValue(title)}
    </Title>
  );
}


export const Toolbar = memo(function Toolbar({ title, view, onToday, onPrev, onNext, onView, onNewSlot, children }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="wrap" gap="xs" mb="xs">
      <Group gap="xs" wrap="nowrap" className="rc-toolbar__nav">
        <Button variant="default" size="xs" onClick={onToday} title={t('calendar.keyboardHint')}>
          {t('calendar.today')}
        </Button>
        <ActionIcon variant="default" aria-label={t('calendar.prev')} onClick={onPrev}>
          <IconChevronLeft size={16} />
        </ActionIcon>
        <ActionIcon variant="default" aria-label={t('calendar.next')} onClick={onNext}>
          <IconChevronRight size={16} />
        </ActionIcon>
        <ViewTitle title={title} />
      </Group>
      <Group gap="xs">
        {children}
        <SegmentedControl
          size="xs"
          aria-label={t('calendar.viewLabel')}
          value={view}
          onChange={(v) => onView(v as CalendarViewType)}
          data={CALENDAR_VIEWS.map((v) => ({ value: v, label: t(`calendar.views.${v}`) }))}
        />
        <Tooltip label="N">
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={onNewSlot}>
            {t('calendar.newSlot')}
          </Button>
        </Tooltip>
      </Group>
    </Group>
  );
});
